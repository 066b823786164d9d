import type { Table, TableCell } from 'mdast';
import { inlineText } from './inline-text.js';

/** A GFM table as header words (lower-cased) and rows of cells. */
export interface ReadTable {
  headers: string[];
  rows: TableCell[][];
  node: Table;
}

export function readTable(node: Table): ReadTable {
  const [head, ...body] = node.children;
  const headers = (head?.children ?? []).map((cell) => inlineText(cell).toLowerCase());
  return { headers, rows: body.map((row) => row.children), node };
}

/** Index of the first header that is one of `words`, or -1. */
export function columnOf(table: ReadTable, words: readonly string[]): number {
  return table.headers.findIndex((header) => words.includes(header));
}
