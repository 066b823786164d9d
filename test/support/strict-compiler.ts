import ts from 'typescript';

/**
 * The checks `@tsconfig/strictest` turns on: a consumer may compile with any of them, so the
 * output must pass them all. Plain JSON, for a `tsconfig.json` as well as for the compiler API.
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

/** `// @ts-nocheck` at the top of a file, as ts mode's `models.ts` has it. */
const NO_CHECK = /^\/\/\s*@ts-nocheck\b.*$/m;

/**
 * A program that checks generated output more closely than a consumer's compiler does: every
 * declaration file is checked (skipLibCheck notwithstanding; the default libraries are not), and
 * a `// @ts-nocheck` is ignored, so `models.ts` is checked too. A consumer skips them; graphdoc's
 * tests must not.
 */
export function checkedProgram(roots: readonly string[], options: ts.CompilerOptions = STRICT_OUTPUT_OPTIONS): ts.Program {
  const checkAll = { ...options, skipLibCheck: false, skipDefaultLibCheck: true };
  const host = ts.createCompilerHost(checkAll);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (fileName.includes('/node_modules/')) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const text = ts.sys.readFile(fileName);
    return text === undefined ? undefined : ts.createSourceFile(fileName, text.replace(NO_CHECK, ''), languageVersion);
  };
  return ts.createProgram({ rootNames: [...roots], options: checkAll, host });
}

/** The compiler's complaints about `roots` (and what they import), one line each, checked as {@link checkedProgram} does. */
export function strictErrors(roots: readonly string[], options?: ts.CompilerOptions): string[] {
  const program = checkedProgram(roots, options);
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}
