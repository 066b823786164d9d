import type { ts as typescript } from 'ts-morph';
import { compareText } from '../diagnostics/diagnostic.js';
import type { EmittedFile } from '../emit/emit-model.js';
import { header } from '../emit/templates.js';
import type { CompileCache, CompiledFile } from './compile-cache.js';
import { tsMorph } from '../emit/ts-morph.js';

const { ts } = tsMorph;

/** The compiler ts-morph bundles, so `--emit js` needs nothing beyond graphdoc's own dependencies. */
export const COMPILER_VERSION = ts.version;

/** Plain ES2022 modules, as Node.js 20 and every bundler load them; comments (JSDoc, `@__PURE__`) kept. */
const JS_OPTIONS: typescript.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  // Imports are kept or dropped exactly as written: the emitters already write `import type`.
  verbatimModuleSyntax: true,
  removeComments: false,
};

/**
 * Each `.ts` file → its `.js` and `.d.ts`, one file at a time, without a type checker:
 * `transpileModule` for the JavaScript and `transpileDeclaration` (isolatedDeclarations) for the
 * declarations, which keep the JSDoc. Other files (`schema.json`) pass through. Any diagnostic
 * is a bug in graphdoc's output, so it fails the run, naming each file and line, before anything
 * is written.
 */
export async function compileToJs(files: readonly EmittedFile[], cache?: CompileCache): Promise<EmittedFile[]> {
  const top = header();
  const compiled: EmittedFile[] = [];
  const problems: string[] = [];
  for (const file of files) {
    if (!file.path.endsWith('.ts')) {
      compiled.push(file);
      continue;
    }
    const key = cache?.key(file.content);
    let output = key ? await cache?.get(key) : undefined;
    if (!output) {
      const result = compileOne(file);
      if (typeof result === 'string') {
        problems.push(result);
        continue;
      }
      output = result;
      if (key) await cache?.set(key, output).catch(() => {});
    }
    const base = file.path.slice(0, -'.ts'.length);
    compiled.push({ path: `${base}.d.ts`, content: underHeader(top, output.dts) }, { path: `${base}.js`, content: underHeader(top, output.js) });
  }
  if (problems.length > 0) throw new Error(`the generated TypeScript does not compile to JavaScript (a bug in graphdoc):\n${problems.join('\n')}`);
  return compiled.sort((a, b) => compareText(a.path, b.path));
}

/** The file compiled, or its diagnostics as `path:line:column message` lines. */
function compileOne(file: EmittedFile): CompiledFile | string {
  let js: typescript.TranspileOutput;
  let dts: typescript.TranspileOutput;
  try {
    js = ts.transpileModule(file.content, { fileName: file.path, compilerOptions: JS_OPTIONS, reportDiagnostics: true });
    dts = ts.transpileDeclaration(file.content, { fileName: file.path, compilerOptions: JS_OPTIONS, reportDiagnostics: true });
  } catch (error) {
    return `${file.path}: the TypeScript compiler failed on it: ${(error as Error).message}`;
  }
  const diagnostics = [...(js.diagnostics ?? []), ...(dts.diagnostics ?? [])];
  if (diagnostics.length > 0) return diagnostics.map((d) => diagnosticLine(file.path, d)).join('\n');
  return { js: js.outputText, dts: dts.outputText };
}

function diagnosticLine(path: string, diagnostic: typescript.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
  if (!diagnostic.file || diagnostic.start === undefined) return `${path}: ${message}`;
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `${path}:${line + 1}:${character + 1} ${message}`;
}

/**
 * The compiler keeps the header comment above a kept import and drops it with an elided one
 * (`import type` in a `.d.ts`): put it back in the same place every time.
 */
function underHeader(top: string, output: string): string {
  const body = output.startsWith(top) ? output.slice(top.length) : output;
  return `${top}\n${body.replace(/^\n+/, '')}`;
}
