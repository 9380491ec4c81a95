// Opens the IDE of a Goals host in headless Chromium: checks that GraphiQL read the Goals schema (the documentation
// lists Goal and createGoal), types the user's token into the Headers pane, runs a query for the goal and a
// subscription to it, logging activities until the subscription's result pane shows one:
//   node ide-browser.mjs --url http://127.0.0.1:PORT/graphql --token <jwt> --goal-id <id> --out <dir>
//        [--chromium /usr/bin/chromium] [--dev-user-id <global id of the development user>]
// With --dev-user-id it first checks that a Development host pre-filled the Headers pane with its development token:
// `{ me { id } }` answers for that user before any header is typed.
// Saves ide.png (and ide-failure.png on failure) in --out; exits 1 when a check fails.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' }, chromium: { type: 'string', default: '/usr/bin/chromium' }, out: { type: 'string' },
    token: { type: 'string' }, 'goal-id': { type: 'string' }, 'dev-user-id': { type: 'string' },
  },
});
if (!args.url || !args.out || !args.token || !args['goal-id']) {
  console.error('usage: node ide-browser.mjs --url <graphql url> --token <jwt> --goal-id <id> --out <dir> [--chromium /usr/bin/chromium]');
  process.exit(2);
}
const goalId = args['goal-id'];

const userDataDir = await mkdtemp(path.join(tmpdir(), 'goals-ide-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: args.chromium,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
});
const page = context.pages()[0] ?? (await context.newPage());
const offsite = [];
page.on('request', (request) => {
  if (!request.url().startsWith(new URL(args.url).origin) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
    offsite.push(request.url());
  }
});

async function typeInto(editorSelector, text) {
  await page.locator(editorSelector).first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function responsePane() {
  return (await page.locator('.graphiql-response .view-lines').first().innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
}

async function runInEditor(query, expected) {
  await typeInto('.graphiql-query-editor .monaco-editor', query);
  await page.locator('button.graphiql-execute-button').click();
  await page.waitForFunction(
    ([selector, text]) => document.querySelector(selector)?.innerText.replace(/\s+/g, ' ').includes(text),
    ['.graphiql-response .view-lines', expected],
    { timeout: 20000 },
  );
  return responsePane();
}

// The subscription sends the goal after each change: log activities over HTTP until the result pane shows one.
async function logUntilPaneShows(expected) {
  for (let attempt = 0; attempt < 40; attempt++) {
    await fetch(args.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${args.token}` },
      body: JSON.stringify({
        query: 'mutation($goalId: ID!) { logActivity(input: { goalId: $goalId, amount: 3 }) { activity { id } } }',
        variables: { goalId },
      }),
    });
    await page.waitForTimeout(500);
    const pane = await responsePane();
    if (pane.includes(expected)) return pane;
  }
  throw new Error(`the subscription never showed ${expected}: ${await responsePane()}`);
}

const consoleErrors = [];
page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });

let failed = false;
try {
  const navigation = await page.goto(args.url, { waitUntil: 'load' });
  console.log(`page: ${navigation.status()} ${navigation.headers()['content-type']}`);
  await page.locator('.graphiql-container').waitFor({ timeout: 20000 });
  await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 20000 });
  console.log('ok   GraphiQL editor is shown');

  // The documentation explorer lists the root types only once the schema was introspected successfully.
  await page.locator('[aria-label="Show Documentation Explorer"]').first().click();
  await page.getByText('Root Types').waitFor({ timeout: 20000 });
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Subscription', { exact: true }).first().waitFor({ timeout: 20000 });
  console.log('ok   schema introspected: the documentation explorer shows the root types');
  await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
  await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Goal$/ }).first().waitFor({ timeout: 20000 });
  await docs.locator('.graphiql-doc-explorer-back').first().click();
  await docs.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Mutation$/ }).first().click();
  await docs.locator('.graphiql-doc-explorer-field-name', { hasText: /^createGoal$/ }).first().waitFor({ timeout: 20000 });
  console.log('ok   documentation lists Goal and createGoal');

  if (args['dev-user-id']) {
    const devResult = await runInEditor('query { me { id } }', `"id": "${args['dev-user-id']}"`);
    console.log(`ok   the development token pre-filled in the Headers pane signs in: ${devResult}`);
  }

  await page.locator('.graphiql-editor-tools [data-name="headers"]').click();
  await typeInto('.graphiql-editor-tool .graphiql-editor:not(.hidden) .monaco-editor', JSON.stringify({ Authorization: `Bearer ${args.token}` }));
  const queryResult = await runInEditor(`query { goal(id: "${goalId}") { title unit } }`, '"title": "Read in the browser"');
  console.log(`ok   signed-in query result pane: ${queryResult}`);

  await typeInto('.graphiql-query-editor .monaco-editor', `subscription { onGoalProgress(goalId: "${goalId}") { title progress { current } } }`);
  await page.locator('button.graphiql-execute-button').click();
  const subscriptionResult = await logUntilPaneShows('"current": ');
  console.log(`ok   subscription over graphql-transport-ws, result pane: ${subscriptionResult}`);

  if (offsite.length > 0) {
    throw new Error(`the IDE fetched from other origins: ${offsite.join(', ')}`);
  }
  console.log('ok   every request stayed on the server (no CDN)');
  const violations = consoleErrors.filter((text) => text.includes('Content Security Policy'));
  if (violations.length > 0) {
    throw new Error(`the page broke its Content-Security-Policy: ${violations.join(' | ')}`);
  }
  console.log('ok   no Content-Security-Policy violation');
  await page.screenshot({ path: path.join(args.out, 'ide.png') });
} catch (error) {
  failed = true;
  console.log(`FAIL ${error?.stack ?? error}`);
  const pane = await page.locator('.graphiql-response .view-lines').first().innerText().catch(() => '');
  console.log(`response pane: ${pane.replace(/\s+/g, ' ').trim()}`);
  consoleErrors.forEach((text) => console.log(`browser console error: ${text}`));
  await page.screenshot({ path: path.join(args.out, 'ide-failure.png') }).catch(() => {});
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
