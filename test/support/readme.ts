/**
 * The README's code blocks, read by its tests. A block's info string says what it is:
 *
 * - `ts run`: code a user writes against the quick start's output (`./src/graph/index.js`);
 *   `console.log(x); // → text` lines say what it prints.
 * - `ts package=<name>`: code in a workspace importing the output as the package `<name>`.
 * - `<lang> file=<path>`: an excerpt of a file of this repository, as it is now.
 * - `text output=<name>`: what a command printed; `sh quickstart`: the quick start's commands.
 *
 * In excerpts and outputs, a line `…` (alone, or as the rest of a line's indentation) stands for
 * any number of lines; every other line must match a line of the real text, in order, and lines
 * not separated by `…` must be consecutive there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Nodes, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { repoRoot } from './shared-corpus.js';

export interface ReadmeBlock {
  lang: string;
  /** The info string's words after the language, `key=value` or a bare word (value ''). */
  meta: Map<string, string>;
  value: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
}

export const README = path.join(repoRoot, 'README.md');

export function readmeBlocks(file = README): ReadmeBlock[] {
  const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as Root;
  const blocks: ReadmeBlock[] = [];
  for (const node of codeNodes(tree)) {
    const meta = new Map<string, string>();
    for (const word of (node.meta ?? '').split(/\s+/).filter(Boolean)) {
      const [key, ...value] = word.split('=');
      meta.set(key!, value.join('='));
    }
    blocks.push({ lang: node.lang ?? '', meta, value: node.value, line: node.position?.start.line ?? 0 });
  }
  return blocks;
}

function codeNodes(node: Nodes): Code[] {
  if (node.type === 'code') return [node];
  return 'children' in node ? node.children.flatMap((child) => codeNodes(child)) : [];
}

/** The one block whose info string has `key` (with `value`, where given). */
export function readmeBlock(key: string, value?: string): ReadmeBlock {
  const found = readmeBlocks().filter((block) => block.meta.has(key) && (value === undefined || block.meta.get(key) === value));
  if (found.length !== 1) throw new Error(`README: expected one code block marked ${key}${value === undefined ? '' : `=${value}`}, found ${found.length}`);
  return found[0]!;
}

const ELISION = /^\s*(\/\/ )?…$/;

/**
 * Where `excerpt` does not follow `text` as the excerpt rule above says: the first run of lines
 * between elisions that is not found, in order, in the text; undefined where the whole does.
 */
export function excerptMismatch(excerpt: string, text: string): string | undefined {
  const lines = text.split('\n');
  const runs: string[][] = [[]];
  for (const line of excerpt.split('\n')) {
    if (ELISION.test(line)) runs.push([]);
    else runs.at(-1)!.push(line);
  }
  let at = 0;
  for (const run of runs.filter((lines) => lines.length > 0)) {
    const found = findRun(lines, run, at);
    if (found < 0) return `these lines are not in the text, together and after the ones before them:\n${run.join('\n')}`;
    at = found + run.length;
  }
  return undefined;
}

/** The first index from `from` where `run` is in `lines`, line after line; -1 where it is not. */
function findRun(lines: readonly string[], run: readonly string[], from: number): number {
  for (let start = lines.indexOf(run[0]!, from); start >= 0; start = lines.indexOf(run[0]!, start + 1)) {
    if (run.every((line, offset) => lines[start + offset] === line)) return start;
  }
  return -1;
}

/** The expected output of a `ts run` block: the text after `// → ` on each line that has one. */
export function expectedPrints(code: string): string[] {
  return code.split('\n').flatMap((line) => {
    const match = / \/\/ → (.*)$/.exec(line);
    return match ? [match[1]!] : [];
  });
}

/** The anchors GitHub gives the headings of a Markdown file. */
export function headingSlugs(file: string): Set<string> {
  const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as Root;
  const slugger = new GithubSlugger();
  return new Set(tree.children.flatMap((node) => (node.type === 'heading' ? [slugger.slug(toString(node))] : [])));
}

/** The URLs of a Markdown file's links (not text that looks like one inside code). */
export function linkTargets(file: string): string[] {
  const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as Root;
  const urls = (node: Nodes): string[] => [...(node.type === 'link' ? [node.url] : []), ...('children' in node ? node.children.flatMap(urls) : [])];
  return urls(tree);
}
