import type { EdmPrimitive } from '../../parse/page-facts.js';
import { Code, Name, _ } from '../code/code.js';
import type { RuntimeHelper, ValidatorScope } from './scope.js';

/** A condition over a variable, true where its value is NOT a valid value of the primitive. */
export type Failure = (variable: Name | Code, scope: ValidatorScope) => Code;

const string =
  (helper?: RuntimeHelper): Failure =>
  (v, scope) =>
    helper ? _`(typeof ${v} !== "string" || !${scope.helper(helper)}(${v}))` : _`typeof ${v} !== "string"`;

/** An integer in [min, max]; `(v | 0) === v` decides 32-bit integers without a call. */
const integer =
  (min: number, max: number): Failure =>
  (v) =>
    min === -2147483648 && max === 2147483647
      ? _`(typeof ${v} !== "number" || (${v} | 0) !== ${v})`
      : _`(typeof ${v} !== "number" || (${v} | 0) !== ${v} || ${v} < ${min} || ${v} > ${max})`;

const number: Failure = (v) => _`(typeof ${v} !== "number" || !Number.isFinite(${v}))`;

/**
 * Each primitive as JSON carries it (OData JSON format): numbers for the numeric types, strings
 * in the OData literal forms for dates, times, durations, GUIDs and binary. `Edm.Int64` is a
 * number here, as in the generated interfaces; values past 2^53 lose precision in JSON.parse
 * but stay integers, so the range check is against ±2^63.
 */
export const PRIMITIVE_CHECKS: Record<EdmPrimitive, Failure> = {
  'Edm.String': string(),
  'Edm.Stream': string(),
  'Edm.Boolean': (v) => _`typeof ${v} !== "boolean"`,
  'Edm.Byte': integer(0, 255),
  'Edm.SByte': integer(-128, 127),
  'Edm.Int16': integer(-32768, 32767),
  'Edm.Int32': integer(-2147483648, 2147483647),
  'Edm.Int64': (v) => _`(typeof ${v} !== "number" || !Number.isInteger(${v}) || ${v} < -9.223372036854776e18 || ${v} > 9.223372036854776e18)`,
  'Edm.Single': number,
  'Edm.Double': number,
  'Edm.Decimal': number,
  'Edm.Guid': string('matchesGuid'),
  'Edm.Date': string('matchesDate'),
  'Edm.DateTimeOffset': string('matchesDateTimeOffset'),
  'Edm.TimeOfDay': string('matchesTimeOfDay'),
  'Edm.Duration': string('matchesDuration'),
  'Edm.Binary': string('matchesBinary'),
};

/** `Edm.Int32` → `Int32`, as the docs write it. */
export function primitiveLabel(edm: EdmPrimitive): string {
  return edm.slice('Edm.'.length);
}
