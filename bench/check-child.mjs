// One graphdoc check in its own process: argv = docs, cacheDir, page. Prints { ms, maxRssMB, findings, examples }.
import { check } from '../dist/check/check.js';

const [docs, cacheDir, page] = process.argv.slice(2);
const started = performance.now();
const result = await check({ docs: [docs], cacheDir, pages: [page] });
console.log(
  JSON.stringify({
    ms: performance.now() - started,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    findings: result.diagnostics.length,
    examples: result.examples.length,
  }),
);
