/**
 * The type names docs templates put where a value belongs: `"String"`, `"String (timestamp)"`,
 * `"Integer"`, `"Boolean"`, `"Guid"`, `"DateTimeOffset"`, `"Edm.Int32"`… A type name, alone or
 * with a note in parentheses. Case matters: `"string"` or `"true"` are values a property may hold.
 */
const PLACEHOLDER =
  /^(?:Edm\.)?(?:String|Integer|Int16|Int32|Int64|Boolean|Guid|Double|Single|Decimal|Float|Number|Byte|SByte|Binary|Stream|DateTimeOffset|DateTime|Date|TimeOfDay|Duration|Timestamp)(?:\s*\([^()]*\))?$/;

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value.trim());
}

/** Every string in a JSON value that is a placeholder, with its JSON Pointer. */
export function placeholdersIn(value: unknown, path = ''): { path: string; value: string }[] {
  if (isPlaceholder(value)) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholdersIn(item, `${path}/${index}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => placeholdersIn(item, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return [];
}
