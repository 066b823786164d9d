/**
 * The generator's model (saved beside the output, `test/support/model-file.ts`) seen the way the validators
 * should apply it: inherited properties, `@odata.type` switching to derived types. Used to
 * say what the docs expect at a given path of a payload, never to decide validity.
 */
import type { EnumType, Property, StructuredType } from '../../../src/model/schema-model.js';

export class ModelView {
  private readonly types = new Map<string, StructuredType>();
  private readonly lowerTypes = new Map<string, StructuredType>();
  private readonly enums = new Map<string, EnumType>();
  private readonly propertyCache = new Map<string, Map<string, Property>>();

  constructor(model: { types: readonly StructuredType[]; enums: readonly EnumType[] }) {
    for (const type of model.types) {
      this.types.set(type.qualifiedName, type);
      this.lowerTypes.set(type.qualifiedName.toLowerCase(), type);
    }
    for (const item of model.enums) this.enums.set(item.qualifiedName, item);
  }

  /** The documented type of that name: exact, else ignoring case. */
  type(name: string): StructuredType | undefined {
    return this.types.get(name) ?? this.lowerTypes.get(name.toLowerCase());
  }

  enum(name: string): EnumType | undefined {
    return this.enums.get(name);
  }

  allTypes(): StructuredType[] {
    return [...this.types.values()];
  }

  /** Every property, inherited ones included (a restated property replaces the inherited one). */
  properties(typeName: string): Map<string, Property> {
    let cached = this.propertyCache.get(typeName);
    if (cached) return cached;
    const chain: StructuredType[] = [];
    const seen = new Set<string>();
    for (let type = this.types.get(typeName); type && !seen.has(type.qualifiedName); type = type.baseType ? this.types.get(type.baseType) : undefined) {
      seen.add(type.qualifiedName);
      chain.unshift(type);
    }
    cached = new Map();
    for (const type of chain) for (const property of type.properties) if (property.name !== '@odata.type') cached.set(property.name, property);
    this.propertyCache.set(typeName, cached);
    return cached;
  }

  derivesFrom(candidate: string, base: string): boolean {
    return candidate === base || (this.types.get(base)?.derivedTypes.includes(candidate) ?? false);
  }

  /** The type the validators check an object declared as `declared` against (exact names, `#` optional). */
  effectiveType(declared: string, odataType: unknown): string | undefined {
    if (odataType === undefined) return declared;
    if (typeof odataType !== 'string') return undefined;
    const named = odataType.replace(/^#/, '');
    return this.types.has(named) && this.derivesFrom(named, declared) ? named : undefined;
  }

  /** What the property admits, comparable with {@link metadataShape}: `Collection(Edm.Int32)`, `enum [a, b]`, `type x.y`. */
  shape(property: Property): string {
    const resolved = property.type;
    let element: string;
    switch (resolved.kind) {
      case 'primitive':
        element = resolved.edm;
        break;
      case 'enum': {
        const item = this.enums.get(resolved.enum);
        element = resolved.open || !item ? 'Edm.String' : `enum [${item.members.map((member) => member.name).sort().join(', ')}]`;
        break;
      }
      case 'type':
        element = `type ${resolved.type.toLowerCase()}`;
        break;
      case 'json':
        element = 'json';
        break;
      case 'unknown':
        element = 'unknown';
        break;
    }
    return property.collection ? `Collection(${element})` : element;
  }
}
