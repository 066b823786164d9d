/**
 * What changed between the model behind an earlier output (the summary its manifest keeps) and
 * a new one, for people reviewing a regeneration. Pure: no I/O. Either side may be a whole
 * `SchemaModel` or its summary (`compare/model-summary.ts`): only what a summary holds is read.
 *
 * Matching: types and enums by qualified name, properties by name within their type, enum
 * members by name, operations as `compareOperations` says (id, method and path; then method
 * and path; then id).
 *
 * Breaking means, from the side of code that uses the generated output: something that was
 * valid against the old output is not valid against the new one. So these are breaking:
 * - a type, enum, property, enum member or operation removed (a property that moved to a base
 *   type is still there, and is only "changed");
 * - a type or enum exported under another TypeScript name;
 * - a property's or parameter's type narrowed: anything but the widenings `typeWidens` lists
 *   (becoming nullable, an enum becoming open or the string it is written as, a narrower
 *   integer becoming a wider one, ...); single ↔ collection; nullable → not nullable;
 * - a property becoming read-only (create and update bodies no longer take it); a type no
 *   longer open (strict validation rejects unknown properties);
 * - a base type change that loses any of the old base's properties;
 * - a request body property or parameter, or a query parameter or header, newly required or
 *   removed; a request body of another kind or type;
 * - an operation's id, method or path changing, an alternative path removed, a response
 *   removed or answering another body (unless the old one was undocumented).
 * Additions are not breaking. Descriptions, sources, positions and what follows from other
 * facts (derived types, the read-only properties a body omits) are not compared at all.
 */
import { compareOperations } from './compare/compare-operations.js';
import { change, compareChanges, type ComparedModel, type ModelChange, type ModelChanges } from './compare/model-change.js';
import { compareShapes, describeShape, type ModelIndex } from './compare/widening.js';
import type { EnumSummary, PropertySummary, TypeSummary } from './compare/model-summary.js';

export type { ChangeKind, ChangeSubject, ComparedModel, ModelChange, ModelChanges, SubjectKind } from './compare/model-change.js';
export type { ModelSummary } from './compare/model-summary.js';
export { SUBJECT_KINDS } from './compare/model-change.js';

export function compareModels(before: ComparedModel, after: ComparedModel): ModelChanges {
  // The same model: no need to look.
  if (before.types === after.types && before.enums === after.enums && before.operations === after.operations) return { changes: [] };
  const sides = { before: indexOf(before), after: indexOf(after) };
  const changes: ModelChange[] = [];
  for (const [qualifiedName, old] of sides.before.types) {
    const now = sides.after.types.get(qualifiedName);
    if (now) changes.push(...compareType(old, now, sides));
    else changes.push(change('removed', { kind: 'type', type: qualifiedName }, true));
  }
  for (const qualifiedName of sides.after.types.keys()) {
    if (!sides.before.types.has(qualifiedName)) changes.push(change('added', { kind: 'type', type: qualifiedName }, false));
  }
  for (const [qualifiedName, old] of sides.before.enums) {
    const now = sides.after.enums.get(qualifiedName);
    if (now) changes.push(...compareEnum(old, now));
    else changes.push(change('removed', { kind: 'enum', enum: qualifiedName }, true));
  }
  for (const qualifiedName of sides.after.enums.keys()) {
    if (!sides.before.enums.has(qualifiedName)) changes.push(change('added', { kind: 'enum', enum: qualifiedName }, false));
  }
  changes.push(...compareOperations(before.operations, after.operations, sides));
  return { changes: changes.sort(compareChanges) };
}

type Sides = { before: ModelIndex; after: ModelIndex };

function indexOf(model: ComparedModel): ModelIndex {
  return {
    types: new Map(model.types.map((type) => [type.qualifiedName, type])),
    enums: new Map(model.enums.map((enumType) => [enumType.qualifiedName, enumType])),
  };
}

