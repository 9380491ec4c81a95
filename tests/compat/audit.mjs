// Runs the graphql-http server audits (the GraphQL-over-HTTP spec checks) against a running endpoint.
// Usage: node audit.mjs http://127.0.0.1:5000/graphql
// Prints ok/warn/error counts per requirement level and every audit that did not pass; exits 1 when any MUST or
// SHOULD audit did not pass.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

// Every request carries the CSRF preflight header, as a real client (Apollo, urql with the header set) does:
// without it the server refuses GET requests, which is the point of the guard, not a transport failure.
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('GraphQL-Preflight', '1');
  return fetch(input, { ...init, headers });
};

const levels = ['MUST', 'SHOULD', 'MAY'];
const counts = Object.fromEntries(levels.map((level) => [level, { ok: 0, notice: 0, warn: 0, error: 0 }]));
const failures = [];

for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  counts[level][result.status] += 1;
  if (result.status !== 'ok') {
    let body = '';
    if (result.response) {
      try {
        body = ` -> ${result.response.status} ${await result.response.text()}`;
      } catch {
        body = ` -> ${result.response.status}`;
      }
    }
    failures.push(`${result.status.toUpperCase()} [${audit.id}] ${audit.name}: ${result.reason}${body}`);
  }
}

for (const level of levels) {
  const { ok, notice, warn, error } = counts[level];
  console.log(`${level.padEnd(6)} ok=${ok} notice=${notice} warn=${warn} error=${error}`);
}
for (const failure of failures) console.log(failure);

const notPassed = ({ notice, warn, error }) => notice + warn + error;
const blocking = notPassed(counts.MUST) + notPassed(counts.SHOULD);
process.exit(blocking === 0 ? 0 : 1);
