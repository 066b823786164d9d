/**
 * Builds small schema models by hand for validator tests, in the shape the model stage hands
 * to the emitters (qualified names, TypeScript names, derived types, sources).
 */
import type { EdmPrimitive } from '../../../src/parse/page-facts.js';
import type { EnumType, Property, ResolvedType, SchemaModel, StructuredType } from '../../../src/model/schema-model.js';

const NAMESPACE = 'microsoft.graph';

export interface PropertyOptions {
  collection?: boolean;
  /** Default true, as most documented properties are. */
  nullable?: boolean;
  /** The page that defines it; default: the type's page. */
  page?: string;
}

export type PropertySpec = [name: string, type: ResolvedType, options?: PropertyOptions];

export interface TypeSpec {
  name: string;
  base?: string;
  openType?: boolean;
  properties?: PropertySpec[];
}

export const edm = (name: string): ResolvedType => ({ kind: 'primitive', edm: `Edm.${name}` as EdmPrimitive });
export const enumOf = (name: string, open = false): ResolvedType => ({ kind: 'enum', enum: `${NAMESPACE}.${name}`, ...(open ? { open: true } : {}) });
export const typeOf = (name: string): ResolvedType => ({ kind: 'type', type: `${NAMESPACE}.${name}` });
export const json: ResolvedType = { kind: 'json' };
export const unknownType: ResolvedType = { kind: 'unknown' };

export function pageOf(name: string): string {
  return `resources/${name.toLowerCase()}.md`;
}

/** A model of `types` and `enums` (`name → members`), derived types worked out from the bases. */
export function smallModel(types: TypeSpec[], enums: Record<string, string[]> = {}): SchemaModel {
  const structured: StructuredType[] = types.map((spec) => ({
    qualifiedName: `${NAMESPACE}.${spec.name}`,
    name: spec.name,
    namespace: NAMESPACE,
    tsName: pascal(spec.name),
    ...(spec.base ? { baseType: `${NAMESPACE}.${spec.base}` } : {}),
    derivedTypes: [],
    openType: spec.openType ?? false,
    properties: (spec.properties ?? []).map(([name, type, options]) => property(spec.name, name, type, options ?? {})),
    source: { file: pageOf(spec.name), line: 1, column: 1 },
  }));
  const byName = new Map(structured.map((type) => [type.qualifiedName, type]));
  for (const type of structured) {
    for (let base = type.baseType; base; base = byName.get(base)?.baseType) byName.get(base)?.derivedTypes.push(type.qualifiedName);
  }
  for (const type of structured) type.derivedTypes.sort();
  const enumTypes: EnumType[] = Object.entries(enums).map(([name, members]) => ({
    qualifiedName: `${NAMESPACE}.${name}`,
    name,
    namespace: NAMESPACE,
    tsName: pascal(name),
    members: members.map((member) => ({ name: member })),
    derivedName: false,
    source: { file: 'resources/enums.md', line: 1, column: 1 },
  }));
  return { types: structured, enums: enumTypes, operations: [], diagnostics: [] };
}

function property(typeName: string, name: string, type: ResolvedType, options: PropertyOptions): Property {
  return {
    name,
    type,
    collection: options.collection ?? false,
    nullable: options.nullable ?? true,
    readOnly: false,
    relationship: false,
    description: `The ${name}.`,
    typeText: type.kind,
    source: { file: options.page ?? pageOf(typeName), line: 1, column: 1 },
  };
}

function pascal(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}
