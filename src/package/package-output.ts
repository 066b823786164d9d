import { join } from 'node:path';
import { FormatCache } from '../cache/format-cache.js';
import { generatorFingerprint } from '../cache/fingerprint.js';
import { compareText } from '../diagnostics/diagnostic.js';
import type { EmittedFile } from '../emit/emit-model.js';
import { CompileCache } from './compile-cache.js';
import { npmPackageNameProblem } from './package-name.js';
import { packageJsonFile } from './package-json.js';

/** `ts`: the TypeScript sources (the default). `js`: ES modules with `.d.ts` declarations. */
export type EmitMode = 'ts' | 'js';
export const EMIT_MODES: readonly EmitMode[] = ['ts', 'js'];

export interface PackageOptions {
  emit: EmitMode;
  /** Also write `package.json` with this name. */
  packageName?: string | undefined;
  /** graphdoc's cache folder: compiled files are kept under `compiled/`. */
  cacheDir?: string | undefined;
}

/** The options checked before a run starts, so a bad name does not cost a whole run. */
export function packageOptions(emit: EmitMode | undefined, packageName: string | undefined): Pick<PackageOptions, 'emit' | 'packageName'> {
  if (emit !== undefined && !EMIT_MODES.includes(emit)) throw new Error(`emit must be "ts" or "js", not "${String(emit)}"`);
  if (packageName !== undefined) {
    const problem = npmPackageNameProblem(packageName);
    if (problem) throw new Error(`"${packageName}" is not a valid npm package name: ${problem}`);
  }
  return { emit: emit ?? 'ts', packageName };
}

/**
 * The stage between format and write: the formatted files as the output folder receives them,
 * compiled to JavaScript under `--emit js`, with `package.json` under `--package-name`.
 */
export async function packageOutput(files: readonly EmittedFile[], options: PackageOptions): Promise<EmittedFile[]> {
  const output = options.emit === 'js' ? await compiled(files, options.cacheDir) : [...files];
  if (options.packageName !== undefined) output.push(packageJsonFile(options.packageName, options.emit, output));
  return output.sort((a, b) => compareText(a.path, b.path));
}

/** The files compiled to JavaScript. The compiler (TypeScript, about 0.4 s to load) is loaded only here. */
async function compiled(files: readonly EmittedFile[], cacheDir: string | undefined): Promise<EmittedFile[]> {
  const { compileToJs, COMPILER_VERSION } = await import('./compile-js.js');
  const cache = cacheDir ? new CompileCache(new FormatCache(join(cacheDir, 'compiled'), generatorFingerprint()), COMPILER_VERSION) : undefined;
  return compileToJs(files, cache);
}

/** What of these options changes the output, for the run state's fingerprint. */
export function packageSettings(options: Pick<PackageOptions, 'emit' | 'packageName'>): string {
  return `emit=${options.emit}\0package=${options.packageName ?? ''}`;
}
