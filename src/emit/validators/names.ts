/** Where validators go and what their functions are called; one place, so files and imports agree. */

export const VALIDATORS = 'validators';

/** `validators/Widget.ts`. */
export function validatorPath(tsName: string): string {
  return `${VALIDATORS}/${tsName}.ts`;
}

/**
 * The names one validator file exports. TypeScript names are PascalCase and unique
 * case-insensitively, so `is`/`validate`/`assert` + name never meet each other, a type, an
 * enum's `...Values` constant or a runtime helper (those start with other words). The
 * `_`-prefixed functions are the recursive workers other validator files call.
 */
export interface ValidatorNames {
  is: string;
  validate: string;
  assert: string;
  /** `_isWidget(value, depth, strict): boolean`. */
  check: string;
  /** `_validateWidget(value, path, depth, context): void`. */
  collect: string;
}

export function validatorNames(tsName: string): ValidatorNames {
  return {
    is: `is${tsName}`,
    validate: `validate${tsName}`,
    assert: `assert${tsName}`,
    check: `_is${tsName}`,
    collect: `_validate${tsName}`,
  };
}

/** The runtime helpers module, as imported from a validator file. */
export const RUNTIME_MODULE = '../runtime/validation.js';
