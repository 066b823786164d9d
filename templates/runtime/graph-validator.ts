/**
 * Request and response bodies checked against the docs, for the client's `validate` option: the
 * output's `graphValidator` is made here from its runtime `operations` list, its
 * `validateRequestBody` and its type validators. A call names a path key and a method; the
 * requests that `GraphOperations` types that entry by are found by the path's shape (every
 * spelling of a path has one), and a body is good where any of them takes it.
 */
import type { GraphMethod, GraphValidator } from './client.js';
import type { GraphOperationEntry, GraphOperationResult } from './operation.js';
import { describeValue, type ValidationError } from './validation.js';

type ValidateBody = (operationId: string, body: unknown) => ValidationError[];
type Validate = (value: unknown) => ValidationError[];

/** What the service compares of a path: lower case, parameters blank (as `src/model/operations/routes.ts` computes it). */
export function pathShape(path: string): string {
  return path.replace(/\{[^{}]*\}/g, '{}').toLowerCase();
}

/**
 * `validators` is the output's `validators.js` as a namespace: `validateUser` and the rest, found
 * by the type names `operations` gives.
 */
export function createGraphValidator(
  operations: readonly GraphOperationEntry[],
  validateRequestBody: ValidateBody,
  validators: Readonly<Record<string, unknown>>,
): GraphValidator {
  let routes: Map<string, GraphOperationEntry[]> | undefined;
  const entriesOf = (method: GraphMethod, path: string): GraphOperationEntry[] => {
    routes ??= routeIndex(operations);
    return routes.get(`${method} ${pathShape(path)}`) ?? [];
  };
  const validatorOf = (type: string): Validate | undefined => {
    const validate = validators[`validate${type}`];
    return typeof validate === 'function' ? (validate as Validate) : undefined;
  };
  return {
    request: (method, path, body) => firstOrNone(entriesOf(method, path).map((entry) => () => validateRequestBody(entry.id, body))),
    response: (method, path, status, body) =>
      firstOrNone(
        entriesOf(method, path)
          .map((entry) => entry.responses[status])
          .filter((result): result is GraphOperationResult => result !== undefined)
          .map((result) => () => resultErrors(result, body, validatorOf)),
      ),
  };
}

/** The entries that type each method and path shape: the requests' own paths and alternatives, variants aside. */
function routeIndex(operations: readonly GraphOperationEntry[]): Map<string, GraphOperationEntry[]> {
  const routes = new Map<string, GraphOperationEntry[]>();
  for (const entry of operations) {
    for (const path of entry.variant ? [] : [entry.path, ...(entry.alternatives ?? [])]) {
      const key = `${entry.method} ${pathShape(path)}`;
      const entries = routes.get(key);
      if (entries) entries.push(entry);
      else routes.set(key, [entry]);
    }
  }
  return routes;
}

/** No error where any check passes (or there is none); else the first check's errors. */
function firstOrNone(checks: readonly (() => ValidationError[])[]): ValidationError[] {
  let first: ValidationError[] | undefined;
  for (const check of checks) {
    const errors = check();
    if (errors.length === 0) return [];
    first ??= errors;
  }
  return first ?? [];
}

const SOURCE = 'operations.js';

/**
 * A response body against what the docs say it is; what they leave open (bytes, nothing,
 * unknown) passes. Graph sends an entity or a JSON object as it is, a function's single value
 * wrapped (`{ value: x }`) and a collection as `{ value: [...] }`: errors inside `value` get its
 * pointer.
 */
function resultErrors(result: GraphOperationResult, body: unknown, validatorOf: (type: string) => Validate | undefined): ValidationError[] {
  switch (result.kind) {
    case 'type':
    case 'json': {
      const validate = result.kind === 'json' ? isJsonObject : validatorOf(result.type);
      if (!validate) return [];
      return result.collection ? eachOfValue(body, validate) : validate(body);
    }
    case 'enum':
    case 'primitive': {
      const validate = result.kind === 'enum' ? validatorOf(result.type) : (value: unknown) => (typeof value === result.type ? [] : [problem('', result.type, value)]);
      if (!validate) return [];
      if (result.collection) return eachOfValue(body, validate);
      return isObject(body) ? atValue(validate(body['value'])) : [problem('', 'a value: { value: ... }', body)];
    }
    case 'count':
      return typeof body === 'number' ? [] : [problem('', 'a number', body)];
    case 'references':
      return eachOfValue(body, (item) => (isObject(item) && typeof item['@odata.id'] === 'string' ? [] : [problem('', 'a reference: { "@odata.id": String }', item)]));
    default:
      return [];
  }
}

function eachOfValue(body: unknown, validate: Validate): ValidationError[] {
  if (!isObject(body) || !Array.isArray(body['value'])) return [problem('', 'a collection: { value: [...] }', body)];
  return body['value'].flatMap((item: unknown, index: number) => atValue(validate(item), `/${index}`));
}

function atValue(errors: readonly ValidationError[], below = ''): ValidationError[] {
  return errors.map((error) => ({ ...error, path: `/value${below}${error.path}` }));
}

function isJsonObject(value: unknown): ValidationError[] {
  return isObject(value) ? [] : [problem('', 'a JSON object', value)];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problem(path: string, expected: string, value: unknown): ValidationError {
  return { path, expected, found: describeValue(value), source: SOURCE };
}
