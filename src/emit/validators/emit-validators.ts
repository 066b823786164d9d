import { ItemFiles, ModelAnswers } from '../item-files.js';
import type { SchemaModel } from '../../model/schema-model.js';
import type { GeneratedFile } from '../render.js';
import { header } from '../templates.js';
import { TypeHierarchy } from '../type-hierarchy.js';
import { enumFileStatements } from './enum-file.js';
import { validatorPath } from './names.js';
import { typeFileStatements } from './type-file.js';

/**
 * One validator file per structured type and enum, `validators/<TsName>.ts`: `is`, `validate`
 * and `assert` functions as straight-line code over the model, importing only the runtime
 * helpers (`runtime/validation.ts`) and the validators they call, so bundlers keep only what is used.
 * With `items`, each file comes from the emit memo where it can (see `item-files.ts`).
 */
export function emitValidators(model: Pick<SchemaModel, 'types' | 'enums'>, items?: ItemFiles, hierarchy = new TypeHierarchy(model)): GeneratedFile[] {
  const top = header();
  const made = items ?? new ItemFiles(new ModelAnswers(model, () => ''), undefined, []);
  const files: GeneratedFile[] = [];
  for (const type of hierarchy.types) {
    const subject = `t:${type.qualifiedName}`;
    files.push(made.file(validatorPath(type.tsName), top, subject, (reads) => hierarchy.recordReads(reads, () => typeFileStatements(type, hierarchy))));
  }
  for (const item of hierarchy.enums) files.push(made.file(validatorPath(item.tsName), top, `e:${item.qualifiedName}`, () => enumFileStatements(item)));
  return files;
}

/** The paths {@link emitValidators} writes. */
export function validatorPaths(hierarchy: TypeHierarchy): string[] {
  return [...hierarchy.types, ...hierarchy.enums].map((item) => validatorPath(item.tsName));
}
