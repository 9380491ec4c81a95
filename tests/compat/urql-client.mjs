// Runs urql's core client with its default options against a running Goals host: queries go by GET (urql's
// preferGetMethod default) with only the Authorization header, mutations by POST. Every request urql makes is recorded
// from fetch, so the checks see the method and headers actually sent.
//   node urql-client.mjs --url http://127.0.0.1:PORT/graphql --token <jwt>
// Prints one line per check ("ok   …" or "FAIL …") and exits 1 when any check fails.
import { Client, cacheExchange, fetchExchange, gql } from '@urql/core';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { url: { type: 'string' }, token: { type: 'string' } } });
if (!args.url || !args.token) {
  console.error('usage: node urql-client.mjs --url <graphql http url> --token <jwt>');
  process.exit(2);
}

const sent = [];
const recordingFetch = (input, init = {}) => {
  sent.push({ method: init.method ?? 'GET', url: String(input), headers: new Headers(init.headers) });
  return fetch(input, init);
};

const client = new Client({
  url: args.url,
  exchanges: [cacheExchange, fetchExchange],
  fetch: recordingFetch,
  fetchOptions: () => ({ headers: { Authorization: `Bearer ${args.token}` } }),
});

const GOALS = gql`query UrqlGoals { goals(first: 5) { totalCount nodes { id title } } }`;
const CREATE = gql`
  mutation UrqlCreate($input: CreateGoalInput!) {
    createGoal(input: $input) { goal { id title } errors { __typename ... on Error { message } } }
  }`;

const last = () => sent.at(-1);
const simpleHeaders = new Set(['accept', 'accept-language', 'content-language', 'authorization']);

const checks = {
  async 'a query goes by GET without a preflight header and is answered'() {
    const result = await client.query(GOALS, {}, { requestPolicy: 'network-only' }).toPromise();
    if (result.error) throw new Error(`query failed: ${result.error.message}`);
    const request = last();
    if (request.method !== 'GET') throw new Error(`urql sent ${request.method}, expected its default GET`);
    const extra = [...request.headers.keys()].filter((name) => !simpleHeaders.has(name));
    if (extra.length > 0) throw new Error(`unexpected headers: ${extra.join(', ')}`);
    return `GET ${new URL(request.url).search.slice(0, 40)}… → ${result.data.goals.totalCount} goals`;
  },

  async 'a mutation goes by POST and its typed error is data'() {
    const refused = await client.mutation(CREATE, { input: { title: '', pattern: 'HABIT', target: 1 } }).toPromise();
    if (last().method !== 'POST') throw new Error(`urql sent the mutation by ${last().method}`);
    const [error] = refused.data?.createGoal.errors ?? [];
    if (refused.error || error?.__typename !== 'ValidationError' || !error.message)
      throw new Error(`unexpected answer: ${JSON.stringify(refused.data ?? refused.error?.message)}`);
    return `${error.__typename}: ${error.message}`;
  },

  async 'a created goal shows in the next GET query'() {
    const created = await client.mutation(CREATE, { input: { title: 'Read with urql', pattern: 'TARGET', target: 5, unit: 'pages' } }).toPromise();
    const goal = created.data?.createGoal.goal;
    if (!goal) throw new Error(`createGoal failed: ${JSON.stringify(created.data ?? created.error?.message)}`);
    const result = await client.query(GOALS, {}, { requestPolicy: 'network-only' }).toPromise();
    if (last().method !== 'GET' || !result.data?.goals.nodes.some((node) => node.id === goal.id))
      throw new Error(`the new goal is missing: ${JSON.stringify(result.data ?? result.error?.message)}`);
    return `${goal.title} listed`;
  },
};

let failed = false;
for (const [name, check] of Object.entries(checks)) {
  try {
    console.log(`ok   ${name}: ${await check()}`);
  } catch (error) {
    failed = true;
    console.log(`FAIL ${name}: ${error?.stack ?? error}`);
  }
}
process.exit(failed ? 1 : 0);
