import type { EdmPrimitive } from '../../parse/page-facts.js';

/** A JSON Schema (2020-12) object; plain data. */
export type JsonSchema = { [keyword: string]: unknown };

const integer = (minimum: number, maximum: number): JsonSchema => ({ type: 'integer', minimum, maximum });

/**
 * Each OData primitive as a schema. Standard formats where they mean what OData means
 * (`date-time`, `date`, `uuid`); patterns where no standard format fits: OData's TimeOfDay has
 * no time zone, its Duration has days, hours, minutes and fractional seconds only, and Binary
 * is base64 in either alphabet. Patterns are linear: no nested or overlapping repetition.
 */
export const PRIMITIVE_SCHEMAS: Record<EdmPrimitive, JsonSchema> = {
  'Edm.String': { type: 'string' },
  'Edm.Stream': { type: 'string' },
  'Edm.Boolean': { type: 'boolean' },
  'Edm.Byte': integer(0, 255),
  'Edm.SByte': integer(-128, 127),
  'Edm.Int16': integer(-32768, 32767),
  'Edm.Int32': integer(-2147483648, 2147483647),
  'Edm.Int64': integer(-9223372036854775808, 9223372036854775807),
  'Edm.Single': { type: 'number' },
  'Edm.Double': { type: 'number' },
  'Edm.Decimal': { type: 'number' },
  'Edm.Guid': { type: 'string', format: 'uuid' },
  'Edm.Date': { type: 'string', format: 'date' },
  'Edm.DateTimeOffset': { type: 'string', format: 'date-time' },
  'Edm.TimeOfDay': { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,12})?)?$' },
  'Edm.Duration': {
    type: 'string',
    pattern: '^-?[Pp](?=[0-9Tt])([0-9]+[Dd])?([Tt](?=[0-9])([0-9]+[Hh])?([0-9]+[Mm])?([0-9]+(\\.[0-9]+)?[Ss])?)?$',
  },
  'Edm.Binary': {
    type: 'string',
    contentEncoding: 'base64',
    pattern: '^([A-Za-z0-9+/_-]{4})*([A-Za-z0-9+/_-]{2}(==)?|[A-Za-z0-9+/_-]{3}=?)?$',
  },
};
