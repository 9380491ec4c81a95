// Opens the self-hosted GraphiQL IDE in headless Chromium, types a query and a subscription, runs them and checks
// the result pane:
//   node ide-browser.mjs --url http://127.0.0.1:PORT/graphql --chromium /usr/bin/chromium --out <dir>
// Saves ide.png (and ide-failure.png on failure) in --out; exits 1 when a check fails.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: { url: { type: 'string' }, chromium: { type: 'string', default: '/usr/bin/chromium' }, out: { type: 'string' } },
});
if (!args.url || !args.out) {
  console.error('usage: node ide-browser.mjs --url <graphql url> --out <dir> [--chromium /usr/bin/chromium]');
  process.exit(2);
}

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

async function runInEditor(query, expected) {
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.locator('button.graphiql-execute-button').click();
  const response = page.locator('.graphiql-response .view-lines').first();
  await page.waitForFunction(
    ([selector, text]) => document.querySelector(selector)?.innerText.replace(/\s+/g, ' ').includes(text),
    ['.graphiql-response .view-lines', expected],
    { timeout: 20000 },
  );
  return (await response.innerText()).replace(/\s+/g, ' ').trim();
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
  await page.locator('.graphiql-doc-explorer').getByText('Subscription', { exact: true }).first().waitFor({ timeout: 20000 });
  console.log('ok   schema introspected: the documentation explorer shows the root types');

  const queryResult = await runInEditor('query { echo(message: "hello from the browser") }', '"echo": "hello from the browser"');
  console.log(`ok   query result pane: ${queryResult}`);

  const subscriptionResult = await runInEditor('subscription { ticks(count: 3) }', '"ticks": 3');
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
