/**
 * Very large types (the docs have types with hundreds of properties; hostile docs, thousands):
 * one straight-line function per type would exceed the TypeScript checker's control-flow limit
 * ("The containing function or module body is too large for control flow analysis"), so the
 * per-property statements are split into module-local functions of at most this many properties.
 */
import { parameterList } from './code.js';

export const PROPERTIES_PER_FUNCTION = 200;

export interface ChunkShape {
  /** `checkProperties` → `checkProperties1`, `checkProperties2`... */
  baseName: string;
  /** `[['o', 'Record<string, unknown>'], ['r', 'number'], ...]`: a part names those it does not use `_o`, `_r`, ... */
  parameters: readonly (readonly [name: string, type: string])[];
  /** The return type. */
  returns: string;
  /** The statement that calls one part from the main function. */
  call: (name: string) => string;
  /** Statements after a part's properties (`return true;`). */
  tail: string[];
}

/**
 * The statements that check the properties (`let x` and one group per property), inline where
 * there are few, else calls to the returned part functions.
 */
export function splitProperties(groups: readonly string[][], shape: ChunkShape): { inline: string[]; functions: string[] } {
  if (groups.length === 0) return { inline: [], functions: [] };
  if (groups.length <= PROPERTIES_PER_FUNCTION) return { inline: ['let x: unknown;', ...groups.flat()], functions: [] };
  const inline: string[] = [];
  const functions: string[] = [];
  for (let start = 0, part = 1; start < groups.length; start += PROPERTIES_PER_FUNCTION, part++) {
    const name = `${shape.baseName}${part}`;
    const body = ['let x: unknown;', ...groups.slice(start, start + PROPERTIES_PER_FUNCTION).flat(), ...shape.tail];
    const text = body.join('\n');
    functions.push(`function ${name}${parameterList(shape.parameters, text)}: ${shape.returns} {\n${text}\n}`);
    inline.push(shape.call(name));
  }
  return { inline, functions };
}
