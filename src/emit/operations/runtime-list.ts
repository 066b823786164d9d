import { formatPosition } from '../../diagnostics/diagnostic.js';
import type { Operation, RequestBody, ResponseBody } from '../../model/operations/operation-model.js';
import { PRIMITIVE_TYPES } from '../type-expression.js';

/**
 * The `operations` list's entries as plain data (the runtime's `OperationEntry`): types are
 * named by their TypeScript names, so that code can find `validateUser` for `User`.
 */
export function runtimeEntries(operations: readonly Operation[], tsNameOf: (qualifiedName: string) => string | undefined): unknown[] {
  return operations.map((operation) => {
    const body = bodyEntry(operation.requestBody, tsNameOf);
    return {
      id: operation.id,
      method: operation.method,
      path: operation.path,
      ...(operation.alternatives ? { alternatives: operation.alternatives.map((alternative) => alternative.path) } : {}),
      ...(operation.queryExample ? { variant: true } : {}),
      ...(body ? { requestBody: body } : {}),
      responses: Object.fromEntries(operation.responses.map((response) => [response.status, resultEntry(response.body, tsNameOf)])),
      source: formatPosition(operation.source),
    };
  });
}

function bodyEntry(body: RequestBody, tsNameOf: (qualifiedName: string) => string | undefined): unknown {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'create':
    case 'update': {
      const type = tsNameOf(body.type);
      return type ? { kind: body.kind, type, omit: body.omit, required: body.required } : { kind: 'unknown' };
    }
    case 'parameters':
      return { kind: 'parameters', type: body.tsName };
    case 'reference':
    case 'binary':
      return { kind: body.kind };
    case 'unknown':
      return { kind: 'unknown' };
  }
}

function resultEntry(body: ResponseBody, tsNameOf: (qualifiedName: string) => string | undefined): unknown {
  const collection = 'collection' in body && body.collection ? { collection: true } : {};
  switch (body.kind) {
    case 'type':
    case 'enum': {
      const type = tsNameOf(body.kind === 'type' ? body.type : body.enum);
      if (!type) return { kind: 'unknown' };
      return { kind: body.kind, type, ...collection, ...(body.kind === 'type' && body.delta ? { delta: true } : {}) };
    }
    case 'primitive':
      return { kind: 'primitive', type: PRIMITIVE_TYPES[body.edm], ...collection };
    case 'json':
      return { kind: 'json', ...collection };
    case 'none':
    case 'count':
    case 'references':
    case 'binary':
    case 'unknown':
      return { kind: body.kind };
  }
}
