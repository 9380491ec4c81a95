// Runs the real graphql-ws client (graphql-transport-ws) against a running Goals server:
//   node ws-client.mjs --url http://127.0.0.1:PORT/graphql --broken-url http://127.0.0.1:PORT2/graphql --init-timeout-ms 500
// --url: a server whose authenticator rejects {"token":"wrong"}; --broken-url: a server whose executor always throws.
// Prints one line per check and exits 1 when any check fails.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, 'broken-url': { type: 'string' }, 'init-timeout-ms': { type: 'string', default: '500' } },
});
if (!args.url || !args['broken-url']) {
  console.error('usage: node ws-client.mjs --url <graphql http url> --broken-url <graphql http url> [--init-timeout-ms N]');
  process.exit(2);
}

const wsUrl = (url) => url.replace(/^http/, 'ws');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function client(url, options = {}) {
  return createClient({ url: wsUrl(url), webSocketImpl: WebSocket, retryAttempts: 0, shouldRetry: () => false, ...options });
}

// Collects every result of one operation; resolves with { results } on completion or { error } on failure.
function run(graphQLClient, payload) {
  return new Promise((resolve) => {
    const results = [];
    graphQLClient.subscribe(payload, {
      next: (result) => results.push(result),
      error: (error) => resolve({ results, error }),
      complete: () => resolve({ results }),
    });
  });
}

const closeOf = (error) => (error && typeof error.code === 'number' ? `${error.code} ${error.reason}` : String(error));

const checks = {
  async 'subscription streams every event then completes'() {
    const c = client(args.url);
    const outcome = await run(c, { query: 'subscription ($n: Int!) { ticks(count: $n) }', variables: { n: 3 } });
    await c.dispose();
    return [outcome.results, [{ data: { ticks: 1 } }, { data: { ticks: 2 } }, { data: { ticks: 3 } }]];
  },
  async 'query over the socket gives one result'() {
    const c = client(args.url);
    const outcome = await run(c, { query: 'query Echo($m: String!) { echo(message: $m) }', variables: { m: 'hi' }, operationName: 'Echo' });
    await c.dispose();
    return [outcome.results, [{ data: { echo: 'hi' } }]];
  },
  async 'connection params reach the authenticator'() {
    const c = client(args.url, { connectionParams: { user: 'grace' } });
    const outcome = await run(c, { query: 'subscription { viewer }' });
    await c.dispose();
    return [outcome.results, [{ data: { viewer: 'grace' } }]];
  },
  async 'validation failure arrives as an error message'() {
    const c = client(args.url);
    const outcome = await run(c, { query: '{ zzzUnknown }' });
    await c.dispose();
    return [outcome.error?.map?.((e) => e.message), ["Cannot query field 'zzzUnknown' on type 'Query'."]];
  },
  async 'client unsubscribe stops the stream'() {
    const c = client(args.url);
    const received = [];
    await new Promise((resolve) => {
      const unsubscribe = c.subscribe({ query: 'subscription { heartbeat(intervalMs: 20) }' }, {
        next: (result) => { received.push(result.data.heartbeat); if (received.length === 2) { unsubscribe(); resolve(); } },
        error: resolve,
        complete: resolve,
      });
    });
    await sleep(200);
    await c.dispose();
    return [received, [1, 2]];
  },
  async 'rejected credentials close with 4403'() {
    const c = client(args.url, { connectionParams: { token: 'wrong' } });
    const outcome = await run(c, { query: '{ echo(message: "x") }' });
    await c.dispose();
    return [closeOf(outcome.error), '4403 Forbidden'];
  },
  async 'slow connection_init closes with 4408'() {
    const c = client(args.url, { connectionParams: () => sleep(Number(args['init-timeout-ms']) * 3).then(() => ({})) });
    const outcome = await run(c, { query: '{ echo(message: "x") }' });
    await c.dispose();
    return [closeOf(outcome.error), '4408 Connection initialisation timeout'];
  },
  async 'reused operation id closes with 4409'() {
    const c = client(args.url, { generateID: () => 'same' });
    const first = run(c, { query: 'subscription { heartbeat(intervalMs: 50) }' });
    await sleep(150);
    const second = await run(c, { query: 'subscription { ticks(count: 1) }' });
    await first;
    await c.dispose();
    return [closeOf(second.error), '4409 Subscriber for same already exists'];
  },
  async 'invalid subscribe message closes with 4400'() {
    const c = client(args.url, { jsonMessageReplacer: (key, value) => (key === 'query' ? 42 : value) });
    const outcome = await run(c, { query: '{ echo(message: "x") }' });
    await c.dispose();
    return [closeOf(outcome.error), '4400 Invalid subscribe message: it needs an id and a payload with a query'];
  },
  async 'server fault closes with 4500'() {
    const c = client(args['broken-url']);
    const outcome = await run(c, { query: '{ echo(message: "x") }' });
    await c.dispose();
    return [closeOf(outcome.error), '4500 Internal server error'];
  },
};

let passed = 0;
let failed = 0;
for (const [name, check] of Object.entries(checks)) {
  try {
    const [actual, expected] = await check();
    if (isDeepStrictEqual(actual, expected)) {
      passed++;
      console.log(`ok   ${name}`);
    } else {
      failed++;
      console.log(`FAIL ${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error?.stack ?? error}`);
  }
}
console.log(`graphql-ws client: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
