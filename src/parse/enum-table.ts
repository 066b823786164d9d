import { inlineText, withoutStrayMarks } from './inline-text.js';
import type { EnumMemberFacts } from './page-facts.js';
import { columnOf, type ReadTable } from './tables.js';

/** A table of enum members: its first column is `Member` (or `Name`/`Value` under an enum heading). */
export function isEnumTable(table: ReadTable, underEnumHeading: boolean): boolean {
  const first = table.headers[0] ?? '';
  if (first === 'member' || first === 'members' || first === 'enum member') return true;
  return underEnumHeading && (first === 'name' || first === 'value') && columnOf(table, ['type']) < 0;
}

export function readEnumMembers(table: ReadTable): EnumMemberFacts[] {
  const valueColumn = table.headers[0] === 'value' ? -1 : columnOf(table, ['value']);
  const descriptionColumn = columnOf(table, ['description']);
  const members: EnumMemberFacts[] = [];
  for (const row of table.rows) {
    const name = withoutStrayMarks(inlineText(row[0] ?? []));
    // A `null` row says the property may be null (JSON null), not that "null" is a member.
    if (name === '' || name === 'null') continue;
    const value = valueColumn >= 0 && row[valueColumn] ? inlineText(row[valueColumn]) : '';
    const description = descriptionColumn >= 0 && row[descriptionColumn] ? inlineText(row[descriptionColumn]) : '';
    members.push({ name, ...(value ? { value } : {}), ...(description ? { description } : {}) });
  }
  return members;
}

/** `ageGroup values`, `#### ageGroup values`, `x enum values`, `x enum type` → the enum's name. */
export function enumNameFromHeading(text: string): string | undefined {
  const match = /^`?([A-Za-z_][\w.]*)`?\s+(?:enum\s+)?(?:values|enum\s+type|enum|enumeration(?:\s+type)?)$/i.exec(text.trim());
  return match?.[1];
}
