import ts from 'typescript';

/**
 * How users compile the generated output: ESM under NodeNext, as strictly as `@tsconfig/strictest`
 * (in ts mode a consumer's compiler checks the generated sources with the consumer's options).
 */
export const STRICT_OUTPUT_OPTIONS: ts.CompilerOptions = {
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
