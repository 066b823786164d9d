/**
 * Lookups over the generator's model by qualified name. The conformance test uses it only to
 * map metadata qualified names to exported TypeScript names and to quote the docs (type cell
 * as written, source position) as evidence; the types it judges come from the compiled
 * TypeScript.
 */
import type { EnumType, Property, StructuredType } from '../../src/model/schema-model.js';

export class DocsModelIndex {
  private readonly types = new Map<string, StructuredType>();

  constructor(model: { types: readonly StructuredType[]; enums: readonly EnumType[] }) {
    for (const type of model.types) if (!this.types.has(type.qualifiedName)) this.types.set(type.qualifiedName, type);
  }

  type(qualifiedName: string): StructuredType | undefined {
    return this.types.get(qualifiedName);
  }

  /** The exported TypeScript name the generator gave a structured type. */
  tsName(qualifiedName: string): string | undefined {
    return this.types.get(qualifiedName)?.tsName;
  }

  /** The docs' property of that name on the type or, failing that, on its documented base types. */
  property(qualifiedName: string, propertyName: string): Property | undefined {
    const seen = new Set<string>();
    let current: string | undefined = qualifiedName;
    while (current !== undefined && !seen.has(current)) {
      seen.add(current);
      const type = this.types.get(current);
      if (!type) return undefined;
      const property = type.properties.find((candidate) => candidate.name === propertyName);
      if (property) return property;
      current = type.baseType;
    }
    return undefined;
  }
}
