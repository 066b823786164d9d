import { compareText, formatPosition } from '../../diagnostics/diagnostic.js';
import type { HttpMethod, Operation, OperationParameter, PathParameter } from '../../model/operations/operation-model.js';
import { propertyKey } from '../identifiers.js';
import { commentText } from '../jsdoc.js';
import { parameterText, requestBodyText, responseBodyText, type Imports } from './type-text.js';

/** Method order within a path, as OpenAPI lists them. */
const METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];

export interface PathEntry {
  path: string;
  /** Type text of `{ get: {...}; post: {...} }`. */
  type: string;
}

interface MethodEntry {
  /** The operations documenting this method on this path: one, or several that share it. */
  operations: Operation[];
  parameters: readonly PathParameter[];
}

/**
 * The members of the `GraphOperations` interface: one per path (an operation's own and each of its
 * alternatives, where the typed map gave it that path), sorted, each with one member per method.
 * Type literals are written on one line where they carry no comment: prettier keeps a short one
 * that way, which keeps a file of thousands of entries readable and quick to format.
 */
export function pathEntries(operations: readonly Operation[], imports: Imports, readOnlyKeys: (qualifiedName: string) => string): PathEntry[] {
  const byPath = new Map<string, Map<HttpMethod, MethodEntry>>();
  const add = (path: string, operation: Operation, parameters: readonly PathParameter[]): void => {
    const methods = byPath.get(path) ?? new Map<HttpMethod, MethodEntry>();
    const entry = methods.get(operation.method);
    if (entry) entry.operations.push(operation);
    else methods.set(operation.method, { operations: [operation], parameters });
    byPath.set(path, methods);
  };
  for (const operation of operations) {
    if (!(operation.sharesPathWith && operation.queryExample)) add(operation.path, operation, operation.pathParameters);
    for (const alternative of operation.alternatives ?? []) add(alternative.path, operation, alternative.pathParameters);
  }
  return [...byPath.keys()].sort(compareText).map((path) => {
    const methods = byPath.get(path)!;
    const members = METHODS.filter((method) => methods.has(method)).map((method) => methodText(methods.get(method)!, imports, readOnlyKeys));
    return { path, type: `{\n${members.join('\n')}\n}` };
  });
}

/**
 * One method's member. Where several operations share the path, the path's parameters are the
 * first one's (the same path has the same parameters); the query options and headers are all
 * of theirs, required where every one requires them; the body and each response are the union
 * of theirs.
 */
function methodText(entry: MethodEntry, imports: Imports, readOnlyKeys: (qualifiedName: string) => string): string {
  const [first, ...others] = entry.operations as [Operation, ...Operation[]];
  const bodies = unique(entry.operations.map((operation) => requestBodyText(operation.requestBody, imports, readOnlyKeys)));
  const statuses = [...new Set(entry.operations.flatMap((operation) => operation.responses.map((response) => response.status)))].sort((a, b) => a - b);
  const responses = statuses.map((status) => {
    const texts = entry.operations.flatMap((operation) => operation.responses.filter((r) => r.status === status).map((r) => responseBodyText(r.body, imports)));
    return `${status}: ${unique(texts).join(' | ')};`;
  });
  const body = bodies.filter((text) => text !== 'never');
  const ids = entry.operations.map((operation) => `\`${operation.id}\``).join(', ');
  return [
    doc([`${first.summary ? `${first.summary} (${ids})` : ids}.`, `@see ${formatPosition(first.source)}`, ...others.map((o) => `@see ${formatPosition(o.source)}`)]),
    `${first.method.toLowerCase()}: {`,
    `parameters: { ${group('path', entry.parameters.map((p) => ({ ...p, required: true })), imports)} ${group('query', merged(entry.operations.map((o) => o.query)), imports)} ${group('header', merged(entry.operations.map((o) => o.headers)), imports)} };`,
    body.length === 0 ? 'requestBody?: never;' : `requestBody${bodies.length > body.length ? '?' : ''}: ${body.join(' | ')};`,
    `responses: { ${responses.join(' ')} };`,
    '};',
  ].join('\n');
}

/** `query?: never` where there are none; optional where none of them is required. */
function group(name: string, parameters: readonly (OperationParameter | (PathParameter & { required: boolean }))[], imports: Imports): string {
  if (parameters.length === 0) return `${name}?: never;`;
  const optional = parameters.every((p) => !p.required);
  const members = parameters.map((p) => {
    const comment = doc([p.description, 'accepts' in p && p.accepts ? `Accepts: ${p.accepts.join(', ')}.` : undefined]);
    return `${comment ? `\n${comment}\n` : ''}${propertyKey(p.name)}${p.required ? '' : '?'}: ${parameterText(p.type, imports)};`;
  });
  return `${name}${optional ? '?' : ''}: { ${members.join(' ')} };`;
}

/** A JSDoc comment of the given paragraphs, or nothing where there are none. */
export function doc(paragraphs: readonly (string | undefined)[]): string {
  const kept = paragraphs.filter((p): p is string => p !== undefined && p.trim() !== '').map(commentText);
  if (kept.length === 0) return '';
  if (kept.length === 1 && !kept[0]!.includes('\n')) return `/** ${kept[0]} */`;
  return `/**\n${kept.join('\n').split('\n').map((line) => ` * ${line}`.trimEnd()).join('\n')}\n */`;
}

function merged(lists: readonly (readonly OperationParameter[])[]): OperationParameter[] {
  const byName = new Map<string, OperationParameter>();
  for (const list of lists) for (const parameter of list) if (!byName.has(parameter.name)) byName.set(parameter.name, parameter);
  return [...byName.values()].map((parameter) => ({
    ...parameter,
    required: lists.every((list) => list.some((p) => p.name === parameter.name && p.required)),
  }));
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}
