/**
 * Helpers shared by the generated validators (`validators/*.ts`): the error record, options,
 * format checks for the OData primitives and JSON Pointer building. No dependencies.
 *
 * What `isWidget(value)` checks, as the docs describe a widget:
 * - `value` is an object (not an array, not null), and so is every nested object;
 * - each documented property, inherited ones included, that is present has its documented
 *   type: collections are arrays; enums hold one of their members (a property the docs type as
 *   String, listing values in prose, holds any string); `null` only where the docs allow it;
 *   primitives in their OData JSON form (Int32 a whole number in range, Guid, Date,
 *   DateTimeOffset, TimeOfDay, Duration and Binary strings in their OData formats);
 * - `@odata.type`, where present, names the type or a documented type derived from it (with or
 *   without `#`), and a derived type's own rules then apply;
 * - instance annotations (names with `@`: `@odata.etag`, `members@odata.nextLink`) are accepted;
 *   so are other unknown properties, unless `strict`;
 * - objects nested deeper than `maxDepth` are rejected ("too deep"), so cyclic or hostile
 *   input cannot exhaust the stack; nothing any input does makes a validator throw.
 *
 * Format checks are written as character scans, not regular expressions: they run in time
 * linear in the input and cannot backtrack.
 */

/** One problem found by a `validate...` function. */
export interface ValidationError {
  /** JSON Pointer (RFC 6901) to the offending value: `/assignedLicenses/0/skuId`; `''` is the root. */
  path: string;
  /** What the docs say belongs there: `Guid`, `Collection(String) or null`, `microsoft.graph.user`, ... */
  expected: string;
  /** What is there, briefly: `number 3.5`, `string "abc"`, `null`, `array (2 items)`. */
  found: string;
  /** The docs page that defines the property (or the type, for errors about the object itself). */
  source: string;
}

export interface ValidationOptions {
  /**
   * Reject properties the docs do not list. Instance annotations (any name containing `@`,
   * such as `@odata.etag` or `members@odata.nextLink`) are accepted all the same, and so is
   * every property of an open type. Default: false, since the service adds properties over time.
   */
  strict?: boolean;
  /** Objects nested deeper than this are rejected as too deep (protects the stack). Default: 100. */
  maxDepth?: number;
}

/** Thrown by the `assert...` functions: every error, and a message that lists them. */
export class ValidationFailedError extends TypeError {
  readonly typeName: string;
  readonly errors: readonly ValidationError[];

  constructor(typeName: string, errors: readonly ValidationError[]) {
    const lines = errors.map((error) => `  ${error.path || '(root)'}: expected ${error.expected}, found ${error.found} (${error.source})`);
    super(`not a valid ${typeName}: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}\n${lines.join('\n')}`);
    this.name = 'ValidationFailedError';
    this.typeName = typeName;
    this.errors = errors;
  }
}

/** State of one `validate...` call, handed through the generated functions. */
export interface ValidationContext {
  errors: ValidationError[];
  strict: boolean;
  maxDepth: number;
}

/** A validated check of one derived type, as the generated dispatch tables hold them. */
/**
 * `isWidget(value, options?)`: whether `value` is a `T` by the rules above. Never throws: a value
 * whose properties throw when read, or nested deeper than `maxDepth`, is not one.
 */
export type IsValidFunction<T> = (value: unknown, options?: ValidationOptions) => value is T;
/** `validateWidget(value, options?)`: every reason `value` is not valid, each with its JSON Pointer; empty where it is. */
export type ValidateFunction = (value: unknown, options?: ValidationOptions) => ValidationError[];
/** `assertWidget(value, options?)`: throws a {@link ValidationFailedError} listing every reason `value` is not a `T`. */
export type AssertFunction<T> = (value: unknown, options?: ValidationOptions) => asserts value is T;
/** `isColor(value)`: whether `value` is a member of the enum `T` (by name, case-sensitive). */
export type IsMemberFunction<T> = (value: unknown) => value is T;
/** `validateColor(value)`: the error (one at most) that makes `value` not a member of the enum. */
export type ValidateMemberFunction = (value: unknown) => ValidationError[];
/** `assertColor(value)`: throws a {@link ValidationFailedError} where `value` is not a member of the enum `T`. */
export type AssertMemberFunction<T> = (value: unknown) => asserts value is T;

/** A generated check of one type, as the dispatch tables of derived types hold them. */
export type TypeCheck = (value: unknown, depth: number, strict: boolean) => boolean;
export type TypeValidation = (value: unknown, path: string, depth: number, context: ValidationContext) => void;

