import { compareText } from '../diagnostics/diagnostic.js';
import type { EnumType, Property, SchemaModel, StructuredType } from '../model/schema-model.js';

/** The discriminator: handled through the type hierarchy, never as a documented property. */
export const ODATA_TYPE = '@odata.type';

/**
 * Lookups over the model for emitters that need whole types rather than their own
 * properties: every property a type has (inherited ones included) and the types derived from it.
 * One entry per qualified name: where the model lists a name twice, the later entry wins, as
 * it does for the `models/` file both would write.
 */
export class TypeHierarchy {
  readonly types: readonly StructuredType[];
  readonly enums: readonly EnumType[];
  private readonly typeByName = new Map<string, StructuredType>();
  private readonly enumByName = new Map<string, EnumType>();
  private readonly propertyCache = new Map<string, Property[]>();

  constructor(model: Pick<SchemaModel, 'types' | 'enums'>) {
    for (const type of model.types) this.typeByName.set(type.qualifiedName, type);
    for (const item of model.enums) this.enumByName.set(item.qualifiedName, item);
    this.types = [...this.typeByName.values()].sort((a, b) => compareText(a.tsName, b.tsName));
    this.enums = [...this.enumByName.values()].sort((a, b) => compareText(a.tsName, b.tsName));
  }

  type(qualifiedName: string): StructuredType | undefined {
    return this.typeByName.get(qualifiedName);
  }

  enum(qualifiedName: string): EnumType | undefined {
    return this.enumByName.get(qualifiedName);
  }

  /**
   * Every property of the type, base types' first (root first); a property the type restates
   * replaces the inherited one in place. `@odata.type` rows are left out.
   */
  properties(type: StructuredType): Property[] {
    const cached = this.propertyCache.get(type.qualifiedName);
    if (cached) return cached;
    const chain: StructuredType[] = [];
    const seen = new Set<string>();
    for (let current: StructuredType | undefined = type; current && !seen.has(current.qualifiedName); current = current.baseType ? this.type(current.baseType) : undefined) {
      seen.add(current.qualifiedName);
      chain.unshift(current);
    }
    const byName = new Map<string, Property>();
    for (const link of chain) {
      for (const property of link.properties) if (property.name !== ODATA_TYPE) byName.set(property.name, property);
    }
    const properties = [...byName.values()];
    this.propertyCache.set(type.qualifiedName, properties);
    return properties;
  }

  /** Every documented type derived from this one, directly or not, by qualified name. */
  derived(type: StructuredType): StructuredType[] {
    return type.derivedTypes.map((name) => this.type(name)).filter((found): found is StructuredType => found !== undefined && found !== type);
  }

  /** The types whose documented base type is this one. */
  directlyDerived(type: StructuredType): StructuredType[] {
    return this.derived(type).filter((candidate) => candidate.baseType === type.qualifiedName);
  }
}
