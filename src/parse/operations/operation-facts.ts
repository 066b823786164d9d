import type { SourcePosition } from '../../diagnostics/diagnostic.js';
import type { EdmPrimitive, PropertyFacts, TypeCell } from '../page-facts.js';

/**
 * What an API page says about one request, before any name is resolved: read from that page
 * alone, plain data (no classes, no Maps) like the rest of PageFacts.
 */
export interface OperationFacts {
  method: HttpMethod;
  /** Every path the docs list for this request, normalised, first one first; never empty. */
  paths: PathFacts[];
  /** The `name` of the example request (`blockType: request` annotation) that calls it. */
  exampleName?: string;
  /** The page's `#` heading, e.g. `user: assignLicense`. */
  title?: string;
  /**
   * Every request line the docs give for it shows OData query options in use
   * (`GET /users?$expand=manager` on the "List manager" page): an example of using another
   * request, which may well be documented on a page of its own.
   */
  queryExample?: true;
  /** The type the page's opening paragraph links: "Create a new [widget](../resources/widget.md) object." */
  subject?: TypeReference;
  /** Query options the page documents, plus those written into the path (`?startDateTime={x}`). */
  query: ParameterFacts[];
  /** The page says it supports "the OData query parameters" without naming them. */
  genericQuery?: boolean;
  headers: ParameterFacts[];
  /** Rows of `Path parameters` and `Function parameters` tables, to type the path's parameters. */
  pathParameterTypes: ParameterFacts[];
  requestBody: RequestBodyFacts;
  /** Success responses, from the Response section's prose and the example responses, by status. */
  responses: ResponseFacts[];
  /** The request line in the `HTTP request` block. */
  source: SourcePosition;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface PathFacts {
  /**
   * The path as a template: base URL and query string removed, every parameter in braces under
   * a name unique in the path (`/users/{user-id}/events/{event-id}`), function arguments as
   * parameters (`/reports/getEmailActivityCounts(period='{period}')`).
   */
  template: string;
  /** The request line's path as the docs wrote it. */
  written: string;
  parameters: PathParameterFacts[];
  /** What the last segment addresses: the resource, or its `$value`, `$ref` or `$count`. */
  target: PathTarget;
  /** The name of the function or action the path ends with, where its last segment is a call `name(...)`. */
  functionName?: string;
  /** The last OData cast in the path (`microsoft.graph.user`), as written. */
  cast?: string;
  /** The last literal segment (`assignLicense`, `events`), casts and `$` segments aside. */
  lastSegment?: string;
}

export type PathTarget = 'resource' | 'value' | 'ref' | 'count';

export interface PathParameterFacts {
  /** The name in the template. */
  name: string;
  /** The text between the braces as written (`id | userPrincipalName`), or the literal argument (`640`). */
  written: string;
  /** Where a parameter accepts several kinds of key (`{id | userPrincipalName}`): each of them. */
  accepts?: string[];
  /** `segment`: a path segment or key (`{id}`, `roleTemplateId={x}`); `argument`: a function argument. */
  in: 'segment' | 'argument';
  /** A function argument written as a number (`image(width=640)`) is typed as a number. */
  numeric?: boolean;
}

/** A query option, header, or path/function parameter documented in a table or in prose. */
export interface ParameterFacts {
  name: string;
  /** The Type cell, where the table has one. */
  type?: TypeCell;
  required: boolean;
  description?: string;
  source: SourcePosition;
}

export interface TypeReference {
  /** The docs name (`user`, `microsoft.graph.user`, `Edm.String`). */
  name: string;
  /** Link target, e.g. `../resources/user.md`. */
  href?: string;
}

export type RequestBodyFacts =
  /** "Do not supply a request body for this method." */
  | { kind: 'none'; source: SourcePosition }
  /** No Request body section, or one that says nothing this reader understands. */
  | { kind: 'unstated' }
  /**
   * A resource as JSON: "supply a JSON representation of the [x](x.md) object", or a table of
   * its properties. `required` lists the rows the page marks required.
   */
  | { kind: 'representation'; type?: TypeReference; properties: string[]; required: string[]; source: SourcePosition }
  /** An action's parameters: a `Parameter | Type | Description` table. */
  | { kind: 'parameters'; parameters: BodyParameterFacts[]; source: SourcePosition }
  /** The body is the bytes of a file or stream. */
  | { kind: 'binary'; source: SourcePosition };

export interface BodyParameterFacts extends PropertyFacts {
  required: boolean;
}

export interface ResponseFacts {
  status: number;
  body: ResponseBodyFacts;
  source: SourcePosition;
}

export type ResponseBodyFacts =
  | { kind: 'none' }
  /** The example shows a body, or the prose a status, but neither names the body's type. */
  | { kind: 'unstated' }
  | { kind: 'type'; type: TypeReference; collection: boolean }
  | { kind: 'primitive'; edm: EdmPrimitive; collection: boolean }
  | { kind: 'binary' };
