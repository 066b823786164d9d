import type { TableCell } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { inlineText, withoutStrayMarks } from './inline-text.js';
import { rowIsKey } from './keys.js';
import type { PropertyFacts } from './page-facts.js';
import { positionOf } from './position.js';
import { readPossibleValues } from './possible-values.js';
import { columnOf, type ReadTable } from './tables.js';
import { readTypeCell, type Definitions } from './type-cell.js';

/** Header words of a table's first column that mark it as a list of properties or parameters. */
const NAME_HEADERS = ['property', 'properties', 'name', 'parameter', 'parameters', 'relationship', 'relationships', 'property name'];

/** A table whose first column names properties and which has a `Type` column. */
export function isPropertyTable(table: ReadTable): boolean {
  return NAME_HEADERS.includes(table.headers[0] ?? '') && columnOf(table, ['type']) > 0;
}

export function isRelationshipTable(table: ReadTable, sectionTitle: string): boolean {
  return table.headers[0]?.startsWith('relationship') === true || /relationship/i.test(sectionTitle);
}

/**
 * One PropertyFacts per row that names a property and a type. Group rows
 * (`| **Calendar** | | |`) and rows with no type are passed over; a row with fewer cells
 * than the header gets a diagnostic.
 */
export function readPropertyRows(table: ReadTable, page: PageContext, relationship: boolean): PropertyFacts[] {
  const { file, definitions, diagnostics } = page;
  const typeColumn = columnOf(table, ['type']);
  const descriptionColumn = columnOf(table, ['description', 'notes', 'remarks']);
  const properties: PropertyFacts[] = [];
  for (const row of table.rows) {
    const nameCell = row[0];
    const typeCell = row[typeColumn];
    if (!nameCell) continue;
    const source = positionOf(file, nameCell);
    if (!typeCell) {
      if (inlineText(nameCell) !== '') {
        diagnostics.push({
          code: 'table-row-short',
          severity: 'warning',
          message: `row has ${row.length} cells where the header has ${table.headers.length}; it was passed over`,
          source,
        });
      }
      continue;
    }
    const name = withoutStrayMarks(inlineText(nameCell));
    const typeText = cellMarkdown(page.text, typeCell);
    if (name === '' || inlineText(typeCell) === '') continue;
    const descriptionCells = descriptionOf(row, descriptionColumn, table.headers.length);
    const description = descriptionCells.map((cell) => inlineText(cell)).join(' | ');
    const possibleValues = descriptionCells.length > 0 ? readPossibleValues(descriptionCells.flatMap((cell) => cell.children)) : undefined;
    const key = rowIsKey(name, description);
    properties.push({
      name,
      type: readTypeCell(typeCell, definitions),
      typeText,
      description,
      // A key identifies the object: it is never null, whatever the row says.
      nullable: !key && !/\b(not|non)[\s-]nullable\b/i.test(description),
      readOnly: /\bread[\s-]?only\b/i.test(description),
      relationship,
      ...(key ? { key: true as const } : {}),
      ...(possibleValues ? { possibleValues } : {}),
      source,
    });
  }
  return properties;
}

/** The page's source and what every table reader needs from the page. */
export interface PageContext {
  file: string;
  /** The page's markdown, so that cells can be quoted as written. */
  text: string;
  definitions: Definitions;
  diagnostics: Diagnostic[];
}

/** A cell's markdown as written (`[x](x.md) collection`), without its pipes. */
function cellMarkdown(text: string, cell: TableCell): string {
  const start = cell.position?.start.offset;
  const end = cell.position?.end.offset;
  if (start === undefined || end === undefined) return inlineText(cell);
  return text.slice(start, end).trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').trim();
}

/**
 * The description's cells: one, or, where an unescaped `|` in the description split it and the
 * description is the last column, that cell and every extra one after it.
 */
function descriptionOf(row: TableCell[], column: number, headerCount: number): TableCell[] {
  if (column < 0 || !row[column]) return [];
  return column === headerCount - 1 ? row.slice(column) : [row[column]];
}

