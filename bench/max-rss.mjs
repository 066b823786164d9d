// Preloaded into a measured process (`node --import ./bench/max-rss.mjs ...`): at exit, writes
// the process's peak resident set size in kB (process.resourceUsage().maxRSS) to the file named by
// GRAPHDOC_MAX_RSS_FILE. Node-only, so it measures the same way on every CI runner, with or
// without GNU time.
import { writeFileSync } from 'node:fs';

const file = process.env.GRAPHDOC_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
