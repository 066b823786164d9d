/**
 * JSON laid out for a reviewer's diff at a fraction of `JSON.stringify(value, null, 2)`'s
 * size (for plain data, without `toJSON`): objects and arrays less than `expandedDepth` levels deep get one member per line
 * (indented two spaces a level); deeper ones are written on one line, compact. The text parses
 * to what `JSON.stringify` would have written, and the same value always gives the same text.
 *
 * `schema.json` is laid out to depth 4: the document, `$defs`, each definition, and each
 * definition's `properties`, `allOf` and `enum` are expanded, so a property schema, a derived
 * type's branch or an enum member is one line. A baseline file, to depth 3: one finding a line.
 */
export function layoutJson(value: unknown, expandedDepth: number): string {
  return layout(value, 0, expandedDepth) ?? 'null';
}

const INDENT = '  ';

/** Undefined for what `JSON.stringify` leaves out (`undefined`, functions), as it does. */
function layout(value: unknown, depth: number, expandedDepth: number): string | undefined {
  if (depth >= expandedDepth || value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = INDENT.repeat(depth + 1);
  const members = Array.isArray(value)
    ? value.map((item) => layout(item, depth + 1, expandedDepth) ?? 'null')
    : Object.entries(value).flatMap(([key, item]) => {
        const text = layout(item, depth + 1, expandedDepth);
        return text === undefined ? [] : [`${JSON.stringify(key)}: ${text}`];
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) return `${open}${close}`;
  return `${open}\n${members.map((member) => inner + member).join(',\n')}\n${INDENT.repeat(depth)}${close}`;
}
