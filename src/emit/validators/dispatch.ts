import type { StructuredType } from '../../model/schema-model.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { literal } from './code.js';
import type { ImportSet } from './imports.js';
import { validatorNames } from './names.js';

/**
 * Polymorphism: an object whose `@odata.type` names a type derived from the expected one is
 * checked by that type's validator. The service writes `#microsoft.graph.user`; requests (and
 * many docs examples) write `microsoft.graph.user`, which the service accepts too, so both
 * forms name the type.
 */
export const DERIVED_CHECK = 'derivedCheck';
export const DERIVED_VALIDATION = 'derivedValidation';

/** The `@odata.type` values that name `type` itself. */
export function odataTypeValues(type: StructuredType): string[] {
  return [`#${type.qualifiedName}`, type.qualifiedName];
}

/** A condition over `variable`, true where it is present and does not name `type` itself. */
export function odataTypeTest(type: StructuredType, variable: string): string {
  return [`${variable} !== undefined`, ...odataTypeValues(type).map((value) => `${variable} !== ${literal(value)}`)].join(' && ');
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
 * Module-level statements: for a type with derived types, two lookups from `@odata.type` to
 * the derived type's `_is...` and `_validate...`, built on first use (building them while the
 * module loads would read imports that a cycle of modules may not have initialised yet).
 */
export function dispatchStatements(type: StructuredType, hierarchy: TypeHierarchy, imports: ImportSet): string[] {
  const derived = hierarchy.derived(type);
  if (derived.length === 0) return [];
  imports.helperType('TypeCheck', 'TypeValidation');
  const entries = (kind: 'check' | 'collect'): string =>
    derived
      .flatMap((candidate) => {
        const name = validatorNames(candidate.tsName)[kind];
        imports.validator(candidate.tsName, name);
        return odataTypeValues(candidate).map((value) => `[${literal(value)}, ${name}]`);
      })
      .join(', ');
  return [
    'let derivedChecks: Map<string, TypeCheck> | undefined;',
    'let derivedValidations: Map<string, TypeValidation> | undefined;',
    `/** The check of the derived type that \`@odata.type\` names, if it names one. */
function ${DERIVED_CHECK}(t: unknown): TypeCheck | undefined {
  if (typeof t !== "string") return undefined;
  derivedChecks ??= new Map<string, TypeCheck>([${entries('check')}]);
  return derivedChecks.get(t);
}`,
    `/** The validation of the derived type that \`@odata.type\` names, if it names one. */
function ${DERIVED_VALIDATION}(t: unknown): TypeValidation | undefined {
  if (typeof t !== "string") return undefined;
  derivedValidations ??= new Map<string, TypeValidation>([${entries('collect')}]);
  return derivedValidations.get(t);
}`,
  ];
}