function compareType(old: TypeSummary, now: TypeSummary, sides: Sides): ModelChange[] {
  const subject = { kind: 'type', type: now.qualifiedName } as const;
  const changes: ModelChange[] = [];
  if (old.tsName !== now.tsName) changes.push(change('changed', subject, true, `exported as ${old.tsName} → ${now.tsName}`));
  if (old.openType !== now.openType) changes.push(change('changed', subject, old.openType, now.openType ? 'now an open type' : 'no longer an open type'));
  if ((old.baseType ?? '') !== (now.baseType ?? '')) {
    // Breaking where a property the old base gave the type is gone; the new base may give them all.
    const had = old.baseType ? allProperties(old.baseType, sides.before) : new Map<string, Inherited>();
    const has = allProperties(now.qualifiedName, sides.after);
    const lost = [...had.keys()].some((name) => !has.has(name));
    changes.push(change('changed', subject, lost, `base type ${baseName(old.baseType)} → ${baseName(now.baseType)}`));
  }

  const own = new Map(now.properties.map((property) => [property.name, property]));
  let inherited: Map<string, Inherited> | undefined;
  for (const property of old.properties) {
    const propertySubject = { kind: 'property', type: now.qualifiedName, property: property.name } as const;
    const current = own.get(property.name);
    if (current) {
      changes.push(...compareProperty(propertySubject, property, current, sides));
      continue;
    }
    inherited ??= now.baseType ? allProperties(now.baseType, sides.after) : new Map<string, Inherited>();
    const fromBase = inherited.get(property.name);
    if (!fromBase) {
      changes.push(change('removed', propertySubject, true, describeShape(property)));
      continue;
    }
    const shape = compareShapes(property, fromBase.property, sides);
    changes.push(change('changed', propertySubject, shape?.breaking ?? false, `now inherited from ${baseName(fromBase.owner)}${shape ? `, ${shape.detail}` : ''}`));
  }
  const had = new Set(old.properties.map((property) => property.name));
  for (const property of now.properties) {
    if (!had.has(property.name)) changes.push(change('added', { kind: 'property', type: now.qualifiedName, property: property.name }, false, describeShape(property)));
  }
  return changes;
}

function compareProperty(subject: { kind: 'property'; type: string; property: string }, old: PropertySummary, now: PropertySummary, sides: Sides): ModelChange[] {
  const changes: ModelChange[] = [];
  const shape = compareShapes(old, now, sides);
  if (shape) changes.push(change('changed', subject, shape.breaking, shape.detail));
  if (old.readOnly !== now.readOnly) changes.push(change('changed', subject, now.readOnly, now.readOnly ? 'now read-only' : 'no longer read-only'));
  return changes;
}

interface Inherited {
  property: PropertySummary;
  /** The type that declares it. */
  owner: string;
}

/** A type's properties with every inherited one, by name; the nearest declaration wins. */
function allProperties(qualifiedName: string, index: ModelIndex): Map<string, Inherited> {
  const properties = new Map<string, Inherited>();
  const seen = new Set<string>();
  for (let name: string | undefined = qualifiedName; name && !seen.has(name); name = index.types.get(name)?.baseType) {
    seen.add(name);
    for (const property of index.types.get(name)?.properties ?? []) if (!properties.has(property.name)) properties.set(property.name, { property, owner: name });
  }
  return properties;
}

function compareEnum(old: EnumSummary, now: EnumSummary): ModelChange[] {
  const changes: ModelChange[] = [];
  if (old.tsName !== now.tsName) changes.push(change('changed', { kind: 'enum', enum: now.qualifiedName }, true, `exported as ${old.tsName} → ${now.tsName}`));
  const had = new Set(old.members.map((member) => member.name));
  const has = new Set(now.members.map((member) => member.name));
  for (const member of had) if (!has.has(member)) changes.push(change('removed', { kind: 'enum member', enum: now.qualifiedName, member }, true));
  for (const member of has) if (!had.has(member)) changes.push(change('added', { kind: 'enum member', enum: now.qualifiedName, member }, false));
  return changes;
}

function baseName(qualifiedName: string | undefined): string {
  return qualifiedName ? describeShape({ type: { kind: 'type', type: qualifiedName }, collection: false, nullable: false }) : 'none';
}
