import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { EdmPrimitive } from '../parse/page-facts.js';
import type { Operation } from './operations/operation-model.js';

/**
 * The merged, resolved schema: the only thing the emitters see.
 * Arrays are sorted by qualified name so that emission is deterministic.
 */
export interface SchemaModel {
  types: StructuredType[];
  enums: EnumType[];
  /** Every documented request, in page order (src/model/operations). */
  operations: Operation[];
  diagnostics: Diagnostic[];
}

export interface StructuredType {
  /** `microsoft.graph.user`, as the service names it in `@odata.type`. */
  qualifiedName: string;
  /** The docs name, `user`. */
  name: string;
  namespace: string;
  /** The TypeScript identifier, `User`: unique across types and enums. */
  tsName: string;
  baseType?: string;
  /** Qualified names of every type that derives from this one, directly or not, sorted. */
  derivedTypes: string[];
  description?: string;
  openType: boolean;
  properties: Property[];
  /** The page that defines the type (its resource page where there is one). */
  source: SourcePosition;
}

export interface Property {
  name: string;
  type: ResolvedType;
  collection: boolean;
  nullable: boolean;
  readOnly: boolean;
  relationship: boolean;
  /** The type's key (see `PropertyFacts.key`); never nullable. */
  key?: true;
  description: string;
  /** The docs' type cell as written. */
  typeText: string;
  source: SourcePosition;
}

export type ResolvedType =
  | { kind: 'primitive'; edm: EdmPrimitive }
  /**
   * `open`: the docs declare a `String` and list known values in prose, so any string is
   * accepted and the listed values are suggestions (`Known | (string & {})`).
   */
  | { kind: 'enum'; enum: string; open?: boolean }
  | { kind: 'type'; type: string }
  | { kind: 'json' }
  | { kind: 'unknown' };

export interface EnumType {
  qualifiedName: string;
  name: string;
  namespace: string;
  tsName: string;
  members: EnumMember[];
  description?: string;
  /** True where the docs left the enum unnamed and the name was derived (`<Type><Property>`). */
  derivedName: boolean;
  source: SourcePosition;
}

export interface EnumMember {
  name: string;
  value?: string;
  description?: string;
}
