import type { SchemaModel } from '../../model/schema-model.js';
import { header } from '../templates.js';
import { TypeHierarchy } from '../type-hierarchy.js';
import { enumFileStatements } from './enum-file.js';
import { validatorPath } from './names.js';
import { typeFileStatements } from './type-file.js';
import { render, type StructuredFile } from '../render.js';

/**
 * One validator file per structured type and enum, `validators/<TsName>.ts`: `is`, `validate`
 * and `assert` functions as straight-line code over the model, importing only the runtime
 * helpers (`runtime/validation.ts`) and the validators they call, so bundlers keep only what is used.
 */
export function emitValidators(model: Pick<SchemaModel, 'types' | 'enums'>): StructuredFile[] {
  const hierarchy = new TypeHierarchy(model);
  const top = header();
  const files: StructuredFile[] = [];
  for (const type of hierarchy.types) files.push(render(validatorPath(type.tsName), top, typeFileStatements(type, hierarchy)));
  for (const item of hierarchy.enums) files.push(render(validatorPath(item.tsName), top, enumFileStatements(item)));
  return files;
}

