import { change, type ChangeSubject, type ModelChange } from './model-change.js';
import type { BodyParameterSummary, OperationSummary, ParameterSummary, RequestBodySummary, ResponseBodySummary } from './model-summary.js';
import { compareShapes, describeShape, type ModelIndex, type ValueShape } from './widening.js';

type Sides = { before: ModelIndex; after: ModelIndex };

/**
 * Operations are matched by id, method and path together; what is left, by method and path
 * (the id changed: ids of repeated example names are numbered in page order, so they shift
 * when a request is added before them), then by id (the path or method changed).
 */
export function compareOperations(before: readonly OperationSummary[], after: readonly OperationSummary[], sides: Sides): ModelChange[] {
  const changes: ModelChange[] = [];
  const unmatchedBefore = new Set(before);
  const unmatchedAfter = new Set(after);
  const pairs: [OperationSummary, OperationSummary][] = [];
  for (const key of MATCH_KEYS) {
    const waiting = new Map<string, OperationSummary[]>();
    for (const operation of unmatchedAfter) {
      const list = waiting.get(key(operation));
      if (list) list.push(operation);
      else waiting.set(key(operation), [operation]);
    }
    // Deleting the element being visited is safe while iterating a Set.
    for (const old of unmatchedBefore) {
      const now = waiting.get(key(old))?.shift();
      if (!now) continue;
      pairs.push([old, now]);
      unmatchedBefore.delete(old);
      unmatchedAfter.delete(now);
    }
  }
  for (const old of unmatchedBefore) changes.push(change('removed', subjectOf(old), true));
  for (const now of unmatchedAfter) changes.push(change('added', subjectOf(now), false));
  for (const [old, now] of pairs) changes.push(...compareOperation(old, now, sides));
  return changes;
}

const MATCH_KEYS: readonly ((operation: OperationSummary) => string)[] = [
  (operation) => `${operation.id}\0${operation.method} ${operation.path}`,
  (operation) => `${operation.method} ${operation.path}`,
  (operation) => operation.id,
];

function subjectOf(operation: OperationSummary): ChangeSubject {
  return { kind: 'operation', id: operation.id, method: operation.method, path: operation.path };
}

/** What changed in one operation, each as its own change under the operation as it is now. */
function compareOperation(old: OperationSummary, now: OperationSummary, sides: Sides): ModelChange[] {
  const subject = subjectOf(now);
  const changes: ModelChange[] = [];
  const changed = (breaking: boolean, detail: string): void => void changes.push(change('changed', subject, breaking, detail));

  if (old.id !== now.id) changed(true, `id ${old.id} → ${now.id}`);
  if (old.method !== now.method || old.path !== now.path) changed(true, `was ${old.method} ${old.path}`);
  const oldAlternatives = new Set((old.alternatives ?? []).map((a) => a.path));
  const newAlternatives = new Set((now.alternatives ?? []).map((a) => a.path));
  for (const path of oldAlternatives) if (!newAlternatives.has(path)) changed(true, `alternative path ${path} removed`);
  for (const path of newAlternatives) if (!oldAlternatives.has(path)) changed(false, `alternative path ${path} added`);
  for (const [what, before, after] of [
    ['query parameter', old.query, now.query],
    ['header', old.headers, now.headers],
  ] as const) {
    for (const difference of compareParameters(before.map(parameterShape), after.map(parameterShape), sides)) changed(difference.breaking, `${what} ${difference.detail}`);
  }
  for (const difference of compareRequestBodies(old.requestBody, now.requestBody, sides)) changed(difference.breaking, difference.detail);
  for (const difference of compareResponses(old, now)) changed(difference.breaking, difference.detail);
  return changes;
}

interface Difference {
  breaking: boolean;
  detail: string;
}

interface NamedShape extends ValueShape {
  name: string;
  required: boolean;
}

function parameterShape(parameter: ParameterSummary): NamedShape {
  return { name: parameter.name, type: parameter.type.type, collection: parameter.type.collection, nullable: false, required: parameter.required };
}

function bodyParameterShape(parameter: BodyParameterSummary): NamedShape {
  return { name: parameter.name, type: parameter.type, collection: parameter.collection, nullable: parameter.nullable, required: parameter.required };
}

