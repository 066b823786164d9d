import type { StructureKind as Kind, VariableDeclarationKind as DeclarationKind } from 'ts-morph';

/**
 * The ts-morph structure kinds the emitters write, as values, without loading ts-morph: it
 * loads TypeScript, about 0.4 s, which only printing needs (`print-file.ts`), and a run whose
 * files come from the caches prints nothing on this thread. test/emit/structure-kind.test.ts
 * holds each value to ts-morph's own.
 */
export const StructureKind = {
  Function: 13 as Kind.Function,
  ImportDeclaration: 16 as Kind.ImportDeclaration,
  Interface: 19 as Kind.Interface,
  TypeAlias: 38 as Kind.TypeAlias,
  VariableStatement: 41 as Kind.VariableStatement,
} as const;

export const VariableDeclarationKind = {
  Const: 'const' as DeclarationKind.Const,
} as const;
