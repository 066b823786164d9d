/**
 * The names the generated validators share, in one place as Ajv keeps its own
 * (`lib/compile/names.ts`), so that each means one thing in every module.
 */
import { Name } from '../code/code.js';

/** The module that re-exports every validator: `validators.js`, declared in one `validators.d.ts`. */
export const VALIDATORS_BARREL = 'validators';

/** The folder of the validator modules. */
export const VALIDATORS = 'validators';

/** `validators/Widget`: the module's path without an extension (`.js` and `.d.ts` are written). */
export function validatorModule(tsName: string): string {
  return `${VALIDATORS}/${tsName}`;
}

/** The module as another validator module imports it. */
export function siblingSpecifier(tsName: string): string {
  return `./${tsName}.js`;
}

/**
 * What one validator module's functions are called. TypeScript names are PascalCase and unique
 * case-insensitively, so `is`/`validate`/`assert` + name never meet each other, a type, an enum's
 * `...Values` constant or a runtime helper. The `_` functions are the recursive workers other
 * validator modules call; the modules export them, their declarations do not.
 */
export interface ValidatorNames {
  is: string;
  validate: string;
  assert: string;
  /** `_isWidget(value, depth, strict): boolean`. */
  check: string;
  /** `_validateWidget(value, path, depth, context): void`. */
  collect: string;
  /**
   * `_checkWidgetProperties(value, depth, strict)` and `_reportWidgetProperties(value, path,
   * depth, context)`: a base type's properties (inherited ones too), which the types derived
   * from it call instead of repeating them. `_check` and `_report` begin no other name.
   */
  checkProperties: string;
  collectProperties: string;
}

export function validatorNames(tsName: string): ValidatorNames {
  return {
    is: `is${tsName}`,
    validate: `validate${tsName}`,
    assert: `assert${tsName}`,
    check: `_is${tsName}`,
    collect: `_validate${tsName}`,
    checkProperties: `_check${tsName}Properties`,
    collectProperties: `_report${tsName}Properties`,
  };
}

/** The value being checked; inside a check, once it is known to be an object, the object. */
export const VALUE = new Name('value');
/** How many more levels of nested objects may be entered. */
export const DEPTH = new Name('depth');
/** Whether unknown properties are errors. */
export const STRICT = new Name('strict');
/** The JSON Pointer of the value being validated. */
export const PATH = new Name('path');
/** The validation under way: its errors and options. */
export const CONTEXT = new Name('context');
/** The caller's `ValidationOptions`. */
export const OPTIONS = new Name('options');
/** The value of the property being checked. */
export const PROPERTY = new Name('property');
/** One element of a collection property, and its index. */
export const ELEMENT = new Name('element');
export const INDEX = new Name('index');
/** The object's `@odata.type`, and the check of the derived type it names. */
export const ODATA_TYPE_VALUE = new Name('odataType');
export const DERIVED = new Name('derived');
export const ERROR = new Name('error');
