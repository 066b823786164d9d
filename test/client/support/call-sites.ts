/**
 * Call sites of a generated output, compiled as a user's code is: each file in a folder of its
 * own inside the output, under `tsc --strict` and the stricter checks (`checkedProgram`), so
 * that each wrong call can be held to the one diagnostic it must cause.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { checkedProgram, STRICT_OUTPUT_OPTIONS } from '../../support/strict-compiler.js';

export interface CompiledCallSites {
  /** Diagnostics by call-site file name. */
  byFile: Map<string, { code: number; message: string }[]>;
  /** Diagnostics anywhere else (the generated output itself). */
  elsewhere: { code: number; message: string }[];
}

export interface WrongCall {
  name: string;
  /** One expression; the file imports what `prelude` does. */
  call: string;
  code: number;
  message: RegExp;
}

/**
 * Writes `files` (name → text, importing the output as `'../x.js'`), each wrong call into a file
 * of its own after `prelude`, and compiles them all in one program. They go into a folder beside
 * the output, removed once compiled, since other tests read the same output meanwhile. `libChecked: false` leaves the output's
 * declaration files unchecked (a consumer's `skipLibCheck`), for an output other tests check.
 */
export function compileCallSites(outDir: string, folder: string, files: ReadonlyMap<string, string>, prelude: string, wrong: readonly WrongCall[], libChecked = true): CompiledCallSites {
  const dir = path.join(path.dirname(outDir), `${path.basename(outDir)}-${folder}`);
  mkdirSync(dir, { recursive: true });
  const all = new Map(files);
  wrong.forEach((entry, index) => all.set(wrongFile(index), `${prelude}\nexport const wrong = ${entry.call};\n`));
  const intoOutput = (text: string): string => text.replace(/(from |import\()'\.\.\//g, `$1'../${path.basename(outDir)}/`);
  for (const [name, text] of all) writeFileSync(path.join(dir, name), intoOutput(text));
  try {
    return compiled(dir, [...all.keys()], libChecked);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compiled(dir: string, names: readonly string[], libChecked: boolean): CompiledCallSites {
  const roots = names.map((name) => path.join(dir, name));
  const program = libChecked ? checkedProgram(roots) : ts.createProgram({ rootNames: roots, options: { ...STRICT_OUTPUT_OPTIONS, skipLibCheck: true } });
  const byFile = new Map<string, { code: number; message: string }[]>();
  const elsewhere: { code: number; message: string }[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const described = { code: diagnostic.code, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n') };
    const file = diagnostic.file?.fileName;
    if (file && path.dirname(file) === dir) byFile.set(path.basename(file), [...(byFile.get(path.basename(file)) ?? []), described]);
    else elsewhere.push({ ...described, message: `${file ?? ''}: ${described.message}` });
  }
  return { byFile, elsewhere };
}

export function wrongFile(index: number): string {
  return `wrong-${index}.ts`;
}

/** `Equal<A, B>` is `true` only where A and B are the same type: `const same: Equal<typeof x, T> = true`. */
export const EQUAL_TYPE = `type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;`;