/** A parameter removed, newly required or narrowed breaks callers; one added as optional does not. */
function compareParameters(before: readonly NamedShape[], after: readonly NamedShape[], sides: Sides): Difference[] {
  const differences: Difference[] = [];
  const now = new Map(after.map((parameter) => [parameter.name, parameter]));
  const old = new Map(before.map((parameter) => [parameter.name, parameter]));
  for (const parameter of before) {
    const next = now.get(parameter.name);
    if (!next) {
      differences.push({ breaking: true, detail: `${parameter.name} removed` });
      continue;
    }
    if (!parameter.required && next.required) differences.push({ breaking: true, detail: `${parameter.name} newly required` });
    if (parameter.required && !next.required) differences.push({ breaking: false, detail: `${parameter.name} no longer required` });
    const shape = compareShapes(parameter, next, sides);
    if (shape) differences.push({ breaking: shape.breaking, detail: `${parameter.name}: ${shape.detail}` });
  }
  for (const parameter of after) {
    if (old.has(parameter.name)) continue;
    differences.push({ breaking: parameter.required, detail: `${parameter.name} added${parameter.required ? ' (required)' : ''}: ${describeShape(parameter)}` });
  }
  return differences;
}

/**
 * Another kind or type of body breaks callers, as does a property newly required. Which
 * properties a create or update body omits follows from the type's read-only properties,
 * which are compared with the type, so it is not compared again here.
 */
function compareRequestBodies(old: RequestBodySummary, now: RequestBodySummary, sides: Sides): Difference[] {
  if (old.kind !== now.kind || ('type' in old && 'type' in now && old.type !== now.type)) {
    return [{ breaking: true, detail: `request body ${describeBody(old)} → ${describeBody(now)}` }];
  }
  if ((old.kind === 'create' || old.kind === 'update') && (now.kind === 'create' || now.kind === 'update')) {
    const wasRequired = new Set(old.required);
    const isRequired = new Set(now.required);
    return [
      ...now.required.filter((name) => !wasRequired.has(name)).map((name) => ({ breaking: true, detail: `request body property ${name} newly required` })),
      ...old.required.filter((name) => !isRequired.has(name)).map((name) => ({ breaking: false, detail: `request body property ${name} no longer required` })),
    ];
  }
  if (old.kind === 'parameters' && now.kind === 'parameters') {
    const differences = compareParameters(old.parameters.map(bodyParameterShape), now.parameters.map(bodyParameterShape), sides).map((d) => ({
      breaking: d.breaking,
      detail: `request body parameter ${d.detail}`,
    }));
    if (old.tsName !== now.tsName) differences.unshift({ breaking: true, detail: `request body exported as ${old.tsName} → ${now.tsName}` });
    return differences;
  }
  return [];
}

function describeBody(body: RequestBodySummary): string {
  switch (body.kind) {
    case 'create':
    case 'update':
      return `${body.kind} ${describeShape({ type: { kind: 'type', type: body.type }, collection: false, nullable: false })}`;
    case 'parameters':
      return `parameters (${body.tsName})`;
    case 'reference':
      return 'reference (@odata.id)';
    case 'unknown':
      return 'undocumented';
    default:
      return body.kind;
  }
}

/** A response removed or with another body breaks readers; one added does not, nor one that was undocumented. */
function compareResponses(old: OperationSummary, now: OperationSummary): Difference[] {
  const differences: Difference[] = [];
  const next = new Map(now.responses.map((response) => [response.status, response.body]));
  const previous = new Map(old.responses.map((response) => [response.status, response.body]));
  for (const { status, body } of old.responses) {
    const after = next.get(status);
    if (!after) differences.push({ breaking: true, detail: `response ${status} removed` });
    else if (describeResponse(body) !== describeResponse(after)) {
      differences.push({ breaking: body.kind !== 'unknown', detail: `response ${status}: ${describeResponse(body)} → ${describeResponse(after)}` });
    }
  }
  for (const { status, body } of now.responses) {
    if (!previous.has(status)) differences.push({ breaking: false, detail: `response ${status} added: ${describeResponse(body)}` });
  }
  return differences;
}

/** Says everything the generated response type depends on, so equal descriptions mean equal types. */
function describeResponse(body: ResponseBodySummary): string {
  switch (body.kind) {
    case 'type':
      return `${describeShape({ type: { kind: 'type', type: body.type }, collection: body.collection, nullable: false })}${body.delta ? ' (delta)' : ''}`;
    case 'enum':
      return describeShape({ type: { kind: 'enum', enum: body.enum }, collection: body.collection, nullable: false });
    case 'primitive':
      return describeShape({ type: { kind: 'primitive', edm: body.edm }, collection: body.collection, nullable: false });
    case 'json':
      return describeShape({ type: { kind: 'json' }, collection: body.collection, nullable: false });
    case 'none':
      return 'no body';
    case 'count':
      return 'count (text)';
    case 'references':
      return 'references (@odata.id)';
    case 'unknown':
      return 'undocumented';
    case 'binary':
      return 'binary';
  }
}
