import { compareText, formatPosition } from '../../diagnostics/diagnostic.js';
import type { HttpMethod, Operation, OperationParameter, OperationPath, PathParameter } from '../../model/operations/operation-model.js';
import { Code, Name, _, isIdentifier, joinCode, propertyKey } from '../code/code.js';
import type { ModuleWriter } from '../code/module-writer.js';
import { tsUnion } from '../code/declarations.js';
import { CodeWriter } from '../code/writer.js';
import { parameterType, requestBodyType, responseBodyType, type RootTypeNames } from './type-text.js';

/** Method order within a path, as OpenAPI lists them. */
const METHODS: readonly HttpMethod[] = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];

/**
 * One request as the typed map types it: the operation that owns its paths and those that share
 * its own path (`sharesPathWith`), keyed by every path it owns and every spelling of each.
 */
interface MapEntry {
  operations: [Operation, ...Operation[]];
  keys: OperationPath[];
}

/** The entries of the map, in the order of their owners. */
function mapEntries(operations: readonly Operation[]): MapEntry[] {
  const byOwner = new Map<string, MapEntry>();
  const entries: MapEntry[] = [];
  for (const operation of operations) {
    // A request that shares its path, or only shows it with query options, owns none of it.
    const ownsPath = operation.sharesPathWith === undefined && !operation.queryExample;
    const keys = [...(ownsPath ? [operation, ...(operation.spellings ?? [])] : []), ...(operation.alternatives ?? []).flatMap((alternative) => [alternative, ...(alternative.spellings ?? [])])];
    const entry: MapEntry = { operations: [operation], keys: keys.map(({ path, pathParameters }) => ({ path, pathParameters })) };
    byOwner.set(operation.id, entry);
    entries.push(entry);
  }
  for (const operation of operations) {
    if (operation.sharesPathWith !== undefined && !operation.queryExample) byOwner.get(operation.sharesPathWith)?.operations.push(operation);
  }
  return entries.filter((entry) => entry.keys.length > 0);
}

/**
 * The members of the `GraphOperations` interface: one per key, sorted, each with one member per
 * method. A request under one key is written out in place; one under several is declared once
 * (`requests.write`), generic in its path parameters, and each key names it with its own.
 */
export function writePathMembers(writer: CodeWriter, operations: readonly Operation[], names: RootTypeNames, readOnlyKeys: (qualifiedName: string) => Code, groups: ParameterGroups, requests: SharedRequests): void {
  const byPath = new Map<string, Map<HttpMethod, { entry: MapEntry; parameters: readonly PathParameter[] }>>();
  for (const entry of mapEntries(operations)) {
    for (const key of entry.keys) {
      const methods = byPath.get(key.path) ?? new Map();
      if (!methods.has(entry.operations[0].method)) methods.set(entry.operations[0].method, { entry, parameters: key.pathParameters });
      byPath.set(key.path, methods);
    }
  }
  const context: RequestContext = { names, readOnlyKeys, groups };
  for (const path of [...byPath.keys()].sort(compareText)) {
    const methods = byPath.get(path)!;
    writer.block(_`${path}:`, (members) => {
      for (const method of METHODS) {
        const found = methods.get(method);
        if (!found) continue;
        const method_ = Code.trusted(method);
        if (found.entry.keys.length === 1) {
          writeRequestDoc(members, found.entry);
          members.block(_`${method_}:`, (member) => writeRequest(member, found.entry, pathMember(found.parameters, context), context), _`};`);
        } else {
          const name = requests.name(found.entry, context);
          members.line(found.parameters.length === 0 ? _`${method_}: ${name};` : _`${method_}: ${name}<{ ${pathMember(found.parameters, context)} }>;`);
        }
      }
    }, _`};`);
  }
}

interface RequestContext {
  names: RootTypeNames;
  readOnlyKeys: (qualifiedName: string) => Code;
  groups: ParameterGroups;
}

/**
 * The requests that stand under several keys (`/me/events`, `/users/{id}/events`,
 * `/users/{id | userPrincipalName}/events`), each declared once as an interface of its own,
 * generic in its path parameters (`getEvents<{ path: { id: string } }>`), named after its
 * operation's id. Lower case on purpose: no generated type name starts with one.
 */
