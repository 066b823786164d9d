import { printStructure, StructureKind, type StatementStructures } from 'ts-morph';
import type { EmittedFile } from './emit-model.js';

/**
 * Prints statements as one file with ts-morph, under the generated-file header. `printStructure`
 * writes the text straight from the structures; creating a source file would also parse that
 * text back into a syntax tree nobody reads, which was most of the emit stage's time.
 */
export function render(path: string, top: string, statements: (string | StatementStructures)[]): EmittedFile {
  return { path, content: top + '\n' + printSource(statements) };
}

/** The statements as the text of one source file. */
export function printSource(statements: readonly (string | StatementStructures)[]): string {
  return printStructure({ kind: StructureKind.SourceFile, statements: [...statements] });
}
