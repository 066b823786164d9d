/** Type-checks a whole generated output folder as graphdoc's tests must, and reads its operations map. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { checkedProgram } from '../../support/strict-compiler.js';
import { listFiles } from '../../support/temp-dir.js';

export interface CheckedOutput {
  /** Every compiler error, as `file:line:column TScode message` with the file relative to the output. */
  errors: string[];
  /** The `GraphOperations` entries the index exports: one per path and method. */
  mapEntries: number;
}

/**
 * Every `.ts` file of `outDir` (declarations and ts mode's `models.ts` included) checked under
 * the strictest flags (see `checkedProgram`), and the `GraphOperations` of its index counted.
 */
export function checkOutput(outDir: string): CheckedOutput {
  const roots = listFiles(outDir).filter((file) => file.endsWith('.ts')).map((file) => path.join(outDir, file));
  const program = checkedProgram(roots);
  const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => formatDiagnostic(diagnostic, outDir));
  return { errors, mapEntries: countMapEntries(program, outDir) };
}

/** The runtime `operations` list of the output (its `operations.js`), as a consumer imports it. */
export async function runtimeOperations(outDir: string): Promise<readonly unknown[]> {
  const module = (await import(pathToFileURL(path.join(outDir, 'operations.js')).href)) as { operations?: unknown };
  if (!Array.isArray(module.operations)) throw new Error(`${outDir}/operations.js exports no operations list`);
  return module.operations;
}

/** Methods over paths of the index's `GraphOperations`; 0 where the index exports none. */
function countMapEntries(program: ts.Program, outDir: string): number {
  const index = program.getSourceFile(path.join(outDir, 'index.ts')) ?? program.getSourceFile(path.join(outDir, 'index.d.ts'));
  const checker = program.getTypeChecker();
  const moduleSymbol = index ? checker.getSymbolAtLocation(index) : undefined;
  const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === 'GraphOperations') : undefined;
  if (!exported) return 0;
  const map = checker.getDeclaredTypeOfSymbol(exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported);
  let entries = 0;
  for (const pathEntry of checker.getPropertiesOfType(map)) entries += checker.getPropertiesOfType(checker.getTypeOfSymbol(pathEntry)).length;
  return entries;
}

function formatDiagnostic(diagnostic: ts.Diagnostic, outDir: string): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (!diagnostic.file || diagnostic.start === undefined) return `TS${diagnostic.code}: ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${path.relative(outDir, diagnostic.file.fileName)}:${line + 1}:${character + 1} TS${diagnostic.code}: ${message}`;
}
