/**
 * The index module of a generated output folder, whatever its layout: `index.ts` in ts mode,
 * `index.js` with `index.d.ts` in js mode. Tests reach the output through it, never through
 * the paths of the files behind it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SchemaModel } from '../../src/model/schema-model.js';

export interface OutputIndex {
  /** The module to import at run time (vitest compiles TypeScript on import). */
  runtime: string;
  /** The file a compiler starts from to check the declarations users see. */
  declarations: string;
}

export function outputIndex(outDir: string): OutputIndex {
  const ts = path.join(outDir, 'index.ts');
  if (existsSync(ts)) return { runtime: ts, declarations: ts };
  const js = path.join(outDir, 'index.js');
  const dts = path.join(outDir, 'index.d.ts');
  if (existsSync(js) && existsSync(dts)) return { runtime: js, declarations: dts };
  throw new Error(`${outDir} has no index module (index.ts, or index.js with index.d.ts)`);
}

/** The index module's exports, by name. */
export async function importIndex(outDir: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(outputIndex(outDir).runtime).href)) as Record<string, unknown>;
}

/** The model a run built; a run into a fresh folder always builds one, so its absence fails the test. */
export function builtModel(result: { model?: SchemaModel }, what: string): SchemaModel {
  if (!result.model) throw new Error(`${what} built no model`);
  return result.model;
}
