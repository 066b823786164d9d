import type { SchemaModel } from '../../model/schema-model.js';
import { _, joinCode, Name } from '../code/code.js';
import { ModuleWriter } from '../code/module-writer.js';
import { MODELS_MODULE } from '../models/models-module.js';
import type { EmittedFile } from '../render.js';
import { VALIDATION_MODULE } from '../runtime-modules.js';
import { TypeHierarchy } from '../type-hierarchy.js';
import { writeValidatorDeclarations } from './declarations.js';
import { memoisedFile, ModelAnswers, type EmitMemo } from '../emit-memo.js';
import { enumValidatorCode } from './enum-module.js';
import { VALIDATORS_BARREL, validatorModule, validatorNames } from './names.js';

export { VALIDATORS_BARREL };
import { typeValidatorCode, validatorDeclarationFile } from './type-module.js';


/**
 * One validator module per structured type and enum, `validators/<TsName>.js` with its `.d.ts`:
 * `is`, `validate` and `assert` functions as straight-line code over the model, importing only
 * the runtime helpers (`runtime/validation.js`) and the validators they call, so bundlers keep
 * only what is used. With a `memo`, a module whose lookups answer as when it was last made is
 * not made unless its text is asked for (`emit-memo.ts`).
 */
export function emitValidators(model: Pick<SchemaModel, 'types' | 'enums'>, header: string, hierarchy = new TypeHierarchy(model), memo?: EmitMemo): EmittedFile[] {
  const files: EmittedFile[] = [];
  const memoised = memo ? { memo, answers: new ModelAnswers(hierarchy) } : undefined;
  const add = (tsName: string, subject: string, code: () => string): void => {
    const path = validatorModule(tsName);
    files.push(memoisedFile(`${path}.js`, subject, hierarchy, memoised, code), { path: `${path}.d.ts`, content: validatorDeclarationFile({ tsName }, header) });
  };
  for (const type of hierarchy.types) add(type.tsName, `t:${type.qualifiedName}`, () => typeValidatorCode(type, hierarchy, header));
  for (const item of hierarchy.enums) add(item.tsName, `e:${item.qualifiedName}`, () => enumValidatorCode(item, header));
  return files;
}

/**
 * `validators.js` re-exports the public functions of every validator module by name (the `_`
 * workers stay out), and `validators.d.ts` declares them all in one file: the index reaches
 * one declaration file for every validator instead of one per module.
 */
export function emitValidatorsBarrel(model: Pick<SchemaModel, 'types' | 'enums'>, header: string, hierarchy = new TypeHierarchy(model)): EmittedFile[] {
  const items = [
    ...hierarchy.types.map((type) => ({ tsName: type.tsName, kind: 'type' as const })),
    ...hierarchy.enums.map((item) => ({ tsName: item.tsName, kind: 'enum' as const })),
  ].sort((a, b) => (a.tsName < b.tsName ? -1 : a.tsName > b.tsName ? 1 : 0));

  const code = new ModuleWriter(header);
  for (const item of items) {
    const names = validatorNames(item.tsName);
    const exported = joinCode([names.assert, names.is, names.validate].map((name) => _`${new Name(name)}`), _`, `);
    code.body.line(_`export { ${exported} } from ${`./${validatorModule(item.tsName)}.js`};`);
  }

  const declarations = new ModuleWriter(header);
  for (const item of items) {
    const type = declarations.importType(`./${MODELS_MODULE}.js`, item.tsName);
    writeValidatorDeclarations(declarations.body, item, type, (name) => declarations.importType(VALIDATION_MODULE.fromRoot, name));
  }
  return [
    { path: `${VALIDATORS_BARREL}.js`, content: code.toString() },
    { path: `${VALIDATORS_BARREL}.d.ts`, content: declarations.toString() },
  ];
}
