/** Small hand-built models for the comparison tests: only what a test names differs from the defaults. */
import type { Operation } from '../../src/model/operations/operation-model.js';
import type { EnumType, Property, ResolvedType, SchemaModel, StructuredType } from '../../src/model/schema-model.js';

/** A whole model, as a run builds it, without diagnostics: what the comparison was first written for. */
export type BuiltModel = Pick<SchemaModel, 'types' | 'enums' | 'operations'>;

const at = { file: 'resources/x.md', line: 1, column: 1 };

export const STRING: ResolvedType = { kind: 'primitive', edm: 'Edm.String' };
export const primitive = (edm: string): ResolvedType => ({ kind: 'primitive', edm: `Edm.${edm}` }) as ResolvedType;
export const enumRef = (name: string, open?: true): ResolvedType => ({ kind: 'enum', enum: `microsoft.graph.${name}`, ...(open ? { open } : {}) });
export const typeRef = (name: string): ResolvedType => ({ kind: 'type', type: `microsoft.graph.${name}` });

export function property(name: string, type: ResolvedType = STRING, more: Partial<Property> = {}): Property {
  return { name, type, collection: false, nullable: true, readOnly: false, relationship: false, description: `The ${name}.`, typeText: 'String', source: at, ...more };
}

export function structured(name: string, properties: Property[], more: Partial<StructuredType> = {}): StructuredType {
  return {
    qualifiedName: `microsoft.graph.${name}`,
    name,
    namespace: 'microsoft.graph',
    tsName: name.charAt(0).toUpperCase() + name.slice(1),
    derivedTypes: [],
    openType: false,
    properties,
    source: at,
    ...more,
  };
}

export function enumeration(name: string, members: string[], more: Partial<EnumType> = {}): EnumType {
  return {
    qualifiedName: `microsoft.graph.${name}`,
    name,
    namespace: 'microsoft.graph',
    tsName: name.charAt(0).toUpperCase() + name.slice(1),
    members: members.map((member) => ({ name: member })),
    derivedName: false,
    source: at,
    ...more,
  };
}

export function operation(id: string, method: Operation['method'], path: string, more: Partial<Operation> = {}): Operation {
  return { id, method, path, pathParameters: [], query: [], headers: [], requestBody: { kind: 'none' }, responses: [{ status: 204, body: { kind: 'none' } }], source: at, ...more };
}

export function model(parts: Partial<BuiltModel>): BuiltModel {
  return { types: parts.types ?? [], enums: parts.enums ?? [], operations: parts.operations ?? [] };
}
