/** Reading a generated output folder as tests need it. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The types module of an output folder: `models.ts` (ts mode) or `models.d.ts` (js mode). */
export function modelsText(outDir: string): string {
  const source = path.join(outDir, 'models.ts');
  return readFileSync(existsSync(source) ? source : path.join(outDir, 'models.d.ts'), 'utf8');
}

/**
 * The text of one interface or type alias in the types module, from `export` to the line that
 * ends it; throws where there is none, so a test cannot pass on a missing declaration.
 */
export function modelDeclaration(outDir: string, tsName: string): string {
  const text = modelsText(outDir);
  const match = new RegExp(`^export (interface|type) ${tsName}\\b`, 'm').exec(text);
  if (!match) throw new Error(`no declaration of ${tsName} in the models of ${outDir}`);
  // An interface ends at its closing brace in the first column; a type alias at its first `;` line end.
  const rest = text.slice(match.index);
  const end = match[1] === 'interface' ? rest.search(/^}$/m) + 1 : rest.search(/;$/m) + 1;
  return rest.slice(0, end) + '\n';
}
