import type { SchemaModel, StructuredType } from '../model/schema-model.js';

/**
 * The model's types by the names examples use: `@odata.type` in any case (`microsoft.graph.manageddevicecertificatestate`),
 * with or without `#`, qualified or not (`user` is `microsoft.graph.user`).
 */
export class ModelIndex {
  private readonly types = new Map<string, StructuredType>();
  private readonly enums = new Set<string>();

  constructor(model: SchemaModel) {
    for (const type of model.types) this.types.set(type.qualifiedName.toLowerCase(), type);
    for (const item of model.enums) this.enums.add(item.qualifiedName.toLowerCase());
  }

  type(name: string): StructuredType | undefined {
    return this.types.get(qualified(name));
  }

  /** Whether the name is an enum's: its examples are a value, not an object. */
  isEnum(name: string): boolean {
    return this.enums.has(qualified(name));
  }
}

function qualified(name: string): string {
  const bare = name.trim().replace(/^#/, '').toLowerCase();
  return bare.includes('.') ? bare : `microsoft.graph.${bare}`;
}

/** `Collection(microsoft.graph.user)` → the element type and that it is a collection. */
export function unwrapCollection(name: string): { name: string; collection: boolean } {
  const match = /^Collection\((.*)\)$/i.exec(name.trim());
  return match ? { name: match[1]!.trim(), collection: true } : { name: name.trim(), collection: false };
}
