// Compiles a Relay pagination fragment on Goal (@refetchable, @connection on its activities) with relay-compiler
// against the SDL a running Goals host serves, and checks the artifacts: the fragment's connection metadata and the
// refetch query through node(id:).
//   node relay-client.mjs --url http://127.0.0.1:PORT/graphql
// Prints one line per step ("ok   …" or "FAIL …") and exits 1 when a step fails. Works in a temporary folder.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const { values: args } = parseArgs({ options: { url: { type: 'string' } } });
if (!args.url) {
  console.error('usage: node relay-client.mjs --url <graphql http url>');
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const work = await mkdtemp(path.join(tmpdir(), 'goals-relay-'));

const component = `import { graphql } from 'react-relay';

export const goalActivities = graphql\`
  fragment GoalActivities_goal on Goal
    @refetchable(queryName: "GoalActivitiesPaginationQuery")
    @argumentDefinitions(count: { type: "Int", defaultValue: 10 }, cursor: { type: "String" }) {
    id
    title
    activities(first: $count, after: $cursor) @connection(key: "GoalActivities_activities") {
      edges { node { id amount date } }
    }
  }
\`;
`;

let failed = false;
try {
  await mkdir(path.join(work, 'src'));
  await writeFile(path.join(work, 'schema.graphql'), await (await fetch(`${args.url}/schema.graphql`)).text());
  await writeFile(path.join(work, 'src', 'GoalActivities.ts'), component);
  await writeFile(path.join(work, 'relay.config.json'), JSON.stringify({
    src: './src',
    schema: './schema.graphql',
    language: 'typescript',
    customScalarTypes: { LocalDate: 'string', LocalTime: 'string', DateTime: 'string', JSON: 'unknown' },
  }));

  const compiler = path.join(here, 'node_modules', 'relay-compiler', 'cli.js');
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [compiler], { cwd: work })
    .catch((error) => { throw new Error(`relay-compiler failed:\n${error.stdout}${error.stderr}`); });
  console.log(`ok   relay-compiler compiled the fragment: ${(stdout + stderr).replace(/\x1b\[[0-9;]*m/g, '').replace(/\s+/g, ' ').trim().slice(0, 160)}`);

  const generated = path.join(work, 'src', '__generated__');
  const fragment = await readFile(path.join(generated, 'GoalActivities_goal.graphql.ts'), 'utf8');
  const query = await readFile(path.join(generated, 'GoalActivitiesPaginationQuery.graphql.ts'), 'utf8');
  if (!fragment.includes('"connection"') || !fragment.includes('__GoalActivities_activities_connection'))
    throw new Error(`the fragment artifact has no connection metadata:\n${fragment.slice(0, 800)}`);
  if (!query.includes('node(id: $id)') || !query.includes('pageInfo'))
    throw new Error(`the refetch query does not page through node(id:):\n${query.slice(0, 800)}`);
  console.log('ok   artifacts hold the connection metadata and a refetch query through node(id:)');
} catch (error) {
  failed = true;
  console.log(`FAIL ${error?.stack ?? error}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
