/**
 * The model summary (`src/model/compare/model-summary.ts`) as the manifest keeps it: one
 * small JSON object per type, enum and operation, written on one line each, so that a
 * regeneration's diff names what changed. Shapes are written as `shape-text.ts` says.
 *
 *   {"type":"user","base":"directoryObject","open":true,"properties":["aboutMe String?","assignedLicenses #assignedLicense[]"]}
 *   {"enum":"ageGroup","members":["null","minor","notAdult","adult"]}
 *   {"id":"user-get","request":"GET /users/{id}","alternatives":["/me"],"query":["$select","$expand"],"responses":["200 #user"]}
 *
 * `ts` is written only where the TypeScript name is not the name with its first letter upper
 * case; a body only where there is one.
 */
import type { HttpMethod } from '../model/operations/operation-model.js';
import type {
  EnumSummary,
  ModelSummary,
  OperationSummary,
  PropertySummary,
  RequestBodySummary,
  ResponseBodySummary,
  ResponseSummary,
  TypeSummary,
} from '../model/compare/model-summary.js';
import { escapeName, namedShapeText, qualifiedNameText, readNamedShape, readQualifiedName, readReference, referenceText, SummaryFormatError, unescapeName } from './shape-text.js';

export interface TypeLine {
  type: string;
  ts?: string;
  base?: string;
  open?: true;
  properties: string[];
}

export interface EnumLine {
  enum: string;
  ts?: string;
  members: string[];
}

export interface OperationLine {
  id: string;
  /** `GET /users/{id}`. */
  request: string;
  alternatives?: string[];
  query?: string[];
  headers?: string[];
  /** `create #user required displayName`, `parameters AssignLicenseRequestBody`, `reference`, ... */
  body?: string;
  /** An action's body parameters, where `body` is `parameters ...`. */
  parameters?: string[];
  /** `200 #user[]`, `204`. */
  responses: string[];
}

export interface SummaryLines {
  types: TypeLine[];
  enums: EnumLine[];
  operations: OperationLine[];
}

export function summaryLines(summary: ModelSummary): SummaryLines {
  return { types: summary.types.map(typeLine), enums: summary.enums.map(enumLine), operations: summary.operations.map(operationLine) };
}

/** The summary the lines say; throws SummaryFormatError where they are not lines this module writes. */
export function readSummaryLines(lines: { types: unknown; enums: unknown; operations: unknown }): ModelSummary {
  return {
    types: list(lines.types, 'types').map(readTypeLine),
    enums: list(lines.enums, 'enums').map(readEnumLine),
    operations: list(lines.operations, 'operations').map(readOperationLine),
  };
}