export const DEFAULT_MAX_DEPTH = 100;

export function maxDepthOf(options: ValidationOptions | undefined): number {
  const depth = options?.maxDepth;
  return typeof depth === 'number' && depth >= 1 ? Math.floor(depth) : DEFAULT_MAX_DEPTH;
}

export function createValidationContext(options: ValidationOptions | undefined): ValidationContext {
  return { errors: [], strict: options?.strict === true, maxDepth: maxDepthOf(options) };
}

/** Runs a generated validation from the root, reporting a throw it could not attribute to a property. */
export function collectErrors(validation: TypeValidation, value: unknown, options: ValidationOptions | undefined, source: string): ValidationError[] {
  const context = createValidationContext(options);
  try {
    validation(value, '', context.maxDepth, context);
  } catch (error) {
    reportThrown(context, '', error, source);
  }
  return context.errors;
}

/** Throws a {@link ValidationFailedError} where there are errors. */
export function throwIfInvalid(typeName: string, errors: readonly ValidationError[]): void {
  if (errors.length > 0) throw new ValidationFailedError(typeName, errors);
}

/**
 * A type's `isWidget`, from its generated check: never throws. `isWidget`, `validateWidget` and
 * `assertWidget` are made apart (each a constant of its own), so that a bundle of one holds
 * nothing of the others.
 */
export function isValidOf<T>(check: TypeCheck): IsValidFunction<T> {
  return (value, options): value is T => {
    try {
      return check(value, maxDepthOf(options), options?.strict === true);
    } catch {
      return false;
    }
  };
}

/** A type's `validateWidget`: every error its generated validation finds from the root, citing `source` for a throw it cannot place. */
export function validatorOf(validation: TypeValidation, source: string): ValidateFunction {
  return (value, options) => collectErrors(validation, value, options, source);
}

/**
 * An enum's `validateColor`: the error, if any, that makes `value` not one of `members`. The
 * generated membership test (`isColor`) decides; the members are listed only in an error.
 */
export function memberValidatorOf(isMember: (value: unknown) => boolean, typeName: string, members: Iterable<string>, source: string): ValidateMemberFunction {
  let expected: string | undefined;
  return (value) => {
    if (isMember(value)) return [];
    expected ??= `${typeName} (${[...members].join(' | ') || 'no members'})`;
    return [{ path: '', expected, found: describeValue(value), source }];
  };
}

/** `assertWidget`, `assertColor`: throws a {@link ValidationFailedError} listing what `validate` finds. */
export function asserterOf<T>(typeName: string, validate: ValidateFunction): AssertFunction<T> {
  return (value, options) => throwIfInvalid(typeName, validate(value, options));
}

/**
 * The types derived from one type, by `@odata.type`: the service writes `#microsoft.graph.user`,
 * requests (and many docs examples) write `microsoft.graph.user`, so both name the type. Each
 * entry is one of the derived type's functions: its check, or its validation.
 */
export function derivedTypes<F extends TypeCheck | TypeValidation>(entries: readonly (readonly [qualifiedName: string, lookup: F])[]): Map<string, F> {
  const byName = new Map<string, F>();
  for (const [name, lookup] of entries) byName.set(`#${name}`, lookup).set(name, lookup);
  return byName;
}

/** Names an object inherits from `Object.prototype`: such a property counts only where it is the object's own. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * For a create or update body: reports each `required` property (name and what it should be)
 * that `body` lacks, and, with `strict`, each `readOnly` one it has.
 */
export function reportBodyKeys(body: object, required: readonly (readonly [name: string, expected: string])[], readOnly: readonly string[], context: ValidationContext, source: string): void {
  try {
    const read = (key: string): unknown => (PROTOTYPE_KEYS.has(key) ? ownValue(body, key) : (body as Record<string, unknown>)[key]);
    for (const [key, expected] of required) {
      if (read(key) === undefined) context.errors.push({ path: `/${pointerToken(key)}`, expected: `${expected} (required)`, found: describeValue(undefined), source });
    }
    if (!context.strict) return;
    for (const key of readOnly) {
      const value = read(key);
      if (value !== undefined) report(context, `/${pointerToken(key)}`, 'no read-only property (strict)', value, source);
    }
  } catch (error) {
    reportThrown(context, '', error, source);
  }
}

/**
 * Where a generated validation starts on a value: reports it where it is not an object
 * (`expected` names the type) or is nested deeper than the context allows, else says its
 * properties are to be validated.
 */
export function isObjectToValidate(value: unknown, path: string, depth: number, context: ValidationContext, expected: string, source: string): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(context, path, expected, value, source);
    return false;
  }
  if (depth <= 0) {
    reportTooDeep(context, path, source);
    return false;
  }
  return true;
}

