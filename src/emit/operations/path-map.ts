import { compareText, formatPosition } from '../../diagnostics/diagnostic.js';
import type { HttpMethod, Operation, OperationParameter, PathParameter } from '../../model/operations/operation-model.js';
import { Code, _, joinCode, propertyKey } from '../code/code.js';
import { tsUnion } from '../code/declarations.js';
import { CodeWriter } from '../code/writer.js';
import { parameterType, requestBodyType, responseBodyType, type RootTypeNames } from './type-text.js';

/** Method order within a path, as OpenAPI lists them. */
const METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];

interface MethodEntry {
  /** The operations documenting this method on this path: one, or several that share it. */
  operations: Operation[];
  parameters: readonly PathParameter[];
}

/**
 * The members of the `GraphOperations` interface: one per path (an operation's own and each of
 * its alternatives, where the typed map gave it that path), sorted, each with one member per
 * method.
 */
export function writePathMembers(writer: CodeWriter, operations: readonly Operation[], names: RootTypeNames, readOnlyKeys: (qualifiedName: string) => Code): void {
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
  for (const path of [...byPath.keys()].sort(compareText)) {
    const methods = byPath.get(path)!;
    writer.block(_`${path}:`, (members) => {
      for (const method of METHODS) {
        const entry = methods.get(method);
        if (entry) writeMethod(members, entry, names, readOnlyKeys);
      }
    }, _`};`);
  }
}

/**
 * One method's member. Where several operations share the path, the path's parameters are the
 * first one's (the same path has the same parameters); the query options and headers are all
 * of theirs, required where every one requires them; the body and each response are the union
 * of theirs.
 */
function writeMethod(writer: CodeWriter, entry: MethodEntry, names: RootTypeNames, readOnlyKeys: (qualifiedName: string) => Code): void {
  const [first, ...others] = entry.operations as [Operation, ...Operation[]];
  const ids = entry.operations.map((operation) => `\`${operation.id}\``).join(', ');
  const accepts = entry.parameters.filter((p) => p.accepts).map((p) => ` \`{${p.name}}\` accepts ${p.accepts!.join(', ')}.`);
  const sources = [first, ...others].map((operation) => `@see ${formatPosition(operation.source)}`);
  // One line, `@see` tags after the text: thousands of these stand in the map.
  writer.doc([[`${first.summary ? `${first.summary} (${ids})` : ids}.${accepts.join('')}`, ...sources].join(' ')]);
  const bodies = unique(entry.operations.map((operation) => requestBodyType(operation.requestBody, names, readOnlyKeys)));
  const sent = bodies.filter((body): body is Code => body !== undefined);
  const statuses = [...new Set(entry.operations.flatMap((operation) => operation.responses.map((response) => response.status)))].sort((a, b) => a - b);
  const responses = statuses.map((status) => {
    const types = entry.operations.flatMap((operation) => operation.responses.filter((r) => r.status === status).map((r) => responseBodyType(r.body, names)));
    return _`${status}: ${tsUnion(unique(types))}`;
  });
  writer.block(_`${Code.trusted(first.method.toLowerCase())}:`, (member) => {
    const groups = [
      group('path', entry.parameters.map((p) => ({ ...p, required: true })), names),
      group('query', merged(entry.operations.map((o) => o.query)), names),
      group('header', merged(entry.operations.map((o) => o.headers)), names),
    ];
    if (groups.every((g) => g.documented === undefined)) member.line(_`parameters: { ${joinCode(groups.map((g) => g.line!), _`; `)} };`);
    else {
      member.block(_`parameters:`, (parameters) => {
        for (const g of groups) {
          if (g.documented) parameters.block(g.documented.head, g.documented.body, _`};`);
          else parameters.line(_`${g.line!};`);
        }
      }, _`};`);
    }
    member.line(sent.length === 0 ? _`requestBody?: never;` : _`requestBody${bodies.length > sent.length ? _`?` : _``}: ${tsUnion(sent)};`);
    member.line(_`responses: { ${joinCode(responses, _`; `)} };`);
  }, _`};`);
}

type Parameter = OperationParameter | (PathParameter & { required: boolean });

/** One group of parameters: `query?: never` where there are none, optional where none is required; one line where none has a description. */
function group(name: string, parameters: readonly Parameter[], names: RootTypeNames): { line?: Code; documented?: { head: Code; body: (writer: CodeWriter) => void } } {
  const key = Code.trusted(name);
  if (parameters.length === 0) return { line: _`${key}?: never` };
  const optional = parameters.every((p) => !p.required) ? _`?` : _``;
  const member = (p: Parameter): Code => _`${propertyKey(p.name)}${p.required ? _`` : _`?`}: ${parameterType(p.type, names)}`;
  if (parameters.every((p) => !p.description?.trim())) return { line: _`${key}${optional}: { ${joinCode(parameters.map(member), _`; `)} }` };
  return { documented: { head: _`${key}${optional}:`, body: (writer) => parameters.forEach((p) => writer.doc([p.description]).line(_`${member(p)};`)) } };
}

function merged(lists: readonly (readonly OperationParameter[])[]): OperationParameter[] {
  const byName = new Map<string, OperationParameter>();
  for (const list of lists) for (const parameter of list) if (!byName.has(parameter.name)) byName.set(parameter.name, parameter);
  return [...byName.values()].map((parameter) => ({
    ...parameter,
    required: lists.every((list) => list.some((p) => p.name === parameter.name && p.required)),
  }));
}

/** Codes with the same text once each, in first-seen order. */
function unique<T extends Code | undefined>(codes: readonly T[]): T[] {
  const seen = new Set<string>();
  return codes.filter((code) => {
    const text = String(code);
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}
