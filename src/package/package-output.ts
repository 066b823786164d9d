import { compareText } from '../diagnostics/diagnostic.js';
import type { EmittedFile } from '../emit/render.js';
import { npmPackageNameProblem } from './package-name.js';
import { packageJsonFile } from './package-json.js';

/** `ts` (the default): the types and the index as TypeScript. `js`: as ES modules with `.d.ts` declarations. */
export type EmitMode = 'ts' | 'js';
export const EMIT_MODES: readonly EmitMode[] = ['ts', 'js'];

export interface PackageOptions {
  emit: EmitMode;
  /** Also write `package.json` with this name. */
  packageName?: string | undefined;
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

/** The stage between emit and write: the output with `package.json` under `--package-name`. */
export function packageOutput(files: readonly EmittedFile[], options: PackageOptions): EmittedFile[] {
  const output = [...files];
  if (options.packageName !== undefined) output.push(packageJsonFile(options.packageName, options.emit, output));
  return output.sort((a, b) => compareText(a.path, b.path));
}

/** What of these options changes the output, for the run state's fingerprint. */
export function packageSettings(options: Pick<PackageOptions, 'emit' | 'packageName'>): string {
  return `emit=${options.emit}\0package=${options.packageName ?? ''}`;
}
