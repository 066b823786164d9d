import { compareText } from '../diagnostics/diagnostic.js';
import type { EnumType, Property, SchemaModel, StructuredType } from '../model/schema-model.js';

/** The discriminator: handled through the type hierarchy, never as a documented property. */
export const ODATA_TYPE = '@odata.type';

/**
 * Lookups over the model for emitters that need whole types rather than their own
 * properties: every property a type has (inherited ones included) and the types derived from it.
 * One entry per qualified name: where the model lists a name twice, the later entry wins, as
 * it does in `models.ts`.
 */
export class TypeHierarchy {
  readonly types: readonly StructuredType[];
  readonly enums: readonly EnumType[];
  private readonly typeByName = new Map<string, StructuredType>();
  private readonly enumByName = new Map<string, EnumType>();
  private readonly propertyCache = new Map<string, { properties: Property[]; chain: string[] }>();
  /** While {@link recordReads} runs: every lookup made, as `t:<qualified name>` or `e:<qualified name>`. */
  private reads: Set<string> | undefined;

  constructor(model: Pick<SchemaModel, 'types' | 'enums'>) {
    for (const type of model.types) this.typeByName.set(type.qualifiedName, type);
    for (const item of model.enums) this.enumByName.set(item.qualifiedName, item);
    this.types = [...this.typeByName.values()].sort((a, b) => compareText(a.tsName, b.tsName));
    this.enums = [...this.enumByName.values()].sort((a, b) => compareText(a.tsName, b.tsName));
  }

  type(qualifiedName: string): StructuredType | undefined {
    this.reads?.add(`t:${qualifiedName}`);
    return this.typeByName.get(qualifiedName);
  }

  enum(qualifiedName: string): EnumType | undefined {
    this.reads?.add(`e:${qualifiedName}`);
    return this.enumByName.get(qualifiedName);
  }

  /**
   * Runs `emit`, adding to `reads` every type and enum it looks up here, found or not (see
   * `src/emit/item-files.ts`: a file whose lookups would all give the same answers again is
   * the same file).
   */
  recordReads<T>(reads: Set<string>, emit: () => T): T {
    const outer = this.reads;
    this.reads = reads;
    try {
      return emit();
    } finally {
      this.reads = outer;
    }
  }

  /**
   * Every property of the type, base types' first (root first); a property the type restates
   * replaces the inherited one in place. `@odata.type` rows are left out.
   */
  properties(type: StructuredType): Property[] {
    const cached = this.propertyCache.get(type.qualifiedName);
    if (cached) {
      // The lookups that built the list once are part of what the answer depends on.
      for (const name of cached.chain) this.reads?.add(`t:${name}`);
      return cached.properties;
    }
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
    const looked = [type.qualifiedName, ...chain.map((link) => link.baseType).filter((name): name is string => name !== undefined)];
    this.propertyCache.set(type.qualifiedName, { properties, chain: looked });
    for (const name of looked) this.reads?.add(`t:${name}`);
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
