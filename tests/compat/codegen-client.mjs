// Generates TypeScript types with graphql-codegen's client preset from the SDL a running Goals host serves (its URL), with the
// scalar mappings of docs/clients.md (strictScalars: an unmapped scalar fails), then compiles the generated code and a
// small consumer with tsc --strict. The consumer's assignments only compile when the generated types are right.
//   node codegen-client.mjs --url http://127.0.0.1:PORT/graphql
// Prints one line per step ("ok   …" or "FAIL …") and exits 1 when a step fails. Works in a temporary folder.
import { generate } from '@graphql-codegen/cli';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const { values: args } = parseArgs({ options: { url: { type: 'string' } } });
if (!args.url) {
  console.error('usage: node codegen-client.mjs --url <graphql http url>');
  process.exit(2);
}

const here = path.dirname(fileURLToPath(import.meta.url));
const work = await mkdtemp(path.join(tmpdir(), 'goals-codegen-'));
await symlink(path.join(here, 'node_modules'), path.join(work, 'node_modules'), 'dir');

const operations = `import { graphql } from './gql';

export const GoalCard = graphql(\`
  fragment GoalCard on Goal { id title pattern status startDate deadline createdAt }
\`);

export const Goals = graphql(\`
  query CodegenGoals($first: Int) { goals(first: $first) { totalCount nodes { ...GoalCard } } }
\`);

export const CreateGoal = graphql(\`
  mutation CodegenCreate($input: CreateGoalInput!) {
    createGoal(input: $input) { goal { id } errors { __typename ... on Error { message } ... on ValidationError { field } } }
  }
\`);
`;

const consumer = `import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { Goals, CreateGoal } from './operations';
import type { GoalPattern } from './gql/graphql';

type GoalsResult = ResultOf<typeof Goals>;
type CreateVariables = VariablesOf<typeof CreateGoal>;

export const variables: CreateVariables = { input: { title: 'Typed', pattern: 'TARGET' satisfies GoalPattern, target: 3, startDate: '2026-01-05' } };
export function count(result: GoalsResult): number { return result.goals.totalCount; }
export function messages(result: ResultOf<typeof CreateGoal>): string[] {
  return (result.createGoal.errors ?? []).map((error) => error.message);
}
`;

await writeFile(path.join(work, 'operations.ts'), operations);
await writeFile(path.join(work, 'consumer.ts'), consumer);
await writeFile(path.join(work, 'tsconfig.json'), JSON.stringify({
  compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', skipLibCheck: true },
  include: ['*.ts', 'gql/*.ts'],
}));

let failed = false;
try {
  await generate({
    cwd: work,
    schema: `${args.url}/schema.graphql`, // a URL ending in .graphql is loaded as SDL, not by introspection
    documents: [path.join(work, 'operations.ts')],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [path.join(work, 'gql') + '/']: {
        preset: 'client',
        config: {
          strictScalars: true,
          scalars: { LocalDate: 'string', LocalTime: 'string', DateTime: 'string', JSON: 'unknown' },
        },
      },
    },
  }, true);
  console.log('ok   client preset generated gql/ from the served SDL');

  const tsc = path.join(here, 'node_modules', 'typescript', 'bin', 'tsc');
  const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', work], { cwd: work }).catch((error) => {
    throw new Error(`tsc failed:\n${error.stdout}${error.stderr}`);
  });
  console.log(`ok   tsc --strict compiled the generated types and their consumer${stdout.trim() ? `: ${stdout.trim()}` : ''}`);
} catch (error) {
  failed = true;
  console.log(`FAIL ${error?.stack ?? error}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
