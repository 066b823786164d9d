// Figures for the output as a package, on the real v1.0 docs (each run a child process):
// files and bytes of the output in ts and js mode, the time the js compile adds to a run (cold
// and warm compile cache; pages and formatting cached in both), and the minified esbuild bundle
// of one imported validator against the bundle of everything.
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

function sizeOf(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

async function bundleSize(code, resolveDir) {
  const result = await build({ stdin: { contents: code, resolveDir, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  return result.outputFiles[0].contents.length;
}

generate('warm-up', 'ts'); // fills the page and format caches
const timeTs = generate('ts', 'ts');
const timeJsCold = generate('js', 'js');
const timeJsWarm = generate('js-again', 'js');

const rows = [];
for (const mode of ['ts', 'js']) {
  const out = join(work, mode);
  const index = JSON.stringify(join(out, `index.${mode}`));
  const whole = await bundleSize(`export * from ${index};`, work);
  const singles = [];
  for (const name of VALIDATORS) singles.push([name, await bundleSize(`export { ${name} } from ${index};`, work)]);
  rows.push({ mode, ...sizeOf(out), singles, whole });
}
rmSync(work, { recursive: true, force: true });

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('\nThe v1.0 output as a package (3,341 pages), --package-name given:');
for (const r of rows) {
  const singles = r.singles.map(([name, bytes]) => `${name} ${kB(bytes)} (${((100 * bytes) / r.whole).toFixed(2)} %)`).join(', ');
  console.log(`  --emit ${r.mode}: ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB; esbuild --minify: everything ${kB(r.whole)}, one import: ${singles}`);
}
console.log(`  run time, pages and formatting cached: --emit ts ${(timeTs / 1000).toFixed(1)} s, --emit js ${(timeJsCold / 1000).toFixed(1)} s (compile cache empty, +${((timeJsCold - timeTs) / 1000).toFixed(1)} s), ${(timeJsWarm / 1000).toFixed(1)} s (compile cache warm)`);
