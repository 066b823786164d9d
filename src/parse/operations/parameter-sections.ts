import type { Nodes, TableCell } from 'mdast';
import { inlineText } from '../inline-text.js';
import { positionOf } from '../position.js';
import { columnOf, readTable, type ReadTable } from '../tables.js';
import type { PageContext } from '../property-table.js';
import { readTypeCell, type Definitions } from '../type-cell.js';
import type { ParameterFacts } from './operation-facts.js';
import { underExamples, type PageBlock } from './page-blocks.js';
import { saysRequired } from './request-body.js';

/** OData system query options, as the service spells them; the docs write `select`, `$orderBy` and the like too. */
export const ODATA_OPTIONS = ['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$count', '$search', '$skiptoken', '$format', '$deltatoken'];

export interface QueryFacts {
  parameters: ParameterFacts[];
  /** The page says it supports "the OData query parameters" without naming them. */
  generic: boolean;
}

/**
 * `Optional query parameters` / `Query parameters`: the rows of a table, else the options the
 * prose names in code spans (`$select`, `$filter`); "supports the OData query parameters" with
 * none named is `generic`, "does not support" is nothing.
 */
export function readQuerySections(blocks: readonly PageBlock[], { file, definitions }: PageContext): QueryFacts {
  const section = blocksUnder(blocks, /^(?:optional\s+)?(?:odata\s+)?query\s+(?:parameters|options)$/i);
  const parameters: ParameterFacts[] = [];
  let generic = false;
  for (const block of section) {
    if (block.node.type === 'table') {
      for (const row of tableRows(readTable(block.node), file, definitions)) {
        // Some tables have a row per use of an option ("$filter with any operator"): not names.
        if (/^\$?[A-Za-z_][\w.-]*$/.test(row.name)) addOnce(parameters, { ...row, name: optionName(row.name) });
      }
      continue;
    }
    if (block.node.type !== 'paragraph') continue;
    const text = inlineText(block.node);
    if (/\b(?:not|n't)\s+support/i.test(text)) continue;
    const named = codeSpans(block.node).map(optionName).filter((name) => ODATA_OPTIONS.includes(name));
    for (const name of named) addOnce(parameters, { name, required: false, source: positionOf(file, block.node) });
    if (named.length === 0 && /\bodata\b.*\bquery\s+(?:parameters|options)\b|\bquery\s+parameters\b.*\bcustomize\b/i.test(text)) generic = true;
  }
  return { parameters, generic };
}

/** `Request headers` and `Optional request headers` tables; the client's own headers left out. */
export function readHeaderSections(blocks: readonly PageBlock[], { file, definitions }: PageContext): ParameterFacts[] {
  const headers: ParameterFacts[] = [];
  for (const block of blocks) {
    const section = block.headings.find((h) => /^(?:optional\s+)?request\s+headers?$/i.test(h.text.trim()));
    if (!section || block.node.type !== 'table' || underExamples(block.headings, section)) continue;
    const optional = /^optional/i.test(section.text.trim());
    for (const row of tableRows(readTable(block.node), file, definitions)) {
      const name = row.name.split(/[:\s]/)[0] ?? '';
      if (!/^[A-Za-z][\w-]*$/.test(name) || isClientHeader(name, row.description ?? '')) continue;
      addOnce(headers, { ...row, name, required: !optional && row.required });
    }
  }
  return headers;
}

/** `Path parameters` and `Function parameters` tables: the types of the parameters in the path. */
export function readPathParameterTables(blocks: readonly PageBlock[], { file, definitions }: PageContext): ParameterFacts[] {
  const rows: ParameterFacts[] = [];
  for (const block of blocksUnder(blocks, /^(?:path|function)\s+parameters$/i)) {
    if (block.node.type === 'table') for (const row of tableRows(readTable(block.node), file, definitions)) addOnce(rows, row);
  }
  return rows;
}

/**
 * Authentication, and the JSON content negotiation every call makes, are the HTTP client's
 * business: a call site that had to pass them would only repeat what the client does.
 */
function isClientHeader(name: string, description: string): boolean {
  if (/^authorization$/i.test(name)) return true;
  return /^(?:content-type|accept)$/i.test(name) && /application\/json/i.test(description);
}

function blocksUnder(blocks: readonly PageBlock[], title: RegExp): PageBlock[] {
  return blocks.filter((block) => {
    const heading = block.headings.find((h) => title.test(h.text.trim()));
    return heading !== undefined && !underExamples(block.headings, heading);
  });
}

/**
 * One parameter per row that names one: the first column is the name; a `Type` column, where
 * there is one, its type; a `Required` column, else "Required." in the text, whether it is
 * required; every other column is description.
 */
function tableRows(table: ReadTable, file: string, definitions: Definitions): ParameterFacts[] {
  const typeColumn = columnOf(table, ['type']);
  const requiredColumn = table.headers.findIndex((header) => /^required\b/.test(header));
  const rows: ParameterFacts[] = [];
  for (const row of table.rows) {
    const name = inlineText(row[0] ?? []).replace(/[`*_]/g, '').trim();
    if (name === '' || /^-+$/.test(name)) continue;
    const description = row
      .filter((_cell, i) => i > 0 && i !== typeColumn && i !== requiredColumn)
      .map((cell) => inlineText(cell))
      .filter((text) => text !== '')
      .join(' ');
    const typeCell: TableCell | undefined = typeColumn > 0 ? row[typeColumn] : undefined;
    const required = requiredColumn >= 0 ? /^(y|yes|true|required)\b/i.test(inlineText(row[requiredColumn] ?? [])) : saysRequired(description);
    rows.push({
      name,
      ...(typeCell && inlineText(typeCell) !== '' ? { type: readTypeCell(typeCell, definitions) } : {}),
      required,
      ...(description ? { description } : {}),
      source: positionOf(file, row[0]),
    });
  }
  return rows;
}

function codeSpans(node: Nodes): string[] {
  if (node.type === 'inlineCode') return [node.value];
  return 'children' in node ? (node.children as Nodes[]).flatMap(codeSpans) : [];
}

/** `select`, `$orderBy` → `$select`, `$orderby`; any other name unchanged. */
function optionName(name: string): string {
  const canonical = `$${name.replace(/^\$/, '').toLowerCase()}`;
  return ODATA_OPTIONS.includes(canonical) ? canonical : name;
}

function addOnce(list: ParameterFacts[], parameter: ParameterFacts): void {
  if (!list.some((p) => p.name.toLowerCase() === parameter.name.toLowerCase())) list.push(parameter);
}
