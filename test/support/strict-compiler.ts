import ts from 'typescript';

/** How users compile the generated output: strict, ESM under NodeNext. */
export const STRICT_OUTPUT_OPTIONS: ts.CompilerOptions = {
  strict: true,
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
