import type { EdmPrimitive } from '../../parse/page-facts.js';
import type { ResolvedType } from '../schema-model.js';
import { shortName } from './model-change.js';
import type { EnumSummary, TypeSummary, ValueShape } from './model-summary.js';

export type { ValueShape } from './model-summary.js';

/** One side of a comparison, indexed by qualified name. */
export interface ModelIndex {
  types: ReadonlyMap<string, TypeSummary>;
  enums: ReadonlyMap<string, EnumSummary>;
}

/** The difference between two shapes, or undefined where they accept the same values. */
export interface ShapeChange {
  breaking: boolean;
  /** `String → String or null`. */
  detail: string;
}

export function compareShapes(before: ValueShape, after: ValueShape, sides: { before: ModelIndex; after: ModelIndex }): ShapeChange | undefined {
  const sameType = sameResolvedType(before.type, after.type);
  if (sameType && before.collection === after.collection && before.nullable === after.nullable) return undefined;
  const narrowed =
    before.collection !== after.collection ||
    (before.nullable && !after.nullable) ||
    (!sameType && !typeWidens(before.type, after.type, sides));
  return { breaking: narrowed, detail: `${describeShape(before)} → ${describeShape(after)}` };
}

/** `widgetPart collection or null`, close to how the docs write a type cell. */
export function describeShape(shape: ValueShape): string {
  return `${describeType(shape.type)}${shape.collection ? ' collection' : ''}${shape.nullable ? ' or null' : ''}`;
}

export function describeType(type: ResolvedType): string {
  switch (type.kind) {
    case 'primitive':
      return type.edm.slice('Edm.'.length);
    case 'enum':
      return type.open ? `${shortName(type.enum)} (open)` : shortName(type.enum);
    case 'type':
      return shortName(type.type);
    case 'json':
      return 'JSON object';
    case 'unknown':
      return 'unknown';
  }
}

export function sameResolvedType(a: ResolvedType, b: ResolvedType): boolean {
  switch (a.kind) {
    case 'primitive':
      return b.kind === 'primitive' && a.edm === b.edm;
    case 'enum':
      return b.kind === 'enum' && a.enum === b.enum && (a.open ?? false) === (b.open ?? false);
    case 'type':
      return b.kind === 'type' && a.type === b.type;
    case 'json':
    case 'unknown':
      return a.kind === b.kind;
  }
}

/**
 * True where every value of `before` is a value of `after`, so nothing valid became invalid:
 * anything → unknown; a structured type or JSON → JSON; a type → a base of it; a string
 * format → String; a narrower integer → a wider one or a floating-point type; an enum → an
 * open enum or String; an enum → an enum with all its members.
 */
export function typeWidens(before: ResolvedType, after: ResolvedType, sides: { before: ModelIndex; after: ModelIndex }): boolean {
  if (sameResolvedType(before, after)) return true;
  switch (after.kind) {
    case 'unknown':
      return true;
    case 'json':
      return before.kind === 'type';
    case 'type':
      return before.kind === 'type' && isAncestor(after.type, before.type, sides.after);
    case 'primitive':
      if (before.kind === 'primitive') return primitiveWidens(before.edm, after.edm);
      return before.kind === 'enum' && PLAIN_STRINGS.has(after.edm);
    case 'enum': {
      if (after.open) return before.kind === 'enum' || (before.kind === 'primitive' && isString(before.edm));
      if (before.kind !== 'enum' || before.open) return false;
      const old = sides.before.enums.get(before.enum);
      const now = sides.after.enums.get(after.enum);
      if (!old || !now) return false;
      const members = new Set(now.members.map((member) => member.name));
      return old.members.every((member) => members.has(member.name));
    }
  }
}

/**
 * Whether `ancestor` is a base of `qualifiedName`, directly or not: what the model's
 * `derivedTypes` lists, which follows from the base types and so is not in a summary.
 */
function isAncestor(ancestor: string, qualifiedName: string, index: ModelIndex): boolean {
  const seen = new Set<string>();
  for (let name = index.types.get(qualifiedName)?.baseType; name && !seen.has(name); name = index.types.get(name)?.baseType) {
    if (name === ancestor) return true;
    seen.add(name);
  }
  return false;
}

/** Strings any string passes; the other string primitives check a format. */
const PLAIN_STRINGS: ReadonlySet<EdmPrimitive> = new Set(['Edm.String', 'Edm.Stream']);
const FORMATTED_STRINGS: ReadonlySet<EdmPrimitive> = new Set(['Edm.Guid', 'Edm.Date', 'Edm.DateTimeOffset', 'Edm.TimeOfDay', 'Edm.Duration', 'Edm.Binary']);
/** Any finite number passes these. */
const FLOATS: ReadonlySet<EdmPrimitive> = new Set(['Edm.Single', 'Edm.Double', 'Edm.Decimal']);
/** The ranges the validators check (src/emit/validators/primitive-checks.ts). */
const INTEGER_RANGES: ReadonlyMap<EdmPrimitive, readonly [number, number]> = new Map<EdmPrimitive, readonly [number, number]>([
  ['Edm.Byte', [0, 255]],
  ['Edm.SByte', [-128, 127]],
  ['Edm.Int16', [-32768, 32767]],
  ['Edm.Int32', [-2147483648, 2147483647]],
  ['Edm.Int64', [-9.223372036854776e18, 9.223372036854776e18]],
]);

function isString(edm: EdmPrimitive): boolean {
  return PLAIN_STRINGS.has(edm) || FORMATTED_STRINGS.has(edm);
}

function primitiveWidens(before: EdmPrimitive, after: EdmPrimitive): boolean {
  if (before === after) return true;
  if (PLAIN_STRINGS.has(after)) return isString(before);
  if (FLOATS.has(after)) return FLOATS.has(before) || INTEGER_RANGES.has(before);
  const from = INTEGER_RANGES.get(before);
  const to = INTEGER_RANGES.get(after);
  return from !== undefined && to !== undefined && to[0] <= from[0] && from[1] <= to[1];
}
