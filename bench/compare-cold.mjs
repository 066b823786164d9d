// Cold v1.0 runs of this checkout and another one, in turn, each against the single-thread remark
// floor measured just before it: `node bench/compare-cold.mjs <other checkout> [rounds]`. Both
// checkouts must be built (`npm run build`). On a shared machine the floor itself moves by a
// quarter between runs, so a change to the cold run is judged on rounds taken together, this
// checkout and the other alternating which goes first. Prints each round's ratios and the medians.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild as run } from './child-process.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const docs = join(here, '..', '..', 'shared', 'graph-docs', 'v1.0');
const [other, roundsArgument = '5'] = process.argv.slice(2);
if (!other) {
  console.error('usage: node bench/compare-cold.mjs <other checkout> [rounds]');
  process.exit(2);
}
if (!existsSync(docs)) {
  console.log(`cold comparison skipped: ${docs} is absent`);
  process.exit(0);
}
const checkouts = { this: join(here, '..'), other: resolve(other) };

const ratios = { this: [], other: [] };
for (let round = 0; round < Number(roundsArgument); round++) {
  const floor = run(join(checkouts.this, 'bench', 'floor-child.mjs'), docs).ms;
  for (const name of round % 2 === 0 ? ['this', 'other'] : ['other', 'this']) {
    const work = mkdtempSync(join(tmpdir(), 'graphdoc-cold-'));
    try {
      ratios[name].push(run(join(checkouts[name], 'bench', 'generate-child.mjs'), docs, join(work, 'out'), join(work, 'cache')).ms / floor);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log(`round ${round + 1}: floor ${(floor / 1000).toFixed(2)} s, this ${ratios.this.at(-1).toFixed(3)} × floor, other ${ratios.other.at(-1).toFixed(3)} × floor`);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`median: this ${median(ratios.this).toFixed(3)} × floor, other ${median(ratios.other).toFixed(3)} × floor`);
