import type { Code } from 'mdast';
import { pageBlocks } from '../operations/page-blocks.js';
import type { Root } from 'mdast';
import type { ExampleBlockFacts } from './check-facts.js';

const REQUEST_LINE = /^(\s*)(GET|POST|PUT|PATCH|DELETE)\s+(\S+)/i;
const STATUS_LINE = /^\s*HTTP\/[\d.]+\s+(\d{3})\b/i;

/**
 * Every fenced block under a `request` or `response` annotation, with its body cut out of the
 * page's own lines (a block's content loses the indentation or `>` of a list or quote; here
 * they become spaces, so a body's columns are the page's).
 */
export function readExampleBlocks(tree: Root, file: string, lines: readonly string[]): ExampleBlockFacts[] {
  const examples: ExampleBlockFacts[] = [];
  for (const block of pageBlocks(tree, file)) {
    const blockType = block.annotation?.blockType;
    if (block.node.type !== 'code' || (blockType !== 'request' && blockType !== 'response')) continue;
    const data = block.annotation!.data;
    const fence = block.node.position?.start.line ?? 1;
    const content = contentLines(block.node, lines);
    const named = data['@odata.type'] ?? data['@type'];
    const name = data['name'];
    const example: ExampleBlockFacts = {
      blockType,
      ...(typeof name === 'string' || (Array.isArray(name) && name.every((n) => typeof n === 'string')) ? { name: name as string | string[] } : {}),
      ...(typeof named === 'string' && named.trim() !== '' ? { odataType: named.trim() } : {}),
      isCollection: data['isCollection'] === true,
      truncated: data['truncated'] === true,
      language: (block.node.lang ?? '').toLowerCase(),
      source: { file, line: fence, column: block.node.position?.start.column ?? 1 },
    };
    const first = content.findIndex((line) => line.trim() !== '');
    const firstLine = content[first] ?? '';
    const request = blockType === 'request' ? REQUEST_LINE.exec(firstLine) : null;
    const status = blockType === 'response' ? STATUS_LINE.exec(firstLine) : null;
    if (request) example.request = { method: request[2]!.toUpperCase(), url: request[3]!, source: { file, line: fence + 1 + first, column: firstLine.indexOf(request[3]!, request[1]!.length + request[2]!.length) + 1 } };
    if (status) example.status = Number(status[1]);
    const bodyStart = request || status ? afterHeaders(content, first) : first;
    if (bodyStart >= 0 && bodyStart < content.length) {
      const text = content.slice(bodyStart).join('\n');
      if (text.trim() !== '') example.body = { text, line: fence + 1 + bodyStart };
    }
    examples.push(example);
  }
  return examples;
}

/** The block's content lines as the page has them, what a list or quote put before each turned into spaces. */
function contentLines(node: Code, lines: readonly string[]): string[] {
  const start = node.position?.start.line ?? 1;
  const values = node.value === '' ? [] : node.value.split('\n');
  return values.map((value, i) => {
    const page = (lines[start + i] ?? '').replace(/\r$/, '');
    return page.endsWith(value) ? ' '.repeat(page.length - value.length) + value : value;
  });
}

/** The first line of the body: after the headers' blank line, or the first line opening JSON where the blank line is missing. */
function afterHeaders(content: readonly string[], first: number): number {
  for (let i = first + 1; i < content.length; i++) {
    const line = content[i]!.trim();
    if (line === '') return i + 1;
    if (line.startsWith('{') || line.startsWith('[')) return i;
  }
  return -1;
}