/** `microsoft.graph.user` → `User`: the TypeScript name most types and enums get. */
function usualTsName(qualifiedName: string): string {
  const name = qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function tsNameField(item: { qualifiedName: string; tsName: string }): { ts?: string } {
  return item.tsName === usualTsName(item.qualifiedName) ? {} : { ts: item.tsName };
}

function typeLine(type: TypeSummary): TypeLine {
  return {
    type: qualifiedNameText(type.qualifiedName),
    ...tsNameField(type),
    ...(type.baseType !== undefined ? { base: qualifiedNameText(type.baseType) } : {}),
    ...(type.openType ? { open: true as const } : {}),
    properties: type.properties.map((property) => namedShapeText(property.name, { ...property, required: false })),
  };
}

function readTypeLine(value: unknown): TypeSummary {
  const line = record(value, 'type');
  const qualifiedName = readQualifiedName(text(line.type, 'type'));
  const base = optional(line.base, (base) => readQualifiedName(text(base, 'base')));
  return {
    qualifiedName,
    tsName: optional(line.ts, (ts) => text(ts, 'ts')) ?? usualTsName(qualifiedName),
    ...(base !== undefined ? { baseType: base } : {}),
    openType: optional(line.open, (open) => open === true || fail('open', open)) ?? false,
    properties: list(line.properties, 'properties').map((item): PropertySummary => {
      const { name, shape } = readNamedShape(text(item, 'property'));
      if (shape.required) fail('property', item);
      return { name, type: shape.type, collection: shape.collection, nullable: shape.nullable, readOnly: shape.readOnly };
    }),
  };
}

function enumLine(item: EnumSummary): EnumLine {
  return { enum: qualifiedNameText(item.qualifiedName), ...tsNameField(item), members: item.members.map((member) => member.name) };
}

function readEnumLine(value: unknown): EnumSummary {
  const line = record(value, 'enum');
  const qualifiedName = readQualifiedName(text(line.enum, 'enum'));
  return {
    qualifiedName,
    tsName: optional(line.ts, (ts) => text(ts, 'ts')) ?? usualTsName(qualifiedName),
    members: list(line.members, 'members').map((member) => ({ name: text(member, 'member') })),
  };
}

function operationLine(operation: OperationSummary): OperationLine {
  const alternatives = (operation.alternatives ?? []).map((alternative) => alternative.path);
  const parameters = (list: OperationSummary['query']): string[] =>
    list.map((parameter) => namedShapeText(parameter.name, { ...parameter.type, nullable: false, readOnly: false, required: parameter.required }));
  const body = operation.requestBody;
  return {
    id: operation.id,
    request: `${operation.method} ${operation.path}`,
    ...(alternatives.length > 0 ? { alternatives } : {}),
    ...(operation.query.length > 0 ? { query: parameters(operation.query) } : {}),
    ...(operation.headers.length > 0 ? { headers: parameters(operation.headers) } : {}),
    ...(body.kind !== 'none' ? { body: requestBodyText(body) } : {}),
    ...(body.kind === 'parameters' ? { parameters: body.parameters.map((parameter) => namedShapeText(parameter.name, { ...parameter, readOnly: false })) } : {}),
    responses: operation.responses.map(responseText),
  };
}

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function readOperationLine(value: unknown): OperationSummary {
  const line = record(value, 'operation');
  const request = text(line.request, 'request');
  const space = request.indexOf(' ');
  const method = METHODS.find((candidate) => candidate === request.slice(0, space));
  if (space < 0 || !method) fail('request', request);
  const parameters = (value: unknown, what: string): OperationSummary['query'] =>
    optionalList(value, what).map((item) => {
      const { name, shape } = readNamedShape(text(item, what));
      if (shape.nullable || shape.readOnly) fail(what, item);
      return { name, type: { type: shape.type, collection: shape.collection }, required: shape.required };
    });
  return {
    id: text(line.id, 'id'),
    method,
    path: request.slice(space + 1),
    ...(line.alternatives !== undefined ? { alternatives: list(line.alternatives, 'alternatives').map((path) => ({ path: text(path, 'alternative') })) } : {}),
    query: parameters(line.query, 'query'),
    headers: parameters(line.headers, 'headers'),
    requestBody: readRequestBody(line.body, line.parameters),
    responses: list(line.responses, 'responses').map((response) => readResponse(text(response, 'response'))),
  };
}

const UNDOCUMENTED = 'undocumented';
const REQUIRED = 'required';

/** `create #user required displayName mail`, `parameters AssignLicenseRequestBody`, `reference`, `binary`, `undocumented`. */
function requestBodyText(body: RequestBodySummary): string {
  switch (body.kind) {
    case 'create':
    case 'update':
      return [body.kind, referenceText({ kind: 'type', type: body.type }), ...(body.required.length > 0 ? [REQUIRED, ...body.required.map(escapeName)] : [])].join(' ');
    case 'parameters':
      return `${body.kind} ${escapeName(body.tsName)}`;
    case 'unknown':
      return UNDOCUMENTED;
    case 'none':
    case 'reference':
    case 'binary':
      return body.kind;
  }
}

function readRequestBody(value: unknown, parameters: unknown): RequestBodySummary {
  if (value === undefined) return parameters === undefined ? { kind: 'none' } : fail('parameters', parameters);
  const words = text(value, 'body').split(' ');
  const [kind, name] = words;
  if (kind === 'parameters' && words.length === 2 && name !== undefined) {
    return {
      kind,
      tsName: unescapeName(name),
      parameters: list(parameters, 'parameters').map((item) => {
        const { name, shape } = readNamedShape(text(item, 'parameter'));
        if (shape.readOnly) fail('parameter', item);
        return { name, type: shape.type, collection: shape.collection, nullable: shape.nullable, required: shape.required };
      }),
    };
  }
  if (parameters !== undefined) fail('parameters', parameters);
  if ((kind === 'create' || kind === 'update') && name !== undefined && (words.length === 2 || words[2] === REQUIRED)) {
    const type = readReference(name);
    if (type.kind !== 'type') fail('body', value);
    return { kind, type: type.type, required: words.slice(3).map(unescapeName) };
  }
  if (words.length === 1 && (kind === 'reference' || kind === 'binary')) return { kind };
  if (words.length === 1 && kind === UNDOCUMENTED) return { kind: 'unknown' };
  return fail('body', value);
}

/** `200 #user[] delta`, `204`, `200 count`. */
function responseText(response: ResponseSummary): string {
  const body = responseBodyText(response.body);
  return body === '' ? String(response.status) : `${response.status} ${body}`;
}

const DELTA = ' delta';

function responseBodyText(body: ResponseBodySummary): string {
  const collection = (text: string, many: boolean): string => (many ? `${text}[]` : text);
  switch (body.kind) {
    case 'type':
      return collection(referenceText({ kind: 'type', type: body.type }), body.collection) + (body.delta ? DELTA : '');
    case 'enum':
      return collection(referenceText({ kind: 'enum', enum: body.enum }), body.collection);
    case 'primitive':
      return collection(referenceText({ kind: 'primitive', edm: body.edm }), body.collection);
    case 'json':
      return collection(referenceText({ kind: 'json' }), body.collection);
    case 'none':
      return '';
    case 'unknown':
      return UNDOCUMENTED;
    case 'count':
    case 'references':
    case 'binary':
      return body.kind;
  }
}

function readResponse(value: string): ResponseSummary {
  const space = value.indexOf(' ');
  const statusText = space < 0 ? value : value.slice(0, space);
  if (!/^\d+$/.test(statusText) || String(Number(statusText)) !== statusText) fail('response', value);
  return { status: Number(statusText), body: space < 0 ? { kind: 'none' } : readResponseBody(value.slice(space + 1)) };
}

function readResponseBody(value: string): ResponseBodySummary {
  if (value === 'count' || value === 'references' || value === 'binary') return { kind: value };
  if (value === UNDOCUMENTED) return { kind: 'unknown' };
  const delta = value.endsWith(DELTA);
  let rest = delta ? value.slice(0, -DELTA.length) : value;
  const collection = rest.endsWith('[]');
  if (collection) rest = rest.slice(0, -'[]'.length);
  const type = readReference(rest);
  if (delta && type.kind !== 'type') fail('response', value);
  switch (type.kind) {
    case 'type':
      return { kind: 'type', type: type.type, collection, ...(delta ? { delta } : {}) };
    case 'enum':
      return type.open ? fail('response', value) : { kind: 'enum', enum: type.enum, collection };
    case 'primitive':
      return { kind: 'primitive', edm: type.edm, collection };
    case 'json':
      return { kind: 'json', collection };
    case 'unknown':
      return fail('response', value);
  }
}

function fail(what: string, value: unknown): never {
  throw new SummaryFormatError(`not a manifest ${what}: ${JSON.stringify(value)}`);
}

function record(value: unknown, what: string): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(what, value);
}

function text(value: unknown, what: string): string {
  return typeof value === 'string' ? value : fail(what, value);
}

function list(value: unknown, what: string): unknown[] {
  return Array.isArray(value) ? value : fail(what, value);
}

function optionalList(value: unknown, what: string): unknown[] {
  return value === undefined ? [] : list(value, what);
}

function optional<T>(value: unknown, read: (value: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value);
}
