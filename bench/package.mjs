// Figures for the output as a package, on the real v1.0 docs (each run a child process):
// files and bytes of the output in ts and js mode, with the largest parts and the manifest, the
// run time of each mode with the pages cached, the minified esbuild bundle of one imported
// validator against the bundle of everything, and of the client alone and with validation.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const docs = join(here, '..', '..', 'shared', 'graph-docs', 'v1.0');
if (!existsSync(docs)) {
  console.log(`package bench skipped: ${docs} is absent`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'graphdoc-package-bench-'));
const cache = join(work, 'cache');
/** A type whose navigation properties reach much of the graph, one that reaches less, a leaf. */
const VALIDATORS = ['isUser', 'isMessage', 'isAssignedLicense'];

/** One `graphdoc generate` into `out/<name>`; returns its wall time in ms. */
function generate(name, emit) {
  const started = performance.now();
  execFileSync(process.execPath, [join(here, '..', 'bin', 'graphdoc.js'), 'generate', '--docs', docs, '--out', join(work, name), '--cache-dir', cache, '--emit', emit, '--package-name', '@example/graph', '--quiet'], { stdio: 'ignore' });
  return performance.now() - started;
}

/** Files and bytes of an output folder, and bytes by top-level entry (`validators/`, `models.ts`, …). */
function sizeOf(dir) {
  let files = 0;
  let bytes = 0;
  const parts = new Map();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    const top = join(entry.parentPath, entry.name).slice(dir.length + 1).split('/')[0];
    parts.set(top, (parts.get(top) ?? 0) + size);
    files++;
    bytes += size;
  }
  return { files, bytes, parts };
}

async function bundleSize(code, resolveDir) {
  const result = await build({ stdin: { contents: code, resolveDir, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  return result.outputFiles[0].contents.length;
}

generate('warm-up', 'ts'); // fills the page cache
const timeTs = generate('ts', 'ts');
const timeJs = generate('js', 'js');

const rows = [];
for (const mode of ['ts', 'js']) {
  const out = join(work, mode);
  const index = JSON.stringify(join(out, `index.${mode}`));
  const whole = await bundleSize(`export * from ${index};`, work);
  const singles = [];
  for (const name of VALIDATORS) singles.push([name, await bundleSize(`export { ${name} } from ${index};`, work)]);
  const client = await bundleSize(`export { createGraphClient } from ${index};`, work);
  const validating = await bundleSize(`export { createGraphClient, graphValidator } from ${index};`, work);
  rows.push({ mode, ...sizeOf(out), singles, whole, client, validating });
}
rmSync(work, { recursive: true, force: true });

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('\nThe v1.0 output as a package (3,341 pages), --package-name given:');
for (const r of rows) {
  const singles = r.singles.map(([name, bytes]) => `${name} ${kB(bytes)} (${((100 * bytes) / r.whole).toFixed(2)} %)`).join(', ');
  const largest = [...r.parts].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([part, bytes]) => `${part} ${(bytes / 1e6).toFixed(2)}`).join(', ');
  console.log(`  --emit ${r.mode}: ${r.files} files, ${(r.bytes / 1e6).toFixed(2)} MB (MB: ${largest}); esbuild --minify: everything ${kB(r.whole)}, one import: ${singles}`);
  console.log(`    the client (createGraphClient): ${kB(r.client)} [budget 6 kB]; with graphValidator: ${kB(r.validating)}`);
}
console.log(`  run time, pages cached: --emit ts ${(timeTs / 1000).toFixed(1)} s, --emit js ${(timeJs / 1000).toFixed(1)} s`);
