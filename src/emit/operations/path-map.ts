import { compareText, formatPosition } from '../../diagnostics/diagnostic.js';
import type { HttpMethod, Operation, OperationParameter, PathParameter } from '../../model/operations/operation-model.js';
import { Code, Name, _, joinCode, propertyKey } from '../code/code.js';
import type { ModuleWriter } from '../code/module-writer.js';
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
export function writePathMembers(writer: CodeWriter, operations: readonly Operation[], names: RootTypeNames, readOnlyKeys: (qualifiedName: string) => Code, groups: ParameterGroups): void {
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
        if (entry) writeMethod(members, entry, names, readOnlyKeys, groups);
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
function writeMethod(writer: CodeWriter, entry: MethodEntry, names: RootTypeNames, readOnlyKeys: (qualifiedName: string) => Code, shared: ParameterGroups): void {
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
    const query = merged(entry.operations.map((o) => o.query));
    const groups = [
      group('path', entry.parameters.map((p) => ({ ...p, required: true })), names, shared),
      answersCollection(entry.operations) ? collectionQuery(query, names, shared) : group('query', query, names, shared),
      group('header', merged(entry.operations.map((o) => o.headers)), names, shared),
    ];
    member.line(_`parameters: { ${joinCode(groups, _`; `)} };`);
    member.line(sent.length === 0 ? _`requestBody?: never;` : _`requestBody${bodies.length > sent.length ? _`?` : _``}: ${tsUnion(sent)};`);
    member.line(_`responses: { ${joinCode(responses, _`; `)} };`);
  }, _`};`);
}

type Parameter = OperationParameter | (PathParameter & { required: boolean });
type GroupName = 'path' | 'query' | 'header';

/**
 * Parameter groups whose parameters have descriptions, each declared once as an interface of
 * its own (`headerParameters1`), which every request with that group refers to: a description
 * of a header that hundreds of workbook requests take is written once, and each request's
 * parameters stay on one line. Lower case on purpose: no generated type name starts with one.
 */
export class ParameterGroups {
  private readonly byText = new Map<string, Name>();
  private readonly declared: { name: Name; members: CodeWriter }[] = [];
  private readonly counts = new Map<GroupName, number>();

  constructor(private readonly module: ModuleWriter) {}

  name(group: GroupName, members: CodeWriter): Name {
    const key = `${group}\0${members.toString()}`;
    let name = this.byText.get(key);
    if (!name) {
      const count = (this.counts.get(group) ?? 0) + 1;
      this.counts.set(group, count);
      name = this.module.declare(`${group}Parameters${count}`);
      this.byText.set(key, name);
      this.declared.push({ name, members });
    }
    return name;
  }

  /** The interfaces, in the order they were first used. */
  write(writer: CodeWriter): void {
    for (const { name, members } of this.declared) writer.blank().block(_`interface ${name}`, (body) => body.append(members));
  }
}

/** One group of parameters: `query?: never` where there are none, optional where none is required. */
function group(name: GroupName, parameters: readonly Parameter[], names: RootTypeNames, shared: ParameterGroups): Code {
  if (parameters.length === 0) return _`${Code.trusted(name)}?: never`;
  const optional = parameters.every((p) => !p.required) ? _`?` : _``;
  return _`${Code.trusted(name)}${optional}: ${objectType(name, parameters, names, shared)}`;
}

/** `{ a?: T; b: U }` of `parameters` where none has a description, else the name of the group's interface. */
function objectType(group: GroupName, parameters: readonly Parameter[], names: RootTypeNames, shared: ParameterGroups): Code {
  const property = (p: Parameter): Code => _`${propertyKey(p.name)}${p.required ? _`` : _`?`}: ${parameterType(p.type, names)}`;
  if (parameters.every((p) => !p.description?.trim())) return _`{ ${joinCode(parameters.map(property), _`; `)} }`;
  const members = new CodeWriter();
  for (const p of parameters) members.doc([p.description]).line(_`${property(p)};`);
  return _`${shared.name(group, members)}`;
}

/** The OData system query options of `GraphCollectionQuery`, as they are named there. */
const COLLECTION_QUERY_OPTIONS: ReadonlySet<string> = new Set(['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$count', '$search']);

/** A GET that answers a collection, as any of the operations sharing the entry documents it. */
function answersCollection(operations: readonly Operation[]): boolean {
  return operations.some(
    (operation) =>
      operation.method === 'GET' &&
      operation.responses.some(({ body }) => body.kind === 'references' || ('collection' in body && body.collection)),
  );
}

/**
 * A collection GET's query: `GraphCollectionQuery`, which Graph accepts on any of them, and
 * the options its pages document besides (a documented system option is `GraphCollectionQuery`'s
 * unless the page makes it required).
 */
function collectionQuery(parameters: readonly OperationParameter[], names: RootTypeNames, shared: ParameterGroups): Code {
  const standard = names.runtime('GraphCollectionQuery');
  const extra = parameters.filter((p) => p.required || !COLLECTION_QUERY_OPTIONS.has(p.name));
  if (extra.length === 0) return _`query?: ${standard}`;
  const optional = extra.every((p) => !p.required) ? _`?` : _``;
  return _`query${optional}: ${standard} & ${objectType('query', extra, names, shared)}`;
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
