import type { EdmPrimitive } from '../../parse/page-facts.js';
import type { HttpMethod } from '../operations/operation-model.js';
import type { ResolvedType } from '../schema-model.js';

/**
 * The part of a schema model that the change report compares, and all that the output's
 * manifest keeps of it: no descriptions, source positions, type cells as written, path
 * parameters, or anything that follows from other facts (derived types, the read-only
 * properties a create body omits).
 *
 * Each type here is the corresponding model type with fields left out, so a `SchemaModel` is a
 * `ModelSummary` as it stands: the comparison runs on either, and gives the same changes.
 */
export interface ModelSummary {
  types: readonly TypeSummary[];
  enums: readonly EnumSummary[];
  operations: readonly OperationSummary[];
}

export interface TypeSummary {
  qualifiedName: string;
  tsName: string;
  baseType?: string | undefined;
  openType: boolean;
  properties: readonly PropertySummary[];
}

/** A property's or parameter's value shape: what the generated types and validators accept. */
export interface ValueShape {
  type: ResolvedType;
  collection: boolean;
  nullable: boolean;
}

export interface PropertySummary extends ValueShape {
  name: string;
  readOnly: boolean;
}

export interface EnumSummary {
  qualifiedName: string;
  tsName: string;
  members: readonly { name: string }[];
}

export interface OperationSummary {
  id: string;
  method: HttpMethod;
  path: string;
  alternatives?: readonly { path: string }[] | undefined;
  query: readonly ParameterSummary[];
  headers: readonly ParameterSummary[];
  requestBody: RequestBodySummary;
  responses: readonly ResponseSummary[];
}

export interface ParameterSummary {
  name: string;
  type: { type: ResolvedType; collection: boolean };
  required: boolean;
}

export type RequestBodySummary =
  | { kind: 'none' | 'reference' | 'binary' | 'unknown' }
  | { kind: 'create' | 'update'; type: string; required: readonly string[] }
  | { kind: 'parameters'; tsName: string; parameters: readonly BodyParameterSummary[] };

export interface BodyParameterSummary extends ValueShape {
  name: string;
  required: boolean;
}

export interface ResponseSummary {
  status: number;
  body: ResponseBodySummary;
}

export type ResponseBodySummary =
  | { kind: 'none' | 'count' | 'references' | 'binary' | 'unknown' }
  | { kind: 'type'; type: string; collection: boolean; delta?: boolean | undefined }
  | { kind: 'enum'; enum: string; collection: boolean }
  | { kind: 'primitive'; edm: EdmPrimitive; collection: boolean }
  | { kind: 'json'; collection: boolean };
