import type { Nodes } from 'mdast';
import { inlineText, withoutStrayMarks } from '../inline-text.js';
import { positionOf } from '../position.js';
import { isPropertyTable, readPropertyRows, type PageContext } from '../property-table.js';
import { columnOf, readTable, type ReadTable } from '../tables.js';
import type { Definitions } from '../type-cell.js';
import type { BodyParameterFacts, RequestBodyFacts, TypeReference } from './operation-facts.js';
import { sectionBlocks, type PageBlock } from './page-blocks.js';
import { phrasedRepresentation } from '../represented-name.js';

const NO_BODY =
  /\b(?:do not|don't|does not|doesn't|not)\s+(?:supply|specify|provide|include|send|require|need)\b[^.]*\bbody\b|\bno request body\b|\brequest body\b[^.]*\b(?:is|must be|are) (?:empty|not (?:required|necessary|needed)|ignored)\b|\bbody is not (?:required|necessary|needed)\b/i;
const REPRESENTATION = /\brepresentation\b|\bjson\b|\bobject\b/i;
const REQUIRED_ROWS = /\b(?:are|is) required\b|\brequired (?:properties|parameters)\b|\bmust (?:specify|provide|supply|include|set)\b/i;
const UPDATED_VALUES = /\b(?:values?|properties|fields)\b[^.]*\b(?:updated?|changed?)\b/i;
const BINARY = /\bbinary\b|\bstream\b|\bbytes\b|\bcontents? of the file\b/i;

/**
 * The `Request body` section: nothing ("Do not supply a request body"), an action's parameter
 * table, a resource (a "JSON representation of [x]" sentence and/or a table of its properties,
 * some marked required), or raw bytes. Problems in an action table's rows are reported; a
 * resource's table is the page reader's to report (it reads it for the type's properties).
 */
export function readRequestBody(blocks: readonly PageBlock[], context: PageContext): RequestBodyFacts {
  const { file } = context;
  const found = sectionBlocks(blocks, /^request body$/i);
  if (!found) return { kind: 'unstated' };
  const section = found.blocks;
  const source = positionOf(file, found.heading.node);
  // A `Request body` heading with nothing under it: there is nothing to send.
  if (section.length === 0) return { kind: 'none', source };
  const paragraphs = section.filter((block) => block.node.type === 'paragraph');
  // The sentences that matter open the section; a cap keeps the patterns linear on hostile pages.
  const text = paragraphs.map((block) => inlineText(block.node as Nodes)).join(' ').slice(0, 4_000);
  const table = section.map((block) => (block.node.type === 'table' ? typedTable(readTable(block.node)) : undefined)).find((t) => t && isPropertyTable(t));
  const phrased = paragraphs.map((block) => (block.node.type === 'paragraph' ? phrasedRepresentation(block.node) : undefined)).find(Boolean);
  // "a JSON representation for the x object" names x whether or not it links x's page.
  const link = paragraphs.map((block) => resourceLink(block.node as Nodes, context.definitions)).find(Boolean) ?? (phrased ? { name: phrased } : undefined);
  const represents = phrased !== undefined || paragraphs.some((block) => REPRESENTATION.test(inlineText(block.node as Nodes)) && resourceLink(block.node as Nodes, context.definitions));

  // An action's table: headed `Parameter`, or introduced as "a JSON object with the following
  // parameters". But "Supply a JSON representation of [user]" above a `Parameter` table: the
  // table lists the user's properties the call needs, not an action's parameters.
  if (table && !represents && isParameterTable(table, text)) {
    return { kind: 'parameters', parameters: readParameters(table, context, introSaysRequired(section, table)), source };
  }
  if (table) {
    const rows = readParameters(table, { ...context, diagnostics: [] }, introSaysRequired(section, table));
    return {
      kind: 'representation',
      ...(link ? { type: link } : {}),
      properties: rows.map((row) => row.name),
      required: rows.filter((row) => row.required).map((row) => row.name),
      source,
    };
  }
  if (NO_BODY.test(text)) return { kind: 'none', source };
  if (link) return { kind: 'representation', type: link, properties: [], required: [], source };
  if (BINARY.test(text)) return { kind: 'binary', source };
  // "Supply the values for relevant fields that should be updated": the resource, type unnamed.
  if (UPDATED_VALUES.test(text)) return { kind: 'representation', properties: [], required: [], source };
  return { kind: 'unstated' };
}

