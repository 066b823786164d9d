import { Name } from '../code/code.js';
import type { ModuleWriter } from '../code/module-writer.js';
import { VALIDATION_MODULE } from '../runtime-modules.js';
import { siblingSpecifier } from './names.js';

/** The helpers `runtime/validation.js` exports for the generated validators. */
export type RuntimeHelper =
  | 'asserterOf'
  | 'collectErrors'
  | 'createValidationContext'
  | 'derivedTypes'
  | 'describeValue'
  | 'isObjectToValidate'
  | 'isValidOf'
  | 'jsonObjectProblem'
  | 'matchesBinary'
  | 'matchesDate'
  | 'matchesDateTimeOffset'
  | 'matchesDuration'
  | 'matchesGuid'
  | 'matchesTimeOfDay'
  | 'maxDepthOf'
  | 'memberValidatorOf'
  | 'onlyKnownKeys'
  | 'ownValue'
  | 'report'
  | 'reportBodyKeys'
  | 'reportThrown'
  | 'reportTooDeep'
  | 'reportUnknownKeys'
  | 'throwIfInvalid'
  | 'validatorOf';

/**
 * What generated validator code can call: a runtime helper, or a function of a type's or
 * enum's validator module (this module's own, or imported from its module).
 */
export interface ValidatorScope {
  helper(name: RuntimeHelper): Name;
  validator(tsName: string, functionName: string): Name;
}

/**
 * The scope of one module: imports come from the module's place in the output (`validators/`
 * or the root, where `operation-validators.js` is); the functions of `ownTsName` are this
 * module's own.
 */
export function moduleScope(module: ModuleWriter, place: 'validators' | 'root', ownTsName?: string): ValidatorScope {
  const own = new Map<string, Name>();
  return {
    helper: (name) => module.import(place === 'validators' ? VALIDATION_MODULE.fromValidators : VALIDATION_MODULE.fromRoot, name),
    validator: (tsName, functionName) => {
      if (tsName !== ownTsName) return module.import(place === 'validators' ? siblingSpecifier(tsName) : `./validators/${tsName}.js`, functionName);
      let name = own.get(functionName);
      if (!name) own.set(functionName, (name = module.declare(functionName)));
      return name;
    },
  };
}