export class SharedRequests {
  private readonly names = new Map<MapEntry, Name>();
  private readonly declared: { name: Name; entry: MapEntry; context: RequestContext }[] = [];

  constructor(private readonly module: ModuleWriter) {}

  name(entry: MapEntry, context: RequestContext): Name {
    let name = this.names.get(entry);
    if (!name) {
      name = this.module.fresh(requestTypeName(entry.operations[0].id));
      this.names.set(entry, name);
      this.declared.push({ name, entry, context });
    }
    return name;
  }

  /** The interfaces, in the order they were first used. */
  write(writer: CodeWriter): void {
    for (const { name, entry, context } of this.declared) {
      writer.blank();
      writeRequestDoc(writer, entry);
      // Keys without path parameters name it bare.
      const head = entry.keys.some((key) => key.pathParameters.length === 0) ? _`interface ${name}<Path = { path?: never }>` : _`interface ${name}<Path>`;
      writer.block(head, (member) => writeRequest(member, entry, undefined, context));
    }
  }
}

/** `get_events` → `getEvents`; `user-get` → `userGet`; one that is no identifier takes a suffix. */
function requestTypeName(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const camel = words.map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  return isIdentifier(camel) && /^[a-z]/.test(camel) ? camel : `request${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** One line, `@see` tags after the text: thousands of these stand in the map. */
function writeRequestDoc(writer: CodeWriter, entry: MapEntry): void {
  const [first] = entry.operations;
  const ids = entry.operations.map((operation) => `\`${operation.id}\``).join(', ');
  const accepts = [...new Set(entry.keys.flatMap((key) => key.pathParameters.filter((p) => p.accepts).map((p) => ` \`{${p.name}}\` accepts ${p.accepts!.join(', ')}.`)))];
  const sources = entry.operations.map((operation) => `@see ${formatPosition(operation.source)}`);
  writer.doc([[`${first.summary ? `${first.summary} (${ids})` : ids}.${accepts.join('')}`, ...sources].join(' ')]);
}

/** `path: { id: string }`, or `path?: never`. */
function pathMember(parameters: readonly PathParameter[], context: RequestContext): Code {
  return group('path', parameters.map((p) => ({ ...p, required: true })), context.names, context.groups);
}

/**
 * One request's members. Where several operations share it, the query options and headers are
 * all of theirs, required where every one requires them; the body and each response are the
 * union of theirs. `path` is the key's path parameters, or (undefined) the type parameter `Path`.
 */
function writeRequest(writer: CodeWriter, entry: MapEntry, path: Code | undefined, { names, readOnlyKeys, groups: shared }: RequestContext): void {
  const operations = entry.operations;
  const bodies = unique(operations.map((operation) => requestBodyType(operation.requestBody, names, readOnlyKeys)));
  const sent = bodies.filter((body): body is Code => body !== undefined);
  const statuses = [...new Set(operations.flatMap((operation) => operation.responses.map((response) => response.status)))].sort((a, b) => a - b);
  const responses = statuses.map((status) => {
    const types = operations.flatMap((operation) => operation.responses.filter((r) => r.status === status).map((r) => responseBodyType(r.body, names)));
    return _`${status}: ${tsUnion(unique(types))}`;
  });
  const query = merged(operations.map((o) => o.query));
  const rest = [
    answersCollection(operations) ? collectionQuery(query, names, shared) : group('query', query, names, shared),
    group('header', merged(operations.map((o) => o.headers)), names, shared),
  ];
  writer.line(path ? _`parameters: { ${joinCode([path, ...rest], _`; `)} };` : _`parameters: Path & { ${joinCode(rest, _`; `)} };`);
  writer.line(sent.length === 0 ? _`requestBody?: never;` : _`requestBody${bodies.length > sent.length ? _`?` : _``}: ${tsUnion(sent)};`);
  writer.line(_`responses: { ${joinCode(responses, _`; `)} };`);
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
