import type { OperationFacts, ResponseFacts } from '../../parse/operations/operation-facts.js';
import type { OperationResponse, ResponseBody } from './operation-model.js';
import type { PageScope } from './request-body.js';
import type { OperationTypes } from './type-resolver.js';

/**
 * The responses, with their bodies resolved. What the path addresses outranks the prose for a
 * GET's success: `$count` answers a number, `$ref` references, `$value` bytes, whatever type the
 * page names (it names the resource's, as the examples of `$value` pages show). A success
 * status whose body the docs leave untyped beside one they type answers the typed one's body.
 */
export function resolveResponses(facts: OperationFacts, page: PageScope, types: OperationTypes): OperationResponse[] {
  const path = facts.paths[0]!;
  const delta = (path.functionName ?? path.lastSegment) === 'delta';
  const byTarget: ResponseBody | undefined =
    facts.method !== 'GET'
      ? undefined
      : path.target === 'count'
        ? { kind: 'count' }
        : path.target === 'ref'
          ? { kind: 'references' }
          : path.target === 'value'
            ? { kind: 'binary' }
            : undefined;
  const responses = facts.responses.filter((response) => response.status < 400);
  if (byTarget && !responses.some((response) => response.status === 200)) responses.unshift({ status: 200, body: { kind: 'unstated' }, source: facts.source });
  const resolved = responses.map((response) => ({
    status: response.status,
    body: byTarget && response.status === 200 ? byTarget : bodyOf(response, delta, page, types),
  }));
  // A success status the docs give no body type for (`202 Accepted` beside `200 OK` and a user)
  // answers what the typed one does: left unknown, it would make any success answer unknown.
  const typed = resolved.find((response) => response.status < 300 && response.body.kind !== 'unknown' && response.body.kind !== 'none');
  return resolved.map((response, index) =>
    typed && response.status < 300 && responses[index]!.body.kind === 'unstated' && !(byTarget && response.status === 200) ? { ...response, body: typed.body } : response,
  );
}

function bodyOf(response: ResponseFacts, delta: boolean, page: PageScope, types: OperationTypes): ResponseBody {
  const body = response.body;
  switch (body.kind) {
    case 'none':
      return { kind: 'none' };
    case 'binary':
      return { kind: 'binary' };
    case 'primitive':
      return { kind: 'primitive', edm: body.edm, collection: body.collection };
    case 'unstated':
      return { kind: 'unknown', reason: `the docs name no type for the ${response.status} response` };
    case 'type': {
      const resolved = types.reference(body.type, page.file, page.namespace);
      switch (resolved.kind) {
        case 'type':
          return { kind: 'type', type: resolved.type, collection: body.collection, ...(delta && body.collection ? { delta: true } : {}) };
        case 'enum':
          return { kind: 'enum', enum: resolved.enum, collection: body.collection };
        case 'primitive':
          return resolved.edm === 'Edm.Stream' ? { kind: 'binary' } : { kind: 'primitive', edm: resolved.edm, collection: body.collection };
        case 'json':
          return { kind: 'json', collection: body.collection };
        case 'unknown':
          return { kind: 'unknown', reason: `the ${response.status} response's type "${body.type.name}" is documented nowhere` };
      }
    }
  }
}