export function report(context: ValidationContext, path: string, expected: string, value: unknown, source: string): void {
  context.errors.push({ path, expected, found: describeValue(value), source });
}

export function reportTooDeep(context: ValidationContext, path: string, source: string): void {
  context.errors.push({ path, expected: `at most ${context.maxDepth} levels of nested objects`, found: 'too deep', source });
}

export function reportThrown(context: ValidationContext, path: string, error: unknown, source: string): void {
  let message: string;
  try {
    message = error instanceof Error ? error.message : String(error);
  } catch {
    message = 'unknown error';
  }
  context.errors.push({ path, expected: 'readable properties', found: `reading threw: ${message}`, source });
}

/** The properties of `value` that are neither in `known` nor instance annotations, as pointer paths. */
export function reportUnknownKeys(value: object, known: ReadonlySet<string>, path: string, context: ValidationContext, source: string): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key) && key.indexOf('@') < 0) {
      context.errors.push({ path: `${path}/${pointerToken(key)}`, expected: 'no such property (strict)', found: describeValue((value as Record<string, unknown>)[key]), source });
    }
  }
}

/** True where every property of `value` is in `known` or is an instance annotation. */
export function onlyKnownKeys(value: object, known: ReadonlySet<string>): boolean {
  for (const key of Object.keys(value)) {
    if (!known.has(key) && key.indexOf('@') < 0) return false;
  }
  return true;
}

/** A property that only counts where it is the object's own (names such as `constructor`). */
export function ownValue(value: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** One reference token of a JSON Pointer (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function pointerToken(key: string): string {
  return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace(/~/g, '~0').replace(/\//g, '~1');
}

const SHOWN_STRING = 60;

/** A short description of a value for error messages; never throws. */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (Array.isArray(value)) return `array (${value.length} ${value.length === 1 ? 'item' : 'items'})`;
    switch (typeof value) {
      case 'string':
        return `string ${JSON.stringify(value.length > SHOWN_STRING ? `${value.slice(0, SHOWN_STRING)}…` : value)}`;
      case 'number':
      case 'boolean':
        return `${typeof value} ${String(value)}`;
      case 'bigint':
        return `bigint ${String(value)}n`;
      case 'object':
        return 'object';
      default:
        return typeof value;
    }
  } catch {
    return 'an unreadable value';
  }
}

/**
 * `undefined` where `value` is a JSON object (a plain object whose values are JSON values, to
 * `depth` levels), else what is wrong with it.
 */
export function jsonObjectProblem(value: unknown, depth: number): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlain(value)) return 'not a JSON object';
  return jsonProblem(value, depth);
}

function jsonProblem(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : 'a number JSON cannot hold';
    case 'object': {
      if (value === null) return undefined;
      if (depth <= 0) return 'too deep';
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const problem = jsonProblem(value[i], depth - 1);
          if (problem !== undefined) return problem;
        }
        return undefined;
      }
      if (!isPlain(value)) return 'an object that is not plain data';
      for (const key of Object.keys(value)) {
        const problem = jsonProblem((value as Record<string, unknown>)[key], depth - 1);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    default:
      return `a ${typeof value}, which JSON cannot hold`;
  }
}

function isPlain(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

// OData primitive formats (OData ABNF, http://docs.oasis-open.org/odata/odata/v4.01/os/abnf/odata-abnf-construction-rules.txt).
// ABNF string literals are case-insensitive, so `t` and `z` are accepted as well as `T` and `Z`.

const ZERO = 48;
const NINE = 57;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** The value of `count` digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
  if (start + count > text.length) return -1;
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i);
    if (code < ZERO || code > NINE) return -1;
    value = value * 10 + (code - ZERO);
  }
  return value;
}

/** `[-]YYYY-MM-DD` with a real day of the month; returns the index after it, or -1. */
function scanDate(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 45 /* - */) i++;
  const yearStart = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  const yearDigits = i - yearStart;
  if (yearDigits < 4 || (yearDigits > 4 && text.charCodeAt(yearStart) === ZERO)) return -1;
  // Only the last four digits matter for the leap-year rule's divisibility by 400.
  const year = digits(text, i - 4, 4);
  if (text.charCodeAt(i) !== 45) return -1;
  const month = digits(text, i + 1, 2);
  if (month < 1 || month > 12 || text.charCodeAt(i + 3) !== 45) return -1;
  const day = digits(text, i + 4, 2);
  if (day < 1 || day > daysInMonth(year, month)) return -1;
  return i + 6;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `hh:mm[:ss[.fffffffffff]]`; returns the index after it, or -1. */
