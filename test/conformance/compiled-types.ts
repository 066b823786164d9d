/**
 * Type-checks a generated output folder with the TypeScript compiler API and describes, for
 * every interface exported from `<out>/index.ts`, the type of each of its properties (inherited
 * ones included) as the checker sees it: that is what users of the output get.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { checkedProgram, STRICT_OUTPUT_OPTIONS } from '../support/strict-compiler.js';

/**
 * A property type, after removing `null` and `undefined`.
 * `stringLiterals` is a string-literal type or a union of them (an enum); `interface` is an
 * object type declared by an interface, named by its declared symbol; `unknown` covers
 * `unknown` and `any`; `other` is anything else (unions of interfaces, `Date`-like classes are
 * `interface`, records, intersections, mixed unions, ...).
 */
export type TypeDescriptor =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'stringLiterals'; values: string[] }
  /** Known values that still admit any string: `'a' | 'b' | (string & {})`. */
  | { kind: 'openStringLiterals'; values: string[] }
  | { kind: 'interface'; name: string }
  | { kind: 'array'; element: TypeDescriptor }
  | { kind: 'unknown' }
  | { kind: 'other' };

export interface CompiledProperty {
  descriptor: TypeDescriptor;
  /** The checker's text for the declared property type (null / undefined included). */
  text: string;
}

export interface CompiledInterface {
  name: string;
  /** Every property, inherited ones included, by name. */
  properties: Map<string, CompiledProperty>;
}

export interface CompiledTypes {
  /** Pre-emit diagnostics of the whole program, formatted one per entry. */
  diagnostics: string[];
  /** Exported interfaces of `index.ts`, by exported name. */
  interfaces: Map<string, CompiledInterface>;
  /** Exported names of `index.ts` that are not interfaces (type aliases, values, ...). */
  otherExports: Set<string>;
}

export const COMPILER_OPTIONS: ts.CompilerOptions = STRICT_OUTPUT_OPTIONS;

/** Every `.ts` file (declarations included) under a folder, recursively, sorted. */
export function listTypeScriptFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') files.push(...listTypeScriptFiles(full));
    } else if (entry.isFile() && entry.name.endsWith('.ts')) {
      files.push(full);
    }
  }
  return files.sort();
}

export function readCompiledTypes(outDir: string, options: ts.CompilerOptions = COMPILER_OPTIONS): CompiledTypes {
  const indexFile = path.join(outDir, 'index.ts');
  const rootNames = [...new Set([indexFile, ...listTypeScriptFiles(outDir)])];
  // Every file checked, as graphdoc's tests check output: `models.ts`'s `@ts-nocheck` and skipLibCheck notwithstanding.
  const program = checkedProgram(rootNames, options);
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => formatDiagnostic(diagnostic, outDir));

  const checker = program.getTypeChecker();
  const interfaces = new Map<string, CompiledInterface>();
  const otherExports = new Set<string>();
  const sourceFile = program.getSourceFile(indexFile);
  const moduleSymbol = sourceFile ? checker.getSymbolAtLocation(sourceFile) : undefined;
  if (!sourceFile || !moduleSymbol) {
    diagnostics.push(`${indexFile}: missing, or not a module`);
    return { diagnostics, interfaces, otherExports };
  }

  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Interface)) {
      otherExports.add(exported.name);
      continue;
    }
    const declared = checker.getDeclaredTypeOfSymbol(symbol);
    const properties = new Map<string, CompiledProperty>();
    for (const property of checker.getPropertiesOfType(declared)) {
      const type = checker.getTypeOfSymbol(property);
      properties.set(property.name, { descriptor: describeType(checker, type), text: typeText(checker, type) });
    }
    interfaces.set(exported.name, { name: exported.name, properties });
  }
  return { diagnostics, interfaces, otherExports };
}

/** Describes a type after removing `null` and `undefined` (also inside array elements). */
export function describeType(checker: ts.TypeChecker, type: ts.Type): TypeDescriptor {
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (part) => !(part.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)),
  );
  if (parts.length === 0) return { kind: 'other' };
  if (parts.some((part) => part.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any))) return { kind: 'unknown' };

  // `boolean` is the union `true | false`; a union that contains it is flattened.
  const booleanLiterals = parts.filter((part) => part.flags & ts.TypeFlags.BooleanLiteral);
  const rest = parts.filter((part) => !(part.flags & ts.TypeFlags.BooleanLiteral));
  if (booleanLiterals.length > 0) {
    return rest.length === 0 && booleanLiterals.length === 2 ? { kind: 'boolean' } : { kind: 'other' };
  }
  const openString = rest.filter((part) => isStringAndEmptyObject(part));
  if (openString.length === 1 && rest.length > 1 && rest.every((part) => part.isStringLiteral() || openString.includes(part))) {
    return { kind: 'openStringLiterals', values: rest.filter((part) => part.isStringLiteral()).map((part) => (part as ts.StringLiteralType).value) };
  }
  if (rest.every((part) => part.isStringLiteral())) {
    return { kind: 'stringLiterals', values: rest.map((part) => (part as ts.StringLiteralType).value) };
  }
  if (rest.length > 1) return { kind: 'other' };

  const single = rest[0]!;
  if (single.flags & ts.TypeFlags.String) return { kind: 'string' };
  if (single.flags & ts.TypeFlags.Number) return { kind: 'number' };
  if (single.flags & ts.TypeFlags.Boolean) return { kind: 'boolean' };
  if (checker.isArrayType(single)) {
    const element = checker.getTypeArguments(single as ts.TypeReference)[0];
    return element ? { kind: 'array', element: describeType(checker, element) } : { kind: 'other' };
  }
  const symbol = single.getSymbol();
  if (single.flags & ts.TypeFlags.Object && symbol && symbol.flags & ts.SymbolFlags.Interface) {
    return { kind: 'interface', name: symbol.name };
  }
  return { kind: 'other' };
}

/** `string & {}`: the idiom that keeps literal completions in a union with `string`. */
function isStringAndEmptyObject(type: ts.Type): boolean {
  if (!type.isIntersection() || type.types.length !== 2) return false;
  const [a, b] = type.types;
  const isEmptyObject = (t: ts.Type | undefined): boolean =>
    t !== undefined && (t.flags & ts.TypeFlags.Object) !== 0 && t.getProperties().length === 0;
  return ((a!.flags & ts.TypeFlags.String) !== 0 && isEmptyObject(b)) || ((b!.flags & ts.TypeFlags.String) !== 0 && isEmptyObject(a));
}

export function typeText(checker: ts.TypeChecker, type: ts.Type): string {
  return checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
}

/** `file:line:column message`, with the file relative to the output folder. */
function formatDiagnostic(diagnostic: ts.Diagnostic, outDir: string): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code}: ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const file = path.relative(outDir, diagnostic.file.fileName);
  return `${file}:${line + 1}:${character + 1} TS${diagnostic.code}: ${message}`;
}
