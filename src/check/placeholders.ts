import { pointerToken } from '../files/json-pointer.js';
/**
 * The type names docs templates put where a value belongs: `"String"`, `"String (timestamp)"`,
 * `"Integer"`, `"Boolean"`, `"Guid"`, `"DateTimeOffset"`, `"Edm.Int32"`… A type name, alone or
 * with a note in parentheses. Case matters: `"string"` or `"true"` are values a property may hold.
 */
const PLACEHOLDER =
  /^(?:Edm\.)?(?:String|Integer|Int16|Int32|Int64|Boolean|Guid|Double|Single|Decimal|Float|Number|Byte|SByte|Binary|Stream|DateTimeOffset|DateTime|Date|TimeOfDay|Duration|Timestamp)(?:\s*\([^()]*\))?$/;

/**
 * The placeholders that are never a value, even where the type would take them: `"Single"`,
 * `"Double"` or `"Date"` can be a member of a string enum (Excel's `underline: "Single"`).
 */
const NEVER_A_VALUE = /^(?:Edm\.)?(?:String|Integer|Int32|Int64|Boolean|Guid|DateTimeOffset|DateTime|Timestamp|Binary)(?:\s*\([^()]*\))?$/;

/** A placeholder where the type rejects the value: then any type name is one. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value.trim());
}

/**
 * Every string in a JSON value that is a placeholder although its type may accept it (a
 * `String` property holding `"String"`), with its JSON Pointer. A property whose name ends in
 * `type` (`type`, `dataType`) holds type names as values (a schema extension's
 * `{ "name": "courseId", "type": "String" }`), and is passed over.
 */
export function placeholdersIn(value: unknown, path = '', key = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return NEVER_A_VALUE.test(value.trim()) && !/type$/i.test(key) ? [{ path, value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholdersIn(item, `${path}/${index}`, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, item]) => placeholdersIn(item, `${path}/${pointerToken(name)}`, name));
  }
  return [];
}
