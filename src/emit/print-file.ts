import type { StatementStructures } from 'ts-morph';
import type { SchemaModel } from '../model/schema-model.js';
import { emitFiles } from './emit-model.js';
import { isStructured, type EmittedFile, type GeneratedFile } from './render.js';
import { tsMorph } from './ts-morph.js';

const { printStructure, StructureKind } = tsMorph;

/** The model → TypeScript files, printed: one per interface and enum under `models/`, the runtime files, `index.ts`. */
export function emitModel(model: SchemaModel): EmittedFile[] {
  return emitFiles(model).map(printFile);
}

/**
 * The file's text. `printStructure` writes it straight from the structures; creating a ts-morph
 * source file would also parse that text back into a syntax tree nobody reads.
 */
export function printFile(file: GeneratedFile): EmittedFile {
  if (!isStructured(file)) return file;
  return { path: file.path, content: `${file.header}\n${file.blankLineBetween ? printSeparately(file.statements) : printSource(file.statements)}` };
}

function printSource(statements: readonly (string | StatementStructures)[]): string {
  return printStructure({ kind: StructureKind.SourceFile, statements: [...statements] });
}

function printSeparately(statements: readonly (string | StatementStructures)[]): string {
  const isImport = (statement: string | StatementStructures): boolean => typeof statement !== 'string' && statement.kind === StructureKind.ImportDeclaration;
  const imports = printSource(statements.filter(isImport)).trimEnd();
  const declarations = statements.filter((statement) => !isImport(statement)).map((statement) => printSource([statement]).trimEnd());
  return [imports, ...declarations].filter((part) => part !== '').join('\n\n') + '\n';
}
