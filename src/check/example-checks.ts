import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalogue.js';
import type { HttpMethod, Operation } from '../model/operations/operation-model.js';
import type { CheckFacts, ExampleBlockFacts } from '../parse/check/check-facts.js';
import { pointerTokens } from '../files/json-pointer.js';
import { readJsonBody, type JsonBody } from '../parse/check/json-body.js';
import { finding } from './findings.js';
import { unwrapCollection, type ModelIndex } from './model-index.js';
import type { OperationLookup } from './operation-lookup.js';
import { isPlaceholder, placeholdersIn } from './placeholders.js';
import { GRAPH_ROOTS, readRequestUrl } from './request-url.js';
import type { ValidatorError, ValidatorHost } from './validator-host.js';

export interface ExampleContext {
  index: ModelIndex;
  lookup: OperationLookup;
  host: ValidatorHost;
}

/** What became of one example. */
export type Outcome =
  | 'valid'
  | 'invalid'
  | 'invalid-json'
  | 'no-body'
  | 'not-json'
  | 'no-type'
  | 'type-unknown'
  | 'not-an-object-type'
  | 'other-host'
  | 'no-request-line'
  | 'no-value-array';

/** One error the validators found in an example, as reported and with what the figures need to judge it. */
export interface ExampleError extends ValidatorError {
  code: DiagnosticCode;
  /** The type the enclosing item was validated as (qualified), where a type's validator ran. */
  rootType?: string;
  /** The item validated (the body, or one element of a collection) and the pointer of the item in the body. */
  item: unknown;
  prefix: string;
}

export interface ExampleOutcome {
  file: string;
  line: number;
  blockType: 'request' | 'response';
  /** The type or operation the example was checked against. */
  against?: string;
  outcome: Outcome;
  errors: ExampleError[];
}

interface RequestSeen {
  example: ExampleBlockFacts;
  operation?: Operation;
}

/**
 * Every request and response example of a page, checked: a request's URL against Graph's roots
 * and the documented paths, its body with `validateRequestBody` of the request it calls; a
 * response's body with the validator of the type its annotation names, or else of the type the
 * request it answers returns for its status. Each error is one diagnostic at the offending value.
 */
export async function checkExamples(facts: CheckFacts, context: ExampleContext): Promise<{ diagnostics: Diagnostic[]; outcomes: ExampleOutcome[] }> {
  const diagnostics: Diagnostic[] = [];
  const outcomes: ExampleOutcome[] = [];
  const requests: RequestSeen[] = [];
  let last: RequestSeen | undefined;
  for (const example of facts.examples) {
    const outcome: ExampleOutcome = { file: facts.file, line: example.source.line, blockType: example.blockType, outcome: 'valid', errors: [] };
    outcomes.push(outcome);
    if (example.blockType === 'request') {
      last = { example };
      requests.push(last);
      await checkRequest(example, last, outcome, facts.file, context, diagnostics);
    } else {
      const names = [example.name ?? []].flat();
      const answered = names.length > 0 ? requests.find((request) => names.includes(request.example.name as string)) : last;
      await checkResponse(example, answered?.operation, outcome, context, diagnostics);
    }
  }
  return { diagnostics, outcomes };
}

async function checkRequest(example: ExampleBlockFacts, seen: RequestSeen, outcome: ExampleOutcome, page: string, context: ExampleContext, diagnostics: Diagnostic[]): Promise<void> {
  const request = example.request;
  if (!request) return void (outcome.outcome = 'no-request-line');
  const url = readRequestUrl(request.url);
  if (url.kind === 'other-host') return void (outcome.outcome = 'other-host');
  const method = request.method as HttpMethod;
  const name = typeof example.name === 'string' ? example.name : undefined;
  if (url.rootProblem) diagnostics.push(finding('request-url-invalid', `request URL ${url.rootProblem}: a Graph request starts with ${GRAPH_ROOTS}`, request.source));
  // Past a wrong root, the documented path may start a segment or two later.
  const tries = url.rootProblem ? [url.path, ...[1, 2].map((drop) => `/${url.path.split('/').slice(drop + 1).join('/')}`)] : [url.path];
  const lookups = tries.map((path) => context.lookup.find(method, path, page, name));
  const found = lookups.find((lookup) => lookup.operation) ?? lookups[0]!;
  seen.operation = found.operation ?? context.lookup.named(name, page);
  if (!found.operation && !url.rootProblem) {
    const others = found.otherMethods.length > 0 ? `; the docs document ${found.otherMethods.join(', ')} on it` : '';
    diagnostics.push(finding('request-path-unknown', `${method} ${url.path} matches no documented request path${others}`, request.source));
  }
  const body = readBody(example, outcome, diagnostics);
  if (!body) return;
  const operation = seen.operation;
  if (operation && operation.requestBody.kind !== 'binary' && operation.requestBody.kind !== 'unknown') {
    outcome.against = operation.id;
    const rootType = operation.requestBody.kind === 'create' || operation.requestBody.kind === 'update' ? operation.requestBody.type : undefined;
    const errors = await context.host.validateRequestBody(operation.id, body.value);
    report(errors.map((error) => ({ ...error, prefix: '', item: body.value, ...(rootType ? { rootType } : {}) })), body, outcome, diagnostics);
    return;
  }
  await checkAgainstAnnotation(example, body, outcome, context, diagnostics);
}

