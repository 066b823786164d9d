import { primitiveFor } from '../primitives.js';
import type { ExampleResponse } from './examples.js';
import type { HttpMethod, ResponseBodyFacts, ResponseFacts } from './operation-facts.js';

/**
 * The success responses of one request: the prose's, with the example response's annotation
 * taking precedence for the status it shows (ApiDoctor treats `@odata.type` and `isCollection`
 * as the authoritative description of an example body, and so does this). A status the prose
 * names without saying what comes with it has no body, unless an example shows one or the
 * request is a GET (which always returns something, the docs just did not say what).
 */
export function mergeResponses(method: HttpMethod, prose: readonly ResponseFacts[], example: ExampleResponse | undefined): ResponseFacts[] {
  const responses = prose.map((response) => ({ ...response }));
  if (example && example.status < 400) {
    const body = exampleBody(example);
    const existing = responses.find((response) => response.status === example.status);
    if (!existing) responses.push({ status: example.status, body, source: example.source });
    else if (body.kind !== 'unstated' && body.kind !== 'none') existing.body = withCollection(body, existing.body);
    else if (existing.body.kind === 'unstated' && body.kind === 'none' && method !== 'GET') existing.body = body;
  }
  for (const response of responses) {
    // `204 No Content` has none, whatever an annotation names.
    if (response.status === 204) response.body = { kind: 'none' };
    const redirect = response.status >= 300 && response.status < 400;
    if (response.body.kind === 'unstated' && (redirect || (method !== 'GET' && example?.status !== response.status))) response.body = { kind: 'none' };
  }
  return responses.sort((a, b) => a.status - b.status);
}

/** What the example's annotation and block say of the body. */
function exampleBody(example: ExampleResponse): ResponseBodyFacts {
  if (example.odataType) {
    const collection = /^collection\((.+)\)$/i.exec(example.odataType);
    const name = collection?.[1] ?? example.odataType;
    const isCollection = example.isCollection || example.valueArray || collection !== null;
    if (/^(?:edm\.)?stream$/i.test(name)) return { kind: 'binary' };
    const primitive = primitiveFor(name);
    if (primitive) return { kind: 'primitive', edm: primitive, collection: isCollection };
    return { kind: 'type', type: { name }, collection: isCollection };
  }
  if (!example.hasBody) return { kind: 'none' };
  if (example.contentType && !/json/.test(example.contentType)) return { kind: 'binary' };
  return { kind: 'unstated' };
}

/**
 * The example's type, collection where the annotation says so or where the prose called the
 * same type a collection (`isCollection` is often left out of annotations).
 */
function withCollection(body: ResponseBodyFacts, prose: ResponseBodyFacts): ResponseBodyFacts {
  if (body.kind === 'type' && prose.kind === 'type' && prose.collection && !body.collection) {
    return { ...body, collection: sameName(body.type.name, prose.type.name) };
  }
  return body;
}

function sameName(a: string, b: string): boolean {
  const last = (name: string) => name.split('.').pop()!.toLowerCase();
  return last(a) === last(b);
}
