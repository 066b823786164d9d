// One graphdoc check in its own process: argv = docs, cacheDir, page. Prints { ms, maxRssMB, findings, examples }.
import { check } from '../dist/check/check.js';
import { printResult } from './child-process.mjs';

const [docs, cacheDir, page] = process.argv.slice(2);
const started = performance.now();
const result = await check({ docs: [docs], cacheDir, pages: [page] });
printResult(performance.now() - started, { findings: result.diagnostics.length, examples: result.examples.length });
