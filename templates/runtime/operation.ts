/** HTTP methods of the documented requests. */
export type GraphHttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A file's or stream's bytes, as `$value` and content requests send and answer them. */
export type GraphBinary = ArrayBuffer | Uint8Array;

/**
 * The body that creates a `T`: without the properties the docs mark read-only (`ReadOnly`),
 * with those the create page lists as required (`Required`) required.
 */
export type GraphCreateBody<T, ReadOnly extends keyof T, Required extends Exclude<keyof T, ReadOnly> = never> = Omit<
  T,
  ReadOnly | Required
> & { [K in Required]-?: NonNullable<T[K]> };

/** The body that updates a `T`: any of its properties the docs do not mark read-only. */
export type GraphUpdateBody<T, ReadOnly extends keyof T> = Partial<Omit<T, ReadOnly>>;

/** What a request sends, by name of the generated type it is checked against. */
export type GraphOperationBody =
  | { kind: 'create' | 'update'; type: string; omit: readonly string[]; required: readonly string[] }
  | { kind: 'parameters'; type: string }
  | { kind: 'reference' }
  | { kind: 'binary' }
  | { kind: 'unknown' };

/** What a response carries: a generated type or enum (by name), a primitive, references, bytes, a count, nothing. */
export type GraphOperationResult =
  | { kind: 'none' }
  | { kind: 'type' | 'enum'; type: string; collection?: true; delta?: true }
  | { kind: 'primitive'; type: 'string' | 'number' | 'boolean'; collection?: true }
  | { kind: 'json'; collection?: true }
  | { kind: 'count' }
  | { kind: 'references' }
  | { kind: 'binary' }
  | { kind: 'unknown' };

/** One documented request, for code that works at run time (routing, validation, reports). */
export interface GraphOperationEntry<Id extends string = string> {
  id: Id;
  method: GraphHttpMethod;
  path: string;
  /** Other paths the docs list for the same request, by which it is in `GraphOperations`. */
  alternatives?: readonly string[];
  /**
   * The docs show this request only with query options in use (`GET /me/events?$filter=…`): a
   * variant of its path, which `GraphOperations` types by the request that documents the path.
   */
  variant?: true;
  requestBody?: GraphOperationBody;
  /** By status code. */
  responses: { readonly [status: number]: GraphOperationResult };
  /** `file:line:column` of the request line in the docs. */
  source: string;
}

/**
 * The OData system query options Graph accepts on any GET that answers a collection, whatever
 * its page lists: the typed map gives every such request these, and the options its page
 * documents besides.
 */
export interface GraphCollectionQuery {
  $select?: string;
  $expand?: string;
  $filter?: string;
  $orderby?: string;
  $top?: number;
  $skip?: number;
  $count?: boolean;
  $search?: string;
}