function scanTimeOfDay(text: string, start: number): number {
  const hour = digits(text, start, 2);
  if (hour < 0 || hour > 23 || text.charCodeAt(start + 2) !== 58 /* : */) return -1;
  const minute = digits(text, start + 3, 2);
  if (minute < 0 || minute > 59) return -1;
  let i = start + 5;
  if (text.charCodeAt(i) !== 58) return i;
  const second = digits(text, i + 1, 2);
  if (second < 0 || second > 59) return -1;
  i += 3;
  if (text.charCodeAt(i) !== 46 /* . */) return i;
  const fractionStart = ++i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i - fractionStart >= 1 && i - fractionStart <= 12 ? i : -1;
}

/** OData `Edm.Date`: `2024-05-01`. */
export function matchesDate(text: string): boolean {
  return scanDate(text, 0) === text.length;
}

/** OData `Edm.TimeOfDay`: `08:30`, `08:30:00`, `08:30:00.0000000`. */
export function matchesTimeOfDay(text: string): boolean {
  return scanTimeOfDay(text, 0) === text.length;
}

/** OData `Edm.DateTimeOffset`: `2024-05-01T08:00:00Z`, `2024-05-01T08:00:00.1234567+02:00`. */
export function matchesDateTimeOffset(text: string): boolean {
  let i = scanDate(text, 0);
  if (i < 0) return false;
  const separator = text.charCodeAt(i);
  if (separator !== 84 /* T */ && separator !== 116 /* t */) return false;
  i = scanTimeOfDay(text, i + 1);
  if (i < 0) return false;
  const zone = text.charCodeAt(i);
  if (zone === 90 /* Z */ || zone === 122 /* z */) return i + 1 === text.length;
  if (zone !== 43 /* + */ && zone !== 45 /* - */) return false;
  const hour = digits(text, i + 1, 2);
  const minute = digits(text, i + 4, 2);
  return hour >= 0 && hour <= 23 && text.charCodeAt(i + 3) === 58 && minute >= 0 && minute <= 59 && i + 6 === text.length;
}

/**
 * OData `Edm.Duration`: `[-]P[nD][T[nH][nM][n[.n]S]]` with at least one part, e.g. `PT1H30M`,
 * `P90D`, `PT0.5S`. Years, months and weeks are not part of the OData form.
 */
export function matchesDuration(text: string): boolean {
  let i = 0;
  if (text.charCodeAt(i) === 45) i++;
  const p = text.charCodeAt(i++);
  if (p !== 80 /* P */ && p !== 112) return false;
  let parts = 0;
  let inTime = false;
  let order = 0; // D=1, H=2, M=3, S=4: each part at most once, in this order
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if ((code === 84 || code === 116) && !inTime) {
      inTime = true;
      i++;
      if (i === text.length) return false;
      continue;
    }
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === start) return false;
    let fraction = false;
    if (text.charCodeAt(i) === 46) {
      const fractionStart = ++i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      if (i === fractionStart) return false;
      fraction = true;
    }
    const unit = text.charCodeAt(i++) | 32; // lower case
    const rank = !inTime ? (unit === 100 /* d */ ? 1 : 0) : unit === 104 /* h */ ? 2 : unit === 109 /* m */ ? 3 : unit === 115 /* s */ ? 4 : 0;
    if (rank === 0 || rank <= order || (fraction && rank !== 4)) return false;
    order = rank;
    parts++;
  }
  return parts > 0;
}

/** OData `Edm.Guid`: `8-4-4-4-12` hexadecimal digits. */
export function matchesGuid(text: string): boolean {
  if (text.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const code = text.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code !== 45) return false;
    } else if (!((code >= ZERO && code <= NINE) || ((code | 32) >= 97 && (code | 32) <= 102))) {
      return false;
    }
  }
  return true;
}

/**
 * OData `Edm.Binary`: base64, in the URL-safe alphabet of the OData ABNF or the standard one
 * the service also sends, with or without `=` padding.
 */
export function matchesBinary(text: string): boolean {
  let end = text.length;
  let padding = 0;
  while (end > 0 && text.charCodeAt(end - 1) === 61 /* = */ && padding < 2) {
    end--;
    padding++;
  }
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const alphanumeric = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= ZERO && code <= NINE);
    if (!alphanumeric && code !== 43 && code !== 47 && code !== 45 && code !== 95) return false;
  }
  if (padding > 0 && text.length % 4 !== 0) return false;
  return end % 4 !== 1;
}
