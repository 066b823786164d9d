import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { SourcePosition } from '../../diagnostics/diagnostic.js';
import { pointerTokens } from '../../files/json-pointer.js';

/** An example's body read as JSON, with where on the page each value sits. */
export interface JsonBody {
  value: unknown;
  /**
   * Where the value at a JSON Pointer (`/parts/0/quantity`) starts on the page; where there is no
   * value there (a required property left out), where the nearest enclosing value starts.
   */
  positionOf(pointer: string): SourcePosition;
}

export type JsonBodyResult = { ok: true; body: JsonBody } | { ok: false; message: string; source: SourcePosition };

/**
 * The body text of an example (`text` starting at line `line` of page `file`), parsed as strict
 * JSON: no comments, no trailing commas, one value. jsonc-parser keeps every node's offset, which
 * JSON.parse does not give; it recovers from errors, so the first one is reported instead of
 * checking what it recovered.
 */
export function readJsonBody(file: string, text: string, line: number): JsonBodyResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lines = lineStarts(text);
  const at = (offset: number): SourcePosition => {
    let index = 0;
    while (index + 1 < lines.length && lines[index + 1]! <= offset) index++;
    return { file, line: line + index, column: offset - lines[index]! + 1 };
  };
  const first = errors[0];
  if (first || !root) return { ok: false, message: first ? printParseErrorCode(first.error) : 'no JSON value', source: at(first?.offset ?? 0) };
  const trailing = text.slice(root.offset + root.length).trim();
  if (trailing !== '') return { ok: false, message: 'text after the JSON value', source: at(root.offset + root.length + text.slice(root.offset + root.length).indexOf(trailing[0]!)) };
  return {
    ok: true,
    body: {
      value: getNodeValue(root),
      positionOf: (pointer) => at(nearestNode(root, pointer).offset),
    },
  };
}

function nearestNode(root: Node, pointer: string): Node {
  const tokens = pointerTokens(pointer);
  for (let length = tokens.length; length > 0; length--) {
    const path = tokens.slice(0, length).map((token) => (/^\d+$/.test(token) ? Number(token) : token));
    const node = findNodeAtLocation(root, path);
    if (node) return node;
  }
  return root;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
