import type { EdmPrimitive } from './page-facts.js';

/**
 * Every primitive spelling the docs use, lower-cased, with its OData type.
 * `Timestamp` is the docs' older word for DateTimeOffset; `Url` and `Uri` are strings.
 */
const PRIMITIVE_WORDS: Record<string, EdmPrimitive> = {
  string: 'Edm.String',
  str: 'Edm.String',
  url: 'Edm.String',
  uri: 'Edm.String',
  boolean: 'Edm.Boolean',
  bool: 'Edm.Boolean',
  byte: 'Edm.Byte',
  sbyte: 'Edm.SByte',
  int16: 'Edm.Int16',
  short: 'Edm.Int16',
  int32: 'Edm.Int32',
  int: 'Edm.Int32',
  integer: 'Edm.Int32',
  int64: 'Edm.Int64',
  long: 'Edm.Int64',
  single: 'Edm.Single',
  float: 'Edm.Single',
  double: 'Edm.Double',
  number: 'Edm.Double',
  decimal: 'Edm.Decimal',
  guid: 'Edm.Guid',
  uuid: 'Edm.Guid',
  date: 'Edm.Date',
  datetimeoffset: 'Edm.DateTimeOffset',
  datetime: 'Edm.DateTimeOffset',
  timestamp: 'Edm.DateTimeOffset',
  timeofday: 'Edm.TimeOfDay',
  duration: 'Edm.Duration',
  binary: 'Edm.Binary',
  stream: 'Edm.Stream',
};

/** `String`, `Edm.String`, `string` → `Edm.String`; undefined for anything that is not a primitive word. */
export function primitiveFor(word: string): EdmPrimitive | undefined {
  const bare = word.trim().replace(/^edm\./i, '').toLowerCase();
  return Object.hasOwn(PRIMITIVE_WORDS, bare) ? PRIMITIVE_WORDS[bare] : undefined;
}
