import type { StructuredType } from '../../model/schema-model.js';
import { Code, Name, _, joinCode } from '../code/code.js';
import type { ModuleWriter } from '../code/module-writer.js';
import { writeFunction } from '../code/writer.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { ODATA_TYPE_VALUE, validatorNames } from './names.js';
import type { ValidatorScope } from './scope.js';

/**
 * Polymorphism: an object whose `@odata.type` names a type derived from the expected one is
 * checked by that type's validator (`runtime/validation.js` `derivedTypes` accepts the name with
 * or without `#`, as the service and requests write it). The checks and the validations have a
 * lookup each, so that a bundle of `isX` keeps the derived types' checks and none of their
 * validations.
 */
export interface Dispatch {
  /** `derivedCheck(odataType)`: the derived type's `_isY`, or undefined; none without derived types. */
  check(): Name | undefined;
  /** `derivedValidation(odataType)`: the derived type's `_validateY`, or undefined; likewise. */
  validation(): Name | undefined;
  /** Writes the lookups asked for at the end of the module. */
  write(): void;
}

/** The `@odata.type` values that name `type` itself. */
export function odataTypeValues(type: StructuredType): string[] {
  return [`#${type.qualifiedName}`, type.qualifiedName];
}

/** True where `odataType` is present and does not name `type` itself. */
export function odataTypeTest(type: StructuredType): Code {
  return joinCode([_`${ODATA_TYPE_VALUE} !== undefined`, ...odataTypeValues(type).map((value) => _`${ODATA_TYPE_VALUE} !== ${value}`)], _` && `);
}

/** Derived types listed in the error before saying how many more there are. */
const LISTED_DERIVED = 8;

export function odataTypeExpected(type: StructuredType, hierarchy: TypeHierarchy): string {
  const derived = hierarchy.derived(type).map((candidate) => `#${candidate.qualifiedName}`);
  const self = `"#${type.qualifiedName}"`;
  if (derived.length === 0) return self;
  const listed = derived.slice(0, LISTED_DERIVED).join(', ') + (derived.length > LISTED_DERIVED ? `, … (${derived.length} types)` : '');
  return `${self} or a type derived from it (${listed})`;
}

/**
 * The lookups from `@odata.type` to a derived type's functions, written at the end of the
 * module. Each map is built on first use: building it while the module loads would read imports
 * that a cycle of modules may not have initialised yet.
 */
export function writeDispatch(module: ModuleWriter, type: StructuredType, hierarchy: TypeHierarchy, scope: ValidatorScope): Dispatch {
  const derived = hierarchy.derived(type);
  if (derived.length === 0) return { check: () => undefined, validation: () => undefined, write: () => {} };
  let check: Name | undefined;
  let validation: Name | undefined;
  const writeLookup = (name: Name, kind: 'check' | 'collect', doc: string): void => {
    const map = module.declare(`${name.text}Map`);
    const entries = derived.map((candidate) => _`[${candidate.qualifiedName}, ${scope.validator(candidate.tsName, validatorNames(candidate.tsName)[kind])}]`);
    module.body.blank().line(_`let ${map};`);
    writeFunction(module.body, { name, parameters: [ODATA_TYPE_VALUE], doc: [doc] }, (body) => {
      body.line(_`${map} ??= ${scope.helper('derivedTypes')}([${joinCode(entries, _`, `)}]);`);
      body.line(_`return typeof ${ODATA_TYPE_VALUE} === "string" ? ${map}.get(${ODATA_TYPE_VALUE}) : undefined;`);
    });
  };
  return {
    check: () => (check ??= module.declare('derivedCheck')),
    validation: () => (validation ??= module.declare('derivedValidation')),
    write: () => {
      if (check) writeLookup(check, 'check', 'The check of the derived type `@odata.type` names, if it names one.');
      if (validation) writeLookup(validation, 'collect', 'The validation of the derived type `@odata.type` names, if it names one.');
    },
  };
}
