import type { SourcePosition } from '../../diagnostics/diagnostic.js';
import { positionOf } from '../position.js';
import { outlineJsonBody, type JsonBodyOutline } from './json-body.js';
import type { HttpMethod } from './operation-facts.js';
import type { PageBlock } from './page-blocks.js';
import { readRequestLine, splitQuery } from './request-line.js';

/** An example request (`blockType: request`) and the example response that follows it, if any. */
export interface Example {
  name?: string;
  method: HttpMethod;
  /** Service-relative path, query string removed (`/me/events/AAMk...`). */
  path: string;
  /** The example request sends a body. */
  hasBody: boolean;
  /** The top level of the body, where it is a JSON object. */
  outline?: JsonBodyOutline;
  /** The URL names a host other than Graph's: matched to a request by its path only. */
  otherHost: boolean;
  response?: ExampleResponse;
  source: SourcePosition;
}

export interface ExampleResponse {
  status: number;
  /** `@odata.type` of the annotation: the type of the body, or of each item of a collection. */
  odataType?: string;
  isCollection: boolean;
  /** The example shows a body (JSON or otherwise). */
  hasBody: boolean;
  /** The body is a collection as Graph sends one: an object whose first keys are `@odata.*` and `value: [`. */
  valueArray: boolean;
  /** The top level of the body, where it is a JSON object. */
  outline?: JsonBodyOutline;
  /** `Content-Type` of the example, lower-cased, where it gives one. */
  contentType?: string;
  source: SourcePosition;
}

/**
 * Every example request on the page with the response that answers it. ApiDoctor pairs them
 * the same way: a `response` block belongs to the `request` block before it, or to the
 * requests its annotation names.
 */
export function readExamples(blocks: readonly PageBlock[], file: string): Example[] {
  const examples: Example[] = [];
  let last: Example | undefined;
  for (const block of blocks) {
    if (block.node.type !== 'code' || !block.annotation) continue;
    const data = block.annotation.data;
    if (block.annotation.blockType === 'request') {
      const lines = block.node.value.split('\n');
      const first = lines.findIndex((text) => text.trim() !== '');
      const request = readRequestLine(lines[first] ?? '');
      const blank = lines.findIndex((text, i) => i > first && text.trim() === '');
      last = undefined;
      if (!request) continue;
      const body = blank >= 0 ? lines.slice(blank + 1).join('\n').trim() : '';
      last = {
        ...(typeof data['name'] === 'string' ? { name: data['name'] } : {}),
        method: request.method,
        path: splitQuery(request.target).path,
        otherHost: request.otherHost,
        hasBody: body !== '',
        ...(body.startsWith('{') ? { outline: outlineJsonBody(body) } : {}),
        source: positionOf(file, block.node),
      };
      examples.push(last);
    } else if (block.annotation.blockType === 'response') {
      const response = readResponseBlock(block.node.value, data, positionOf(file, block.node));
      // A response may name the requests it answers (`"name": ["get-drive-by-id", ...]`), several at once.
      const names = [data['name']].flat().filter((name): name is string => typeof name === 'string');
      const answered = names.length > 0 ? examples.filter((example) => example.name !== undefined && names.includes(example.name)) : last ? [last] : [];
      for (const example of answered) if (response && !example.response) example.response = response;
    }
  }
  return examples;
}

const VALUE_ARRAY = /^\{\s*(?:"@odata\.[^"]*"\s*:\s*(?:"[^"]*"|[\w.]+)\s*,\s*)*"value"\s*:\s*\[/;

function readResponseBlock(text: string, data: Record<string, unknown>, source: SourcePosition): ExampleResponse | undefined {
  const lines = text.split('\n');
  const status = /^\s*HTTP\/[\d.]+\s+(\d{3})\b/i.exec(lines.find((line) => line.trim() !== '') ?? '');
  if (!status?.[1]) return undefined;
  const blank = lines.findIndex((line, i) => i > 0 && line.trim() === '');
  const headers = blank < 0 ? lines.slice(1) : lines.slice(1, blank);
  const body = blank < 0 ? '' : lines.slice(blank + 1).join('\n').trim();
  const contentType = headers.map((line) => /^\s*content-type\s*:\s*([^;\s]+)/i.exec(line)?.[1]).find(Boolean);
  // Some annotations spell the key `@type`.
  const declared = data['@odata.type'] ?? data['@type'];
  const odataType = typeof declared === 'string' && declared.trim() !== '' ? declared.trim() : undefined;
  return {
    status: Number(status[1]),
    ...(odataType ? { odataType } : {}),
    isCollection: data['isCollection'] === true,
    hasBody: body !== '',
    valueArray: VALUE_ARRAY.test(body),
    ...(body.startsWith('{') ? { outline: outlineJsonBody(body) } : {}),
    ...(contentType ? { contentType: contentType.toLowerCase() } : {}),
    source,
  };
}
