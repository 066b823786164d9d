/**
 * The short text the manifest writes a type reference or a value shape in, close to how the
 * docs write a type cell, and its reader:
 *
 *   shape     := ('readonly ')? ('required ')? reference ('[]')? ('?')?
 *   reference := primitive | 'json' | 'unknown' | '#' name | 'enum:' name | 'open-enum:' name
 *   primitive := the Edm name without `Edm.`: `String`, `Int32`, `DateTimeOffset`, ...
 *   name      := a qualified name: `user` for `microsoft.graph.user`, `:contoso.widget` outside it
 *
 * So `#assignedLicense[]` is a collection of microsoft.graph.assignedLicense, `String?` a
 * string or null, and `readonly enum:ageGroup?` a read-only microsoft.graph.ageGroup or null.
 * Names are escaped (`%` and four hex digits for each UTF-16 unit outside `A-Za-z0-9_.$@-`),
 * so that no name, whatever the docs call things, reads as syntax.
 */
import type { EdmPrimitive } from '../parse/page-facts.js';
import type { ResolvedType } from '../model/schema-model.js';

/** A summary the manifest cannot be read as: hand-edited, cut short, or from another writer. */
export class SummaryFormatError extends Error {}

/** Every Edm primitive, checked complete by the compiler, so that reading accepts exactly these. */
const PRIMITIVES: Record<EdmPrimitive, true> = {
  'Edm.String': true,
  'Edm.Boolean': true,
  'Edm.Byte': true,
  'Edm.SByte': true,
  'Edm.Int16': true,
  'Edm.Int32': true,
  'Edm.Int64': true,
  'Edm.Single': true,
  'Edm.Double': true,
  'Edm.Decimal': true,
  'Edm.Guid': true,
  'Edm.Date': true,
  'Edm.DateTimeOffset': true,
  'Edm.TimeOfDay': true,
  'Edm.Duration': true,
  'Edm.Binary': true,
  'Edm.Stream': true,
};

const EDM = 'Edm.';
/** The namespace almost every name is in, left out of names to keep lines short. */
const HOME_NAMESPACE = 'microsoft.graph.';
const OUTSIDE_HOME = ':';

/** Characters a name keeps as they are; every other UTF-16 unit is escaped. */
const UNSAFE = /[^A-Za-z0-9_.$@-]/g;

export function escapeName(name: string): string {
  return name.replace(UNSAFE, (unit) => `%${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function unescapeName(text: string): string {
  if (/[^A-Za-z0-9_.$@%-]|%(?![0-9a-f]{4})/.test(text)) throw new SummaryFormatError(`not an escaped name: ${JSON.stringify(text)}`);
  return text.replace(/%([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `microsoft.graph.user` → `user`; `contoso.widget` → `:contoso.widget`; escaped. */
export function qualifiedNameText(qualifiedName: string): string {
  return qualifiedName.startsWith(HOME_NAMESPACE) ? escapeName(qualifiedName.slice(HOME_NAMESPACE.length)) : OUTSIDE_HOME + escapeName(qualifiedName);
}

export function readQualifiedName(text: string): string {
  return text.startsWith(OUTSIDE_HOME) ? unescapeName(text.slice(OUTSIDE_HOME.length)) : HOME_NAMESPACE + unescapeName(text);
}

const TYPE = '#';
const ENUM = 'enum:';
const OPEN_ENUM = 'open-enum:';

export function referenceText(type: ResolvedType): string {
  switch (type.kind) {
    case 'primitive':
      return type.edm.slice(EDM.length);
    case 'type':
      return TYPE + qualifiedNameText(type.type);
    case 'enum':
      return (type.open ? OPEN_ENUM : ENUM) + qualifiedNameText(type.enum);
    case 'json':
    case 'unknown':
      return type.kind;
  }
}

export function readReference(text: string): ResolvedType {
  if (text.startsWith(TYPE)) return { kind: 'type', type: readQualifiedName(text.slice(TYPE.length)) };
  if (text.startsWith(ENUM)) return { kind: 'enum', enum: readQualifiedName(text.slice(ENUM.length)) };
  if (text.startsWith(OPEN_ENUM)) return { kind: 'enum', enum: readQualifiedName(text.slice(OPEN_ENUM.length)), open: true };
  if (text === 'json' || text === 'unknown') return { kind: text };
  const edm = EDM + text;
  if (Object.hasOwn(PRIMITIVES, edm)) return { kind: 'primitive', edm: edm as EdmPrimitive };
  throw new SummaryFormatError(`not a type reference: ${JSON.stringify(text)}`);
}

/** A value shape and the flags a property or parameter adds to it. */
export interface Shape {
  type: ResolvedType;
  collection: boolean;
  nullable: boolean;
  readOnly: boolean;
  required: boolean;
}

const READ_ONLY = 'readonly ';
const REQUIRED = 'required ';
const COLLECTION = '[]';
const NULLABLE = '?';

export function shapeText(shape: Shape): string {
  return `${shape.readOnly ? READ_ONLY : ''}${shape.required ? REQUIRED : ''}${referenceText(shape.type)}${shape.collection ? COLLECTION : ''}${shape.nullable ? NULLABLE : ''}`;
}

export function readShape(text: string): Shape {
  let rest = text;
  const take = (affix: string, at: 'start' | 'end'): boolean => {
    const found = at === 'start' ? rest.startsWith(affix) : rest.endsWith(affix);
    if (found) rest = at === 'start' ? rest.slice(affix.length) : rest.slice(0, -affix.length);
    return found;
  };
  const readOnly = take(READ_ONLY, 'start');
  const required = take(REQUIRED, 'start');
  const nullable = take(NULLABLE, 'end');
  const collection = take(COLLECTION, 'end');
  return { type: readReference(rest), collection, nullable, readOnly, required };
}

/** The shape a name alone stands for: a string, single, not null, not read-only, optional. */
const PLAIN: Shape = { type: { kind: 'primitive', edm: 'Edm.String' }, collection: false, nullable: false, readOnly: false, required: false };
const PLAIN_TEXT = shapeText(PLAIN);

/** `mail String?`; a plain string (the common query parameter) is its name alone: `$select`. */
export function namedShapeText(name: string, shape: Shape): string {
  const text = shapeText(shape);
  return text === PLAIN_TEXT ? escapeName(name) : `${escapeName(name)} ${text}`;
}

export function readNamedShape(text: string): { name: string; shape: Shape } {
  const space = text.indexOf(' ');
  if (space < 0) return { name: unescapeName(text), shape: { ...PLAIN } };
  return { name: unescapeName(text.slice(0, space)), shape: readShape(text.slice(space + 1)) };
}
