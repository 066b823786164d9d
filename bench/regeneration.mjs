// Regeneration timings on the real v1.0 docs, in one run, each measurement a child process:
// the floor (remark alone, one thread), the same parse spread over one worker thread per core
// (what parallel parsing can at best give here), cold, nothing changed, one page changed, --check,
// and graphdoc check of one changed page.
// Prints each time, its ratio to the floor measured in this same run, and peak memory.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from './child-process.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const docsSource = join(here, '..', '..', 'shared', 'graph-docs', 'v1.0');
if (!existsSync(docsSource)) {
  console.log(`regeneration bench skipped: ${docsSource} is absent`);
  process.exit(0);
}
const work = mkdtempSync(join(tmpdir(), 'graphdoc-bench-'));
const docs = join(work, 'docs');
cpSync(docsSource, docs, { recursive: true });
const out = join(work, 'out');
const cache = join(work, 'cache');
const run = (script, ...args) => runChild(join(here, script), ...args);

const rows = [];
/** A warm check of one changed page may take at most this share of the floor. */
const CHECK_LIMIT = 0.1;
const floor = run('floor-child.mjs', docs);
rows.push(['floor: remark parse, 1 thread', floor]);
const parallelFloor = run('floor-parallel-child.mjs', docs);
rows.push([`remark parse alone, ${parallelFloor.threads} threads`, parallelFloor]);
rows.push(['cold generate (empty cache)', run('generate-child.mjs', docs, out, cache)]);
rows.push(['warm, nothing changed', run('generate-child.mjs', docs, out, cache)]);
const page = join(docs, 'resources', 'user.md');
writeFileSync(page, readFileSync(page, 'utf8').replace('Represents an Azure AD user account.', 'Represents an Azure AD user account (edited).'));
rows.push(['warm, one page changed', run('generate-child.mjs', docs, out, cache)]);
rows.push(['generate --check, up to date', run('generate-child.mjs', docs, out, join(work, 'no-cache-for-check'), 'check')]);
// graphdoc check of one page a writer just edited, its caches warm from an earlier check (as in
// a writer's loop or a pull request's CI with its cache kept): the page cache, the check facts,
// the validators folder. user-update.md sends a body, so validateRequestBody and User's
// validators are loaded. Floor: 0.1 × the remark floor.
const checked = join(docs, 'api', 'user-update.md');
run('check-child.mjs', docs, cache, checked);
writeFileSync(checked, readFileSync(checked, 'utf8').replace('Update the properties of a user object.', 'Update the properties of a user object (edited).'));
const checkRow = run('check-child.mjs', docs, cache, checked);
rows.push(['check, one changed page (warm)', { ...checkRow, limit: CHECK_LIMIT }]);
rmSync(work, { recursive: true, force: true });

console.log('\nRegeneration, Graph v1.0 (3,341 pages), ratios to the floor measured in this run:');
for (const [name, r] of rows) {
  const extra = [
    r.unchanged ? 'nothing changed' : '',
    r.cachedPages !== undefined ? `${r.cachedPages} pages cached` : '',
    r.stale !== undefined ? `${r.stale} stale` : '',
    r.limit !== undefined ? `${r.ms / floor.ms <= r.limit ? '✓' : '✗'} at most ${r.limit} × floor; ${r.examples} examples, ${r.findings} findings` : '',
  ].filter(Boolean).join(', ');
  console.log(`  ${name.padEnd(32)} ${(r.ms / 1000).toFixed(2).padStart(7)} s  ${(r.ms / floor.ms).toFixed(3)} × floor  peak ${Math.round(r.maxRssMB)} MB${extra ? `  (${extra})` : ''}`);
}
