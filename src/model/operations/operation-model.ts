import type { SourcePosition } from '../../diagnostics/diagnostic.js';
import type { EdmPrimitive } from '../../parse/page-facts.js';
import type { HttpMethod } from '../../parse/operations/operation-facts.js';
import type { Property, ResolvedType } from '../schema-model.js';

export type { HttpMethod };

/**
 * One documented request, resolved against the model's types. Type references are qualified
 * names (`microsoft.graph.user`) of `SchemaModel.types` and `SchemaModel.enums`.
 */
export interface Operation {
  /** Unique: the example request's `name` where the page has one, else the page's file name. */
  id: string;
  method: HttpMethod;
  /** Path template, e.g. `/users/{id}/assignLicense`. */
  path: string;
  pathParameters: PathParameter[];
  /**
   * Other spellings of `path` that the docs use, on this page or another, for the same request
   * (`/users/{user-id}/events`, `/users/{id | userPrincipalName}/events` beside
   * `/users/{id}/events`): each a key of the typed map too, with its own path parameters. Only
   * on the operation whose entry the typed map keys them to (see `routes.ts`).
   */
  spellings?: OperationPath[];
  /**
   * Other paths the docs list for the same request (`/me/...` for `/users/{id}/...`), by which
   * it is in the typed map: one another page documents as its own is left to that page.
   */
  alternatives?: OperationPath[];
  /**
   * Set where an earlier operation (by page, then position) documents the same method on the
   * same path (however either spells it), as Intune's pages do for each type a collection
   * holds: the typed map has one entry for both, with either's body and responses.
   */
  sharesPathWith?: string;
  /**
   * The docs give it only as OData query options in use (`GET /users?$expand=manager`): a
   * variant of the path, not its definition. The typed map leaves it out; where another request
   * documents the path, it `sharesPathWith` that one, and its spellings are that entry's keys.
   */
  queryExample?: true;
  /** The page's title, e.g. `user: assignLicense`. */
  summary?: string;
  query: OperationParameter[];
  headers: OperationParameter[];
  requestBody: RequestBody;
  /** Success (2xx) and redirect (3xx) responses, by ascending status. */
  responses: OperationResponse[];
  source: SourcePosition;
}

export interface OperationPath {
  path: string;
  pathParameters: PathParameter[];
  /** Other spellings of this path, as for {@link Operation.spellings}. */
  spellings?: OperationPath[];
}

export interface PathParameter {
  name: string;
  type: ParameterType;
  /** The keys a parameter accepts where the docs list several: `{id | userPrincipalName}`. */
  accepts?: string[];
  description?: string;
}

export interface OperationParameter {
  name: string;
  type: ParameterType;
  required: boolean;
  description?: string;
}

/** A parameter's type: a resolved type and whether it is a collection. */
export interface ParameterType {
  type: ResolvedType;
  collection: boolean;
}

export type RequestBody =
  /** The method takes no body, or the docs say to send none. */
  | { kind: 'none' }
  /**
   * A resource to create (POST or PUT) or update (PATCH): the type without the properties its
   * docs mark read-only (`omit`, inherited ones included), with `required` (the create page's
   * required rows) required; an update makes every property optional.
   */
  | { kind: 'create' | 'update'; type: string; omit: string[]; required: string[] }
  /** An action's parameters: an object type of its own, named `tsName` (`AssignLicenseRequestBody`). */
  | { kind: 'parameters'; tsName: string; parameters: BodyParameter[] }
  /** `POST .../$ref`: `{ "@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}" }`. */
  | { kind: 'reference' }
  /** The bytes of a file or stream. */
  | { kind: 'binary' }
  | { kind: 'unknown'; reason: string };

export interface BodyParameter extends Property {
  required: boolean;
}

export interface OperationResponse {
  status: number;
  body: ResponseBody;
}

export type ResponseBody =
  | { kind: 'none' }
  /** A structured type; a collection comes wrapped as Graph sends it (`{ value: T[], ... }`), `delta` adds `@odata.deltaLink`. */
  | { kind: 'type'; type: string; collection: boolean; delta?: boolean }
  /** An enum value or a primitive: Graph wraps it, `{ value: T }` or `{ value: T[] }`. */
  | { kind: 'enum'; enum: string; collection: boolean }
  | { kind: 'primitive'; edm: EdmPrimitive; collection: boolean }
  /** Free-form JSON (the docs' `Json`). */
  | { kind: 'json'; collection: boolean }
  /** `GET .../$count`: the number as plain text. */
  | { kind: 'count' }
  /** `GET .../$ref`: the references, `{ value: { "@odata.id": string }[] }`. */
  | { kind: 'references' }
  | { kind: 'binary' }
  | { kind: 'unknown'; reason: string };
