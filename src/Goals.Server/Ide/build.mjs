// Bundles GraphiQL, its Monaco workers and styles into dist/ with content-hashed names; the server embeds dist/.
import { build } from 'esbuild';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const outdir = 'dist';
const common = { bundle: true, minify: true, outdir, entryNames: '[name]-[hash]', logLevel: 'warning', metafile: true };
const workerEntries = {
  editor: 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'node_modules/monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'node_modules/monaco-graphql/esm/graphql.worker.js',
};

const outputsFor = (metafile) => Object.entries(metafile.outputs).filter(([file]) => !file.endsWith('.map'));
const baseName = (file) => path.basename(file);

await rm(outdir, { recursive: true, force: true });

const workerNames = {};
for (const [label, entry] of Object.entries(workerEntries)) {
  const result = await build({ ...common, entryPoints: { [`${label}.worker`]: entry }, format: 'iife' });
  workerNames[label] = baseName(outputsFor(result.metafile)[0][0]);
}

const main = await build({
  ...common,
  entryPoints: { ide: 'client/main.jsx' },
  format: 'esm',
  jsx: 'automatic',
  define: { WORKERS: JSON.stringify(workerNames), 'process.env.NODE_ENV': '"production"' },
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  assetNames: '[name]-[hash]',
});

const outputs = outputsFor(main.metafile).map(([file]) => baseName(file));
const js = outputs.find((file) => file.endsWith('.js'));
const css = outputs.find((file) => file.endsWith('.css'));
const html = (await readFile('client/index.html', 'utf8')).replaceAll('{{js}}', js).replaceAll('{{css}}', css);
await writeFile(path.join(outdir, 'index.html'), html);
console.log(`GraphiQL IDE built: ${js}, ${css}, workers ${Object.values(workerNames).join(', ')}`);
