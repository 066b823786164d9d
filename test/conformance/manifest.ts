/**
 * Reads `<out>/graphdoc-manifest.json`. The conformance test uses it only to map metadata
 * qualified names to exported TypeScript names and to quote the docs (type cell as written,
 * source position) as evidence; the types it judges come from the compiled TypeScript.
 */
import { readFileSync } from 'node:fs';
import type { EnumType, Property, StructuredType } from '../../src/model/schema-model.js';

export interface GraphdocManifest {
  generator: 'graphdoc';
  version: string;
  files: string[];
  model: { types: StructuredType[]; enums: EnumType[] };
}

export function readManifest(file: string): GraphdocManifest {
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Partial<GraphdocManifest> | null;
  if (
    manifest === null ||
    typeof manifest !== 'object' ||
    manifest.generator !== 'graphdoc' ||
    typeof manifest.version !== 'string' ||
    !Array.isArray(manifest.files) ||
    typeof manifest.model !== 'object' ||
    manifest.model === null ||
    !Array.isArray(manifest.model.types) ||
    !Array.isArray(manifest.model.enums)
  ) {
    throw new Error(`${file}: not a graphdoc manifest ({ generator: 'graphdoc', version, files, model: { types, enums } })`);
  }
  return manifest as GraphdocManifest;
}

/** Lookups over a manifest's model by qualified name. */
export class ManifestIndex {
  private readonly types = new Map<string, StructuredType>();

  constructor(manifest: Pick<GraphdocManifest, 'model'>) {
    for (const type of manifest.model.types) if (!this.types.has(type.qualifiedName)) this.types.set(type.qualifiedName, type);
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
