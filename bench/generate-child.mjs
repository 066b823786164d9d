// One graphdoc run in its own process: argv = docs, out, cacheDir, [check]. Prints { ms, maxRssMB, unchanged, cachedPages, stale }.
import { generate } from '../dist/generate.js';
import { printResult } from './child-process.mjs';

const [docs, out, cacheDir, mode] = process.argv.slice(2);
const started = performance.now();
const result = await generate({ docs: [docs], out, cacheDir, check: mode === 'check' });
printResult(performance.now() - started, { unchanged: result.stats.unchanged, cachedPages: result.stats.cachedPages, stale: result.stale?.length });
