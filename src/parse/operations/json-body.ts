/** What an example's JSON body says at its top level, read without parsing it as JSON. */
export interface JsonBodyOutline {
  /** The body's own keys, in order (not those of nested objects). */
  keys: string[];
  /** The body's own `@odata.type`, as written (`#microsoft.graph.user`). */
  odataType?: string;
}

const TOKEN = /"((?:[^"\\\n]|\\.)*)"(\s*:)?|[{}[\]]/g;

/**
 * The top-level keys of an example body. Example bodies are often not JSON (comments,
 * placeholders, `...` for what was cut), so this only follows strings and brackets: a key is a
 * string followed by `:` directly inside the outermost object. Linear in the text.
 */
export function outlineJsonBody(text: string): JsonBodyOutline {
  const keys: string[] = [];
  let odataType: string | undefined;
  let depth = 0;
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    if (token === '{' || token === '[') depth++;
    else if (token === '}' || token === ']') {
      depth--;
      if (depth <= 0) break;
    } else if (depth === 1 && match[2] !== undefined && match[1] !== undefined) {
      keys.push(match[1]);
      if (match[1] === '@odata.type') odataType = /^\s*"([^"\n]*)"/.exec(text.slice((match.index ?? 0) + token.length))?.[1]?.trim();
    }
  }
  return { keys, ...(odataType ? { odataType } : {}) };
}
