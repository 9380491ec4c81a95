// Runs Apollo Client 4 against a running Goals host, set up as docs/clients.md describes: possibleTypes generated from
// the served SDL, an HTTP link with the bearer token, a GraphQLWsLink with the token in connection_init, and
// relayStylePagination keyed by where and order.
//   node apollo-client.mjs --url http://127.0.0.1:PORT/graphql --token <jwt> [--filters]
// --filters also pages through a HotChocolate-style where/order (the caller checks the served SDL has those inputs).
// Prints one line per check ("ok   …" or "FAIL …") and exits 1 when any check fails.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination, getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parseArgs } from 'node:util';
import { possibleTypesFromSdl } from './possible-types.mjs';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, token: { type: 'string' }, filters: { type: 'boolean', default: false } },
});
if (!args.url || !args.token) {
  console.error('usage: node apollo-client.mjs --url <graphql http url> --token <jwt> [--filters]');
  process.exit(2);
}
const authorization = `Bearer ${args.token}`;

const sdl = await (await fetch(`${args.url}/schema.graphql`)).text();
const possibleTypes = possibleTypesFromSdl(sdl);

const wsClient = createClient({
  url: args.url.replace(/^http/, 'ws'),
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: authorization },
});
const link = ApolloLink.split(
  ({ query }) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  },
  new GraphQLWsLink(wsClient),
  new HttpLink({ uri: args.url, headers: { Authorization: authorization } }),
);
const cacheOptions = {
  typePolicies: { Query: { fields: { goals: relayStylePagination(['where', 'order']) } } },
};
const client = new ApolloClient({ link, cache: new InMemoryCache({ ...cacheOptions, possibleTypes }) });

const CREATE_GOAL = gql`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      goal { id title }
      errors { __typename ... on Error { message } ... on ValidationError { field } }
    }
  }`;
const LOG = gql`
  mutation Log($goalId: ID!) { logActivity(input: { goalId: $goalId, amount: 2 }) { activity { id } } }`;
const PROGRESS = gql`
  subscription Progress($goalId: ID!) { onGoalProgress(goalId: $goalId) { id title progress { current } } }`;

// Apollo 4's ObservableQuery is an observable; its first complete result is the first page.
function firstPage(observable) {
  return new Promise((resolve, reject) => {
    observable.subscribe({ next: (result) => { if (!result.loading && result.data) resolve(result); }, error: reject });
  });
}

async function createGoal(title) {
  const { data } = await client.mutate({ mutation: CREATE_GOAL, variables: { input: { title, pattern: 'TARGET', target: 10, unit: 'pages' } } });
  return data.createGoal.goal.id;
}

const checks = {
  async 'possibleTypes come from the served SDL'() {
    const errorTypes = possibleTypes.Error ?? [];
    if (!errorTypes.includes('ValidationError') || !(possibleTypes.CreateGoalError ?? []).includes('ValidationError'))
      throw new Error(`Error/CreateGoalError lack ValidationError: ${JSON.stringify(possibleTypes)}`);
    return `${Object.keys(possibleTypes).length} abstract types, Error has ${errorTypes.length}`;
  },

  async 'error union: ... on Error { message } is read through the cache'() {
    const { data } = await client.mutate({ mutation: CREATE_GOAL, variables: { input: { title: ' ', pattern: 'TARGET', target: 10 } } });
    const [error] = data.createGoal.errors ?? [];
    if (data.createGoal.goal !== null || error?.__typename !== 'ValidationError' || !error.message || error.field !== 'title')
      throw new Error(`unexpected payload ${JSON.stringify(data.createGoal)}`);
    return `${error.__typename} on ${error.field}: ${error.message}`;
  },

  async 'without possibleTypes the same selection loses its message (why they are generated)'() {
    const bare = new ApolloClient({ link, cache: new InMemoryCache(cacheOptions) });
    const { data } = await bare.mutate({ mutation: CREATE_GOAL, variables: { input: { title: ' ', pattern: 'TARGET', target: 10 } } });
    const [error] = data.createGoal.errors ?? [];
    if (error?.message) throw new Error(`the message survived without possibleTypes: ${JSON.stringify(error)}`);
    return JSON.stringify(error);
  },

  async 'relayStylePagination pages the goals with fetchMore'() {
    for (const title of ['Apollo page A', 'Apollo page B', 'Apollo page C']) await createGoal(title);
    const query = gql`query Goals($after: String) { goals(first: 2, after: $after) { edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;
    const observable = client.watchQuery({ query });
    const first = await firstPage(observable);
    await observable.fetchMore({ variables: { after: first.data.goals.pageInfo.endCursor } });
    const merged = client.readQuery({ query }).goals.edges.map((edge) => edge.node.title);
    if (merged.length < 3 || new Set(merged).size !== merged.length)
      throw new Error(`merged pages: ${JSON.stringify(merged)}`);
    return `${merged.length} goals in one list`;
  },

  async 'a subscription through GraphQLWsLink sees a logged activity'() {
    const goalId = await createGoal('Apollo subscription');
    const event = new Promise((resolve, reject) => {
      const subscription = client.subscribe({ query: PROGRESS, variables: { goalId } }).subscribe({
        next: ({ data, error }) => {
          if (error) reject(error);
          else if (data?.onGoalProgress.progress?.current > 0) { subscription.unsubscribe(); resolve(data.onGoalProgress); }
        },
        error: reject,
      });
    });
    for (let attempt = 0; attempt < 20; attempt++) {
      await client.mutate({ mutation: LOG, variables: { goalId } });
      const seen = await Promise.race([event, new Promise((resolve) => setTimeout(resolve, 250))]);
      if (seen) return `${seen.title}: current ${seen.progress.current}`;
    }
    throw new Error('no event arrived');
  },
};

if (args.filters) {
  checks['relayStylePagination keeps where/order variants apart'] = async () => {
    for (const title of ['Filtered one', 'Filtered two', 'Filtered three']) await createGoal(title);
    const query = gql`
      query Filtered($where: GoalFilterInput, $order: [GoalSortInput!], $after: String) {
        goals(first: 2, after: $after, where: $where, order: $order) { edges { node { id title } } pageInfo { hasNextPage endCursor } }
      }`;
    const filtered = { where: { title: { contains: 'Filtered' } }, order: [{ title: 'ASC' }] };
    const observable = client.watchQuery({ query, variables: filtered });
    const first = await firstPage(observable);
    await observable.fetchMore({ variables: { ...filtered, after: first.data.goals.pageInfo.endCursor } });
    const titles = client.readQuery({ query, variables: filtered }).goals.edges.map((edge) => edge.node.title);
    const expected = ['Filtered one', 'Filtered three', 'Filtered two'];
    if (JSON.stringify(titles) !== JSON.stringify(expected)) throw new Error(`filtered pages: ${JSON.stringify(titles)}`);
    const other = await client.query({ query, variables: { where: { title: { contains: 'Apollo page' } }, order: [{ title: 'DESC' }] } });
    const otherTitles = other.data.goals.edges.map((edge) => edge.node.title);
    if (otherTitles.some((title) => title.startsWith('Filtered'))) throw new Error(`variants mixed: ${JSON.stringify(otherTitles)}`);
    return `${titles.join(', ')} | other variant: ${otherTitles.join(', ')}`;
  };
}

let failed = false;
for (const [name, check] of Object.entries(checks)) {
  try {
    console.log(`ok   ${name}: ${await check()}`);
  } catch (error) {
    failed = true;
    console.log(`FAIL ${name}: ${error?.stack ?? error}`);
  }
}
await wsClient.dispose();
process.exit(failed ? 1 : 0);
