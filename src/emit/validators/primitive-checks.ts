import type { EdmPrimitive } from '../../parse/page-facts.js';

/** How one OData primitive is checked. */
export interface PrimitiveCheck {
  /** A condition over a variable, true where the value is NOT valid: `typeof v !== "string"`. */
  failure: (variable: string) => string;
  /** Runtime helpers the condition calls. */
  helpers: string[];
}

const string = (helper?: string): PrimitiveCheck => ({
  failure: (v) => (helper ? `(typeof ${v} !== "string" || !${helper}(${v}))` : `typeof ${v} !== "string"`),
  helpers: helper ? [helper] : [],
});

/** An integer in [min, max]; `(v | 0) === v` decides 32-bit integers without a call. */
const integer = (min: number, max: number): PrimitiveCheck => ({
  failure: (v) =>
    min === -2147483648 && max === 2147483647
      ? `(typeof ${v} !== "number" || (${v} | 0) !== ${v})`
      : `(typeof ${v} !== "number" || (${v} | 0) !== ${v} || ${v} < ${min} || ${v} > ${max})`,
  helpers: [],
});

const number: PrimitiveCheck = { failure: (v) => `(typeof ${v} !== "number" || !Number.isFinite(${v}))`, helpers: [] };

/**
 * Each primitive as JSON carries it (OData JSON format): numbers for the numeric types, strings
 * in the OData literal forms for dates, times, durations, GUIDs and binary. `Edm.Int64` is a
 * number here, as in the generated interfaces; values past 2^53 lose precision in JSON.parse
 * but stay integers, so the range check is against ±2^63.
 */
export const PRIMITIVE_CHECKS: Record<EdmPrimitive, PrimitiveCheck> = {
  'Edm.String': string(),
  'Edm.Stream': string(),
  'Edm.Boolean': { failure: (v) => `typeof ${v} !== "boolean"`, helpers: [] },
  'Edm.Byte': integer(0, 255),
  'Edm.SByte': integer(-128, 127),
  'Edm.Int16': integer(-32768, 32767),
  'Edm.Int32': integer(-2147483648, 2147483647),
  'Edm.Int64': {
    failure: (v) => `(typeof ${v} !== "number" || !Number.isInteger(${v}) || ${v} < -9.223372036854776e18 || ${v} > 9.223372036854776e18)`,
    helpers: [],
  },
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
