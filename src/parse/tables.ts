import type { Table, TableCell } from 'mdast';
import { inlineText } from './inline-text.js';

/**
 * Rows read from one table. The largest table in the Graph v1.0 reference has 828 rows; a
 * table far past that is a broken or hostile page, and reading it whole would make every
 * later stage (and the generated code) grow without bound.
 */
export const MAX_TABLE_ROWS = 2_000;

/** A GFM table as header words (lower-cased) and rows of cells. */
export interface ReadTable {
  headers: string[];
  rows: TableCell[][];
  node: Table;
  /** Rows past MAX_TABLE_ROWS that were not read. */
  omittedRows: number;
}

export function readTable(node: Table): ReadTable {
  const [head, ...body] = node.children;
  const headers = (head?.children ?? []).map((cell) => inlineText(cell).toLowerCase());
  const rows = body.slice(0, MAX_TABLE_ROWS).map((row) => row.children);
  return { headers, rows, node, omittedRows: body.length - rows.length };
}

/** Index of the first header that is one of `words`, or -1. */
export function columnOf(table: ReadTable, words: readonly string[]): number {
  return table.headers.findIndex((header) => words.includes(header));
}
