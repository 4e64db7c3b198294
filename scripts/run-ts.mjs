// Runs a TypeScript entry (the preview server, the benchmark) on Node 20, which cannot strip
// types itself: esbuild bundles it into .cache/ and Node runs the result.
import { build } from 'esbuild';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts>');
  process.exit(2);
}
const outfile = join(new URL('..', import.meta.url).pathname, '.cache', basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
