/**
 * The docs' own JSON examples: a `<!-- { "blockType": "response" | "request", "@odata.type": ... } -->`
 * annotation followed by a fenced block (```http with a status or request line and headers
 * before the body, or ```json). Read independently of the generator's parser: plain text
 * scanning, the annotation read as JSON (JSON5 where it is not strict JSON, as ApiDoctor does).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSON5 from 'json5';

export interface DocsExample {
  /** `api/user-get.md`. */
  file: string;
  /** Line of the annotation. */
  line: number;
  blockType: 'request' | 'response';
  /** The element type the annotation names, `microsoft.graph.user` (a `Collection(...)` unwrapped). */
  odataType: string;
  /** `isCollection: true` or a `Collection(...)` type: the body is `{ "value": [...] }`. */
  collection: boolean;
  /** `truncated: true`: properties may be missing. */
  truncated: boolean;
  /** The JSON body, parsed; `undefined` where there is none or it does not parse. */
  body: unknown;
  /** Why `body` is undefined. */
  skipped?: 'no code block' | 'no JSON body' | 'not valid JSON';
}

const COMMENT = /<!--([\s\S]*?)-->/g;

export function readDocsExamples(docsDir: string): DocsExample[] {
  const examples: DocsExample[] = [];
  for (const folder of ['api', 'resources']) {
    const dir = path.join(docsDir, folder);
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')).sort()) {
      examples.push(...examplesOfPage(`${folder}/${name}`, readFileSync(path.join(dir, name), 'utf8')));
    }
  }
  return examples;
}

export function examplesOfPage(file: string, markdown: string): DocsExample[] {
  const examples: DocsExample[] = [];
  for (const match of markdown.matchAll(COMMENT)) {
    const annotation = parseAnnotation(match[1]!);
    if (!annotation) continue;
    const blockType = annotation.blockType;
    if (blockType !== 'request' && blockType !== 'response') continue;
    // ApiDoctor reads "@type" as an alias of "@odata.type".
    const named = annotation['@odata.type'] ?? annotation['@type'];
    if (typeof named !== 'string' || named.trim() === '') continue;
    const wrapped = /^Collection\((.*)\)$/.exec(named.trim());
    const line = markdown.slice(0, match.index).split('\n').length;
    const block = followingCodeBlock(markdown, match.index + match[0].length);
    const example: DocsExample = {
      file,
      line,
      blockType,
      odataType: (wrapped ? wrapped[1]! : named).trim(),
      collection: annotation.isCollection === true || wrapped !== null,
      truncated: annotation.truncated === true,
      body: undefined,
    };
    if (block === undefined) example.skipped = 'no code block';
    else {
      const text = bodyText(block);
      if (text === undefined) example.skipped = 'no JSON body';
      else {
        try {
          example.body = JSON.parse(text);
        } catch {
          example.skipped = 'not valid JSON';
        }
      }
    }
    examples.push(example);
  }
  return examples;
}

function parseAnnotation(text: string): Record<string, unknown> | undefined {
  const body = text.trim();
  if (!body.startsWith('{')) return undefined;
  for (const parse of [JSON.parse, JSON5.parse]) {
    try {
      const value: unknown = parse(body);
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    } catch {
      // try the lenient reader next
    }
  }
  return undefined;
}

/** The content of the fenced block that starts right after `from` (blank lines only between). */
function followingCodeBlock(markdown: string, from: number): { language: string; content: string } | undefined {
  const rest = markdown.slice(from);
  const open = /^\s*\n?[ \t]*(```+|~~~+)[ \t]*([\w-]*)[^\n]*\n/.exec(rest);
  if (!open) return undefined;
  const fence = open[1]!;
  const start = open[0].length;
  const close = rest.indexOf(`\n${fence.startsWith('`') ? '```' : '~~~'}`, start - 1);
  if (close < 0) return undefined;
  return { language: open[2]!.toLowerCase(), content: rest.slice(start, close + 1) };
}

/** The JSON text of a block: after the status or request line and headers of an HTTP message. */
function bodyText(block: { language: string; content: string }): string | undefined {
  let text = block.content;
  const firstLine = text.trimStart().split('\n', 1)[0] ?? '';
  if (/^(HTTP\/\S+\s+\d+|[A-Z]+\s+\S+)/.test(firstLine) && !/^[[{]/.test(firstLine)) {
    const blank = /\r?\n[ \t]*\r?\n/.exec(text);
    if (!blank) return undefined;
    text = text.slice(blank.index + blank[0].length);
  }
  text = text.trim();
  return text.startsWith('{') || text.startsWith('[') ? text : undefined;
}
