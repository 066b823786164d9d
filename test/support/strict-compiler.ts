import ts from 'typescript';

/**
 * The checks `@tsconfig/strictest` turns on: in ts mode a consumer's compiler checks the generated
 * sources with the consumer's options, so the output must pass them all. Plain JSON, for a
 * `tsconfig.json` as well as for the compiler API.
 */
export const STRICTEST_CHECKS = {
  strict: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noPropertyAccessFromIndexSignature: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  allowUnreachableCode: false,
};

/** How users compile the generated output: ESM under NodeNext, with every check above. */
export const STRICT_OUTPUT_OPTIONS: ts.CompilerOptions = {
  ...STRICTEST_CHECKS,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  skipLibCheck: true,
  // The output must stand on its own: no ambient @types from whatever node_modules is nearby.
  types: [],
};

/** The compiler's complaints about `roots` (and what they import), one line each. */
export function strictErrors(roots: readonly string[]): string[] {
  const program = ts.createProgram([...roots], STRICT_OUTPUT_OPTIONS);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}
