/**
 * The whole model behind a generated output, saved beside it (`<out>.model.json`) by the run
 * that generated it: the output's manifest keeps only the summary the change report compares,
 * and tests that judge the output against the docs need descriptions, type cells and sources.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { SchemaModel } from '../../src/model/schema-model.js';

export type SavedModel = Pick<SchemaModel, 'types' | 'enums' | 'operations'>;

export function modelFileFor(outDir: string): string {
  return `${outDir}.model.json`;
}

export function saveModel(outDir: string, model: SavedModel): void {
  writeFileSync(modelFileFor(outDir), JSON.stringify({ types: model.types, enums: model.enums, operations: model.operations }));
}

export function removeModel(outDir: string): void {
  rmSync(modelFileFor(outDir), { force: true });
}

export function readModel(outDir: string): SavedModel {
  const file = modelFileFor(outDir);
  const model = JSON.parse(readFileSync(file, 'utf8')) as Partial<SavedModel> | null;
  if (model === null || typeof model !== 'object' || !Array.isArray(model.types) || !Array.isArray(model.enums) || !Array.isArray(model.operations)) {
    throw new Error(`${file}: not a saved model ({ types, enums, operations })`);
  }
  return model as SavedModel;
}
