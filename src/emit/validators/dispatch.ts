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
 * or without `#`, as the service and requests write it).
 */
export interface Dispatch {
  /** `derivedType(odataType)`: the derived type's `[check, validation]`, or undefined; none without derived types. */
  lookup(): Name | undefined;
  /** Writes the lookup, if asked for, at the end of the module. */
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
 * The lookup from `@odata.type` to a derived type's functions, written at the end of the
 * module. Its map is built on first use: building it while the module loads would read imports
 * that a cycle of modules may not have initialised yet.
 */
export function writeDispatch(module: ModuleWriter, type: StructuredType, hierarchy: TypeHierarchy, scope: ValidatorScope): Dispatch {
  const derived = hierarchy.derived(type);
  if (derived.length === 0) return { lookup: () => undefined, write: () => {} };
  let name: Name | undefined;
  return {
    lookup: () => (name ??= module.declare('derivedType')),
    write: () => {
      if (!name) return;
      const map = module.declare('derivedTypeMap');
      const entries = derived.map((candidate) => {
        const names = validatorNames(candidate.tsName);
        return _`[${candidate.qualifiedName}, ${scope.validator(candidate.tsName, names.check)}, ${scope.validator(candidate.tsName, names.collect)}]`;
      });
      module.body.blank().line(_`let ${map};`);
      writeFunction(module.body, { name, parameters: [ODATA_TYPE_VALUE], doc: ['The check and the validation of the derived type `@odata.type` names, if it names one.'] }, (body) => {
        body.line(_`${map} ??= ${scope.helper('derivedTypes')}([${joinCode(entries, _`, `)}]);`);
        body.line(_`return typeof ${ODATA_TYPE_VALUE} === "string" ? ${map}.get(${ODATA_TYPE_VALUE}) : undefined;`);
      });
    },
  };
}
