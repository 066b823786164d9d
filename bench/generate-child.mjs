// One graphdoc run in its own process: argv = docs, out, cacheDir, [check]. Prints { ms, maxRssMB, unchanged, cachedPages, stale }.
import { generate } from '../dist/generate.js';

const [docs, out, cacheDir, mode] = process.argv.slice(2);
const started = performance.now();
const result = await generate({ docs: [docs], out, cacheDir, check: mode === 'check' });
console.log(
  JSON.stringify({
    ms: performance.now() - started,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    unchanged: result.stats.unchanged,
    cachedPages: result.stats.cachedPages,
    stale: result.stale?.length,
  }),
);
