import type { ParameterType, RequestBody, ResponseBody } from '../../model/operations/operation-model.js';
import type { ResolvedType } from '../../model/schema-model.js';
import { stringLiteral } from '../identifiers.js';
import { PRIMITIVE_TYPES } from '../type-expression.js';

/** What an expression needs imported: model types by TypeScript name, runtime helpers by name. */
export class Imports {
  readonly models = new Set<string>();
  readonly runtime = new Set<string>();

  constructor(private readonly tsNameOf: (qualifiedName: string) => string | undefined) {}

  /** The TypeScript name of a model type or enum, imported; `unknown` where the model has none. */
  model(qualifiedName: string): string {
    const name = this.tsNameOf(qualifiedName);
    if (!name) return 'unknown';
    this.models.add(name);
    return name;
  }

  helper(name: string): string {
    this.runtime.add(name);
    return name;
  }
}

/** A resolved type as TypeScript: `string`, `User`, `WidgetColor`, `JsonObject`, `unknown`. */
export function valueText(type: ResolvedType, imports: Imports): string {
  switch (type.kind) {
    case 'primitive':
      return PRIMITIVE_TYPES[type.edm];
    case 'enum':
      return type.open ? `(${imports.model(type.enum)} | (string & {}))` : imports.model(type.enum);
    case 'type':
      return imports.model(type.type);
    case 'json':
      return imports.helper('JsonObject');
    case 'unknown':
      return 'unknown';
  }
}

export function parameterText(parameter: ParameterType, imports: Imports): string {
  const element = valueText(parameter.type, imports);
  return parameter.collection ? `${/^[\w$]+$/.test(element) ? element : `(${element})`}[]` : element;
}

/**
 * What a request sends. A create or update body is the resource's interface reshaped by the
 * runtime's `CreateBody` / `UpdateBody`, with the read-only keys looked up in `readOnlyKeys`
 * (one list per type, declared once in the file).
 */
export function requestBodyText(body: RequestBody, imports: Imports, readOnlyKeys: (qualifiedName: string) => string): string {
  switch (body.kind) {
    case 'none':
      return 'never';
    case 'create': {
      const type = imports.model(body.type);
      if (type === 'unknown') return 'unknown';
      const required = body.required.map(stringLiteral).join(' | ');
      return `${imports.helper('GraphCreateBody')}<${type}, ${readOnlyKeys(body.type)}${required ? `, ${required}` : ''}>`;
    }
    case 'update': {
      const type = imports.model(body.type);
      return type === 'unknown' ? 'unknown' : `${imports.helper('GraphUpdateBody')}<${type}, ${readOnlyKeys(body.type)}>`;
    }
    case 'parameters':
      return body.tsName;
    case 'reference':
      return imports.helper('GraphReference');
    case 'binary':
      return imports.helper('GraphBinary');
    case 'unknown':
      return 'unknown';
  }
}

/** What a response carries, wrapped the way Graph wraps collections and single values. */
export function responseBodyText(body: ResponseBody, imports: Imports): string {
  switch (body.kind) {
    case 'none':
      return 'undefined';
    case 'type': {
      const type = imports.model(body.type);
      if (!body.collection) return type;
      return `${imports.helper(body.delta ? 'GraphDeltaCollection' : 'GraphCollection')}<${type}>`;
    }
    case 'enum':
      return wrapped(imports.model(body.enum), body.collection, imports);
    case 'primitive':
      return wrapped(PRIMITIVE_TYPES[body.edm], body.collection, imports);
    case 'json':
      return body.collection ? `${imports.helper('GraphCollection')}<${imports.helper('JsonObject')}>` : imports.helper('JsonObject');
    case 'count':
      return 'number';
    case 'references':
      return `${imports.helper('GraphCollection')}<${imports.helper('GraphReference')}>`;
    case 'binary':
      return imports.helper('GraphBinary');
    case 'unknown':
      return 'unknown';
  }
}

/** A function's single value or collection of values: `{ value: T }`, `{ value: T[] }`. */
function wrapped(element: string, collection: boolean, imports: Imports): string {
  return `${imports.helper(collection ? 'GraphCollection' : 'GraphValue')}<${element}>`;
}