/**
 * An action's table: headed `Parameter`, or introduced as "a JSON object with the following
 * parameters" (`sectionText` is the section's prose).
 */
export function isParameterTable(table: ReadTable, sectionText: string): boolean {
  return /^parameters?$/.test(table.headers[0] ?? '') || /\bparameters?\b/i.test(sectionText);
}

/**
 * The table's rows with whether each is required: a `Required` column; else "Required." in the
 * description; else, where the paragraph above the table says the rows are required ("the
 * following properties are required", "You must specify the following properties"), every row
 * that does not say "Optional".
 */
function readParameters(table: ReadTable, context: PageContext, allRequired: boolean): BodyParameterFacts[] {
  const requiredColumn = table.headers.findIndex((header) => /^required\b/.test(header));
  const rows = readPropertyRows(table, context, false);
  const requiredByName = new Map<string, boolean>();
  for (const row of table.rows) {
    const name = withoutStrayMarks(inlineText(row[0] ?? []));
    const cell = requiredColumn >= 0 ? inlineText(row[requiredColumn] ?? []) : '';
    const description = inlineText(row[columnOf(table, ['description'])] ?? []);
    const required = requiredColumn >= 0 ? /^(y|yes|true|required)\b/i.test(cell) : saysRequired(description) || (allRequired && !/\boptional\b/i.test(description));
    requiredByName.set(name, required);
  }
  return rows.map((row) => ({ ...row, required: requiredByName.get(row.name) === true }));
}

/**
 * Some parameter tables give the type in a `Value` column (`| Name | Value | Description |`,
 * `| parentReference | [ItemReference](...) | ... |`): read it as the `Type` column.
 */
function typedTable(table: ReadTable): ReadTable {
  if (columnOf(table, ['type']) >= 0 || columnOf(table, ['value']) !== 1) return table;
  return { ...table, headers: table.headers.map((header, i) => (i === 1 ? 'type' : header)) };
}

/**
 * Whether the first sentence of the paragraph right above the table says its rows are required.
 * Not where the table lists `id`: the key is the service's to assign, so such a table is the
 * boilerplate of generated pages (Intune's "The following table shows the properties that are
 * required when you create the x" above every property of x), not a list of required ones.
 */
function introSaysRequired(section: readonly PageBlock[], table: ReadTable): boolean {
  const at = section.findIndex((block) => block.node === table.node);
  const before = at > 0 ? section[at - 1]!.node : undefined;
  if (before?.type !== 'paragraph') return false;
  const first = inlineText(before).split(/(?<=\.)\s/)[0] ?? '';
  const listsKey = table.rows.some((row) => inlineText(row[0] ?? []).replace(/[`*_]/g, '').trim() === 'id');
  return REQUIRED_ROWS.test(first) && !listsKey;
}

/**
 * "Required." as a sentence of its own, "(required)", or "This property is required." A
 * description that merely uses the word ("Minutes of inactivity before a password is
 * required"), a condition ("Required if ..."), "Not required" and "Optional" do not count.
 */
export function saysRequired(description: string): boolean {
  if (/\boptional\b|\bnot required\b/i.test(description)) return false;
  return /(?:^|[.;:]\s+)required\b(?!\s+(?:if|when|only|for)\b)|\(\s*required\s*\)|\b(?:this|the)\s+(?:property|parameter|value|field|header)\s+is\s+required\s*(?:[.;]|$)/i.test(description.trim());
}

/**
 * The first link in a paragraph that points at a docs page (`../resources/user.md`, or
 * `[list][]` with its definition), as a type reference. A link with a fragment points into a
 * page (an enum's values table), not at a resource.
 */
export function resourceLink(node: Nodes, definitions: Definitions): TypeReference | undefined {
  if (node.type === 'link' || node.type === 'linkReference') {
    const url = node.type === 'link' ? node.url : definitions.get(node.identifier.toLowerCase());
    if (!url || url.includes('#') || !/\.md$|\/resources\//i.test(url.split('?')[0] ?? '')) return undefined;
    const name = inlineText(node).replace(/[`*]/g, '').trim();
    return /^[A-Za-z_][\w.]*$/.test(name) ? { name, href: url } : undefined;
  }
  if ('children' in node) {
    for (const child of node.children as Nodes[]) {
      const found = resourceLink(child, definitions);
      if (found) return found;
    }
  }
  return undefined;
}
