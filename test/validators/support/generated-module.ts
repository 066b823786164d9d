/**
 * Runs the real emit stage on a model (ts mode), writes the output under `.tmp/` and imports
 * its `index.ts` (vitest compiles the TypeScript on import; the validators are JavaScript).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { EmittedFile } from '../../../src/emit/emit-model.js';
import { emitOutput } from '../../../src/emit/emit-model.js';
import type { SchemaModel } from '../../../src/model/schema-model.js';
import { makeTempDir } from '../../support/temp-dir.js';

/** The exports of a generated `index.ts`, looked up by name. */
export type GeneratedModule = Record<string, unknown>;

export interface Generated {
  dir: string;
  files: EmittedFile[];
  module: GeneratedModule;
  remove: () => void;
}

export async function generateAndImport(model: SchemaModel, prefix: string): Promise<Generated> {
  const temp = makeTempDir(prefix);
  const files = emitOutput(model, 'ts');
  for (const file of files) {
    const target = path.join(temp.dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  const module = (await import(pathToFileURL(path.join(temp.dir, 'index.ts')).href)) as GeneratedModule;
  return { dir: temp.dir, files, module, remove: temp.remove };
}

export type Check = (value: unknown, options?: { strict?: boolean; maxDepth?: number }) => boolean;
export interface ReportedError {
  path: string;
  expected: string;
  found: string;
  source: string;
}
export type Validate = (value: unknown, options?: { strict?: boolean; maxDepth?: number }) => ReportedError[];
export type Assert = (value: unknown, options?: { strict?: boolean }) => void;

/** `isX`, `validateX` and `assertX` of a generated module, failing loudly where one is missing. */
export function validatorsOf(module: GeneratedModule, tsName: string): { is: Check; validate: Validate; assert: Assert } {
  const pick = <T>(name: string): T => {
    const found = module[name];
    if (typeof found !== 'function') throw new Error(`the generated index does not export a function ${name}`);
    return found as T;
  };
  return { is: pick<Check>(`is${tsName}`), validate: pick<Validate>(`validate${tsName}`), assert: pick<Assert>(`assert${tsName}`) };
}
