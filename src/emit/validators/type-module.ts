import type { StructuredType } from '../../model/schema-model.js';
import { _, joinCode, Name } from '../code/code.js';
import { ModuleWriter } from '../code/module-writer.js';
import { ODATA_TYPE, type TypeHierarchy } from '../type-hierarchy.js';
import { writeCheckFunction } from './check-function.js';
import { writeDispatch } from './dispatch.js';
import { VALIDATORS_BARREL, validatorNames } from './names.js';
import { moduleScope } from './scope.js';
import { SourceConstants } from './sources.js';
import { writeValidateFunction } from './validate-function.js';

/** `validators/<TsName>.js` for a structured type (its `.d.ts` is {@link validatorDeclarationFile}). */
export function typeValidatorCode(type: StructuredType, hierarchy: TypeHierarchy, header: string): string {
  const module = new ModuleWriter(header);
  const scope = moduleScope(module, 'validators', type.tsName);
  const names = validatorNames(type.tsName);
  const sources = new SourceConstants(module);
  const source = sources.name(type.source.file);
  const keys = type.openType
    ? undefined
    : module.constant(module.declare('KEYS'), _`/* @__PURE__ */ new Set([${joinCode([ODATA_TYPE, ...hierarchy.properties(type).map((p) => p.name)].map((key) => _`${key}`), _`, `)}])`);
  const dispatch = writeDispatch(module, type, hierarchy, scope);
  const body = module.body;
  // The public functions are made by the runtime from the generated check and validation, each
  // a constant of its own: a bundler drops the ones not imported (a destructured export it keeps).
  module.constant(scope.validator(type.tsName, names.is), _`/* @__PURE__ */ ${scope.helper('isValidOf')}(${scope.validator(type.tsName, names.check)})`, true);
  const validate = module.constant(scope.validator(type.tsName, names.validate), _`/* @__PURE__ */ ${scope.helper('validatorOf')}(${scope.validator(type.tsName, names.collect)}, ${source})`, true);
  module.constant(scope.validator(type.tsName, names.assert), _`/* @__PURE__ */ ${scope.helper('asserterOf')}(${type.tsName}, ${validate})`, true);
  writeCheckFunction(body, type, hierarchy, scope, dispatch, keys);
  writeValidateFunction(body, type, hierarchy, scope, sources, dispatch, keys);
  dispatch.write();
  return module.toString();
}

/**
 * The `.d.ts` of a validator module: its three public functions, re-exported from
 * `validators.d.ts`, which declares every validator in one file.
 */
export function validatorDeclarationFile(item: { tsName: string }, header: string): string {
  const module = new ModuleWriter(header);
  const names = validatorNames(item.tsName);
  const exported = joinCode([names.is, names.validate, names.assert].map((name) => _`${new Name(name)}`), _`, `);
  module.body.line(_`export { ${exported} } from ${`../${VALIDATORS_BARREL}.js`};`);
  return module.toString();
}
