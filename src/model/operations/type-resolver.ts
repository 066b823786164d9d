import type { TypeReference } from '../../parse/operations/operation-facts.js';
import type { TypeCell } from '../../parse/page-facts.js';
import { primitiveFor } from '../../parse/primitives.js';
import { qualify } from '../drafts.js';
import type { Lookup } from '../lookup.js';
import type { Property, ResolvedType, StructuredType } from '../schema-model.js';
import type { ParameterType } from './operation-model.js';

/**
 * Resolves the names an API page uses (type cells, links, `@odata.type` values) to the
 * model's qualified names, with the same Lookup the types were resolved with; and answers
 * questions about the resolved types (every property, inherited ones included).
 */
export class OperationTypes {
  private readonly byName = new Map<string, StructuredType>();

  constructor(
    private readonly lookup: Lookup,
    types: readonly StructuredType[],
  ) {
    for (const type of types) this.byName.set(type.qualifiedName, type);
  }

  /** A table's Type cell. An `Enumeration` the table does not name is typed as the string it is on the wire. */
  cell(cell: TypeCell | undefined, file: string, namespace: string): ParameterType {
    if (!cell) return { type: { kind: 'primitive', edm: 'Edm.String' }, collection: false };
    const collection = cell.collection;
    switch (cell.kind) {
      case 'primitive':
        return { type: { kind: 'primitive', edm: cell.edm }, collection };
      case 'json':
        return { type: { kind: 'json' }, collection };
      case 'enumeration':
        return { type: { kind: 'primitive', edm: 'Edm.String' }, collection };
      case 'named':
        return { type: this.reference({ name: cell.name, ...(cell.href ? { href: cell.href } : {}) }, file, namespace), collection };
      case 'unrecognised':
        return { type: { kind: 'unknown' }, collection };
    }
  }

  /** A link or an `@odata.type` value: a primitive, the model's type or enum, `Json`, else unknown. */
  reference(reference: TypeReference, file: string, namespace: string): ResolvedType {
    const primitive = primitiveFor(reference.name);
    if (primitive) return { kind: 'primitive', edm: primitive };
    const found = this.lookup.find(reference.name.replace(/^#/, ''), file, namespace, reference.href);
    if (found?.kind === 'type') return { kind: 'type', type: qualify(found.draft.namespace, found.draft.name) };
    if (found?.kind === 'enum') return { kind: 'enum', enum: qualify(found.draft.namespace, found.draft.name) };
    if (/^json$/i.test(reference.name)) return { kind: 'json' };
    return { kind: 'unknown' };
  }

  type(qualifiedName: string): StructuredType | undefined {
    return this.byName.get(qualifiedName);
  }

  /** Every property of the type as its interface has them: its own, then each ancestor's. */
  allProperties(qualifiedName: string): Property[] {
    const properties: Property[] = [];
    const seen = new Set<string>();
    for (let type = this.byName.get(qualifiedName); type && !seen.has(type.qualifiedName); type = type.baseType ? this.byName.get(type.baseType) : undefined) {
      seen.add(type.qualifiedName);
      for (const property of type.properties) if (!properties.some((p) => p.name === property.name)) properties.push(property);
    }
    return properties;
  }
}
