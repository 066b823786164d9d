import type { ParameterType, RequestBody, ResponseBody } from '../../model/operations/operation-model.js';
import { Code, Name, _ } from '../code/code.js';
import { tsGeneric, tsLiteral, tsUnion } from '../code/declarations.js';
import type { ModuleWriter } from '../code/module-writer.js';
import { MODELS_MODULE } from '../models/models-module.js';
import { COLLECTION_MODULE, JSON_MODULE, OPERATION_MODULE } from '../runtime-modules.js';
import { PRIMITIVE_TYPES, shapeType, valueType, type TypeNames } from '../type-expression.js';

/** The runtime types operation declarations use, by the module that declares them. */
const RUNTIME_TYPES = {
  GraphCollection: COLLECTION_MODULE,
  GraphDeltaCollection: COLLECTION_MODULE,
  GraphValue: COLLECTION_MODULE,
  GraphReference: COLLECTION_MODULE,
  GraphBinary: OPERATION_MODULE,
  GraphCreateBody: OPERATION_MODULE,
  GraphUpdateBody: OPERATION_MODULE,
  GraphOperationEntry: OPERATION_MODULE,
  GraphCollectionQuery: OPERATION_MODULE,
  JsonObject: JSON_MODULE,
} as const;

export type RuntimeType = keyof typeof RUNTIME_TYPES;

/**
 * The names a declaration module at the output's root uses: model types and enums by qualified
 * name (imported from `models`), runtime types by name; the module imports what is used.
 */
export class RootTypeNames implements TypeNames {
  private readonly locals = new Map<string, Name>();

  constructor(
    private readonly module: ModuleWriter,
    private readonly tsNameOf: (qualifiedName: string) => string | undefined,
  ) {}

  model(qualifiedName: string): Name | undefined {
    const tsName = this.tsNameOf(qualifiedName);
    return tsName ? this.module.importType(`./${MODELS_MODULE}.js`, tsName) : undefined;
  }

  json(): Name {
    return this.runtime('JsonObject');
  }

  /** A name this module declares itself (an action's body interface), the same Name each time. */
  local(text: string): Name {
    let name = this.locals.get(text);
    if (!name) this.locals.set(text, (name = this.module.declare(text)));
    return name;
  }

  runtime(name: RuntimeType): Name {
    return this.module.importType(RUNTIME_TYPES[name].fromRoot, name);
  }
}

export function parameterType(parameter: ParameterType, names: TypeNames): Code {
  return shapeType({ type: parameter.type, collection: parameter.collection }, names);
}

/**
 * What a request sends. A create or update body is the resource's interface reshaped by the
 * runtime's `GraphCreateBody` / `GraphUpdateBody`, with the read-only keys looked up in
 * `readOnlyKeys` (one list per type, declared once in the module).
 */
export function requestBodyType(body: RequestBody, names: RootTypeNames, readOnlyKeys: (qualifiedName: string) => Code): Code | undefined {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'create': {
      const type = names.model(body.type);
      if (!type) return _`unknown`;
      const required = body.required.map(tsLiteral);
      return tsGeneric(names.runtime('GraphCreateBody'), [_`${type}`, readOnlyKeys(body.type), ...(required.length > 0 ? [tsUnion(required)] : [])]);
    }
    case 'update': {
      const type = names.model(body.type);
      return type ? tsGeneric(names.runtime('GraphUpdateBody'), [_`${type}`, readOnlyKeys(body.type)]) : _`unknown`;
    }
    case 'parameters':
      return _`${names.local(body.tsName)}`;
    case 'reference':
      return _`${names.runtime('GraphReference')}`;
    case 'binary':
      return _`${names.runtime('GraphBinary')}`;
    case 'unknown':
      return _`unknown`;
  }
}

/** What a response carries, wrapped the way Graph wraps collections and single values. */
export function responseBodyType(body: ResponseBody, names: RootTypeNames): Code {
  switch (body.kind) {
    case 'none':
      return _`undefined`;
    case 'type': {
      const type = names.model(body.type);
      if (!type) return _`unknown`;
      if (!body.collection) return _`${type}`;
      return tsGeneric(names.runtime(body.delta ? 'GraphDeltaCollection' : 'GraphCollection'), [_`${type}`]);
    }
    case 'enum':
      return wrapped(valueType({ kind: 'enum', enum: body.enum }, names), body.collection, names);
    case 'primitive':
      return wrapped(Code.trusted(PRIMITIVE_TYPES[body.edm]), body.collection, names);
    case 'json':
      return body.collection ? tsGeneric(names.runtime('GraphCollection'), [_`${names.json()}`]) : _`${names.json()}`;
    case 'count':
      return _`number`;
    case 'references':
      return tsGeneric(names.runtime('GraphCollection'), [_`${names.runtime('GraphReference')}`]);
    case 'binary':
      return _`${names.runtime('GraphBinary')}`;
    case 'unknown':
      return _`unknown`;
  }
}

/** A function's single value or collection of values: `{ value: T }`, `{ value: T[] }`. */
function wrapped(element: Code, collection: boolean, names: RootTypeNames): Code {
  return collection ? tsGeneric(names.runtime('GraphCollection'), [element]) : tsGeneric(names.runtime('GraphValue'), [element]);
}