async function checkResponse(example: ExampleBlockFacts, operation: Operation | undefined, outcome: ExampleOutcome, context: ExampleContext, diagnostics: Diagnostic[]): Promise<void> {
  if (example.odataType) {
    const body = readBody(example, outcome, diagnostics);
    if (body) await checkAgainstAnnotation(example, body, outcome, context, diagnostics);
    return;
  }
  const response = operation?.responses.find((candidate) => candidate.status === example.status)?.body;
  if (response?.kind !== 'type') return void (outcome.outcome = example.body ? 'no-type' : 'no-body');
  const body = readBody(example, outcome, diagnostics);
  if (body) await checkItems(response.type, response.collection, body, outcome, context, diagnostics);
}

/** Against the type the annotation's `@odata.type` names. */
async function checkAgainstAnnotation(example: ExampleBlockFacts, body: JsonBody, outcome: ExampleOutcome, context: ExampleContext, diagnostics: Diagnostic[]): Promise<void> {
  if (!example.odataType) return void (outcome.outcome = 'no-type');
  const named = unwrapCollection(example.odataType);
  if (/^Edm\./i.test(named.name) || context.index.isEnum(named.name)) return void (outcome.outcome = 'not-an-object-type');
  const type = context.index.type(named.name);
  if (!type) {
    outcome.outcome = 'type-unknown';
    diagnostics.push(finding('example-type-unknown', `the annotation names ${example.odataType}, which no page documents; the example is not checked`, example.source));
    return;
  }
  await checkItems(type.qualifiedName, named.collection || example.isCollection, body, outcome, context, diagnostics);
}

async function checkItems(typeName: string, collection: boolean, body: JsonBody, outcome: ExampleOutcome, context: ExampleContext, diagnostics: Diagnostic[]): Promise<void> {
  const type = context.index.type(typeName);
  const validate = type ? await context.host.validator(type.tsName) : undefined;
  if (!type || !validate) return void (outcome.outcome = 'no-type');
  outcome.against = type.qualifiedName;
  const items = itemsOf(body.value, collection);
  if (!items) return void (outcome.outcome = 'no-value-array');
  const errors = items.flatMap(([prefix, item]) => validate(item).map((error) => ({ ...error, path: `${prefix}${error.path}`, prefix, item, rootType: type.qualifiedName })));
  report(errors, body, outcome, diagnostics);
}

/** The body as JSON, where the example has one that starts like JSON; an example-invalid-json finding where it does not parse. */
function readBody(example: ExampleBlockFacts, outcome: ExampleOutcome, diagnostics: Diagnostic[]): JsonBody | undefined {
  const text = example.body?.text.trim() ?? '';
  if (!example.body || text === '') return void (outcome.outcome = 'no-body');
  if (!text.startsWith('{') && !text.startsWith('[')) return void (outcome.outcome = 'not-json');
  const read = readJsonBody(example.source.file, example.body.text, example.body.line);
  if (read.ok) return read.body;
  outcome.outcome = 'invalid-json';
  diagnostics.push(finding('example-invalid-json', `the ${example.blockType} body is not JSON (${read.message}); it is not checked`, read.source));
  return undefined;
}

/** The items a body holds: itself, or each element of a collection (`{ "value": [...] }` or an array). */
function itemsOf(value: unknown, collection: boolean): [string, unknown][] | undefined {
  if (!collection) return [['', value]];
  if (Array.isArray(value)) return value.map((item, index) => [`/${index}`, item]);
  const items = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['value'] : undefined;
  return Array.isArray(items) ? items.map((item, index) => [`/value/${index}`, item]) : undefined;
}

/** Each error one diagnostic at its value; then each placeholder no error named. */
function report(errors: Omit<ExampleError, 'code'>[], body: JsonBody, outcome: ExampleOutcome, diagnostics: Diagnostic[]): void {
  const reported = new Set<string>();
  for (const error of errors) {
    const at = body.positionOf(error.path);
    const value = valueAt(body.value, error.path);
    const code = codeOf(error, value);
    outcome.errors.push({ ...error, code });
    reported.add(error.path);
    diagnostics.push(finding(code, messageOf(code, error, value), at));
  }
  for (const placeholder of placeholdersIn(body.value)) {
    if (reported.has(placeholder.path)) continue;
    diagnostics.push(finding('placeholder-value', `${placeholder.path || '(root)'}: ${JSON.stringify(placeholder.value)} is a placeholder, not a value`, body.positionOf(placeholder.path)));
  }
  outcome.outcome = errors.length > 0 ? 'invalid' : 'valid';
}

function codeOf(error: ValidatorError, value: unknown): DiagnosticCode {
  if (isPlaceholder(value)) return 'placeholder-value';
  if (error.expected.endsWith('(required)') && error.found === 'undefined') return 'request-body-required-missing';
  if (error.expected === 'no request body') return 'request-body-unexpected';
  return 'example-value-invalid';
}

function messageOf(code: DiagnosticCode, error: ValidatorError, value: unknown): string {
  const where = error.path || '(root)';
  switch (code) {
    case 'placeholder-value':
      return `${where}: ${JSON.stringify(value)} is a placeholder where ${error.expected} belongs`;
    case 'request-body-required-missing':
      return `${where}: required by the request (${error.expected.replace(/ \(required\)$/, '')}), and missing`;
    case 'request-body-unexpected':
      return 'the request sends a body, and the documented request takes none';
    default:
      return `${where}: expected ${error.expected}, found ${error.found}`;
  }
}

function valueAt(value: unknown, pointer: string): unknown {
  let current: unknown = value;
  for (const key of pointerTokens(pointer)) {
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

