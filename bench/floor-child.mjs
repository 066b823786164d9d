// The floor: remark parsing (remark-parse, remark-gfm, remark-frontmatter) of every page on one
// thread, nothing else. Prints { ms, maxRssMB } as JSON.
import { readFileSync } from 'node:fs';
import { discoverPages } from '../dist/discover/discover.js';
import { parseMarkdown } from '../dist/parse/markdown.js';
import { printResult } from './child-process.mjs';

const pages = await discoverPages([process.argv[2]]);
const texts = pages.map((page) => readFileSync(`${page.root}/${page.file}`, 'utf8'));
const started = performance.now();
for (const text of texts) parseMarkdown(text);
printResult(performance.now() - started);
