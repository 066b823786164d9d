import type { EdmPrimitive } from '../parse/page-facts.js';
import type { ResolvedType } from '../model/schema-model.js';
import { Code, Name, _ } from './code/code.js';
import { tsArray, tsNullable } from './code/declarations.js';

/** How each OData primitive is typed in TypeScript (the README's mapping table). */
export const PRIMITIVE_TYPES: Record<EdmPrimitive, 'string' | 'number' | 'boolean'> = {
  'Edm.String': 'string',
  'Edm.Boolean': 'boolean',
  'Edm.Byte': 'number',
  'Edm.SByte': 'number',
  'Edm.Int16': 'number',
  'Edm.Int32': 'number',
  'Edm.Int64': 'number',
  'Edm.Single': 'number',
  'Edm.Double': 'number',
  'Edm.Decimal': 'number',
  'Edm.Guid': 'string',
  'Edm.Date': 'string',
  'Edm.DateTimeOffset': 'string',
  'Edm.TimeOfDay': 'string',
  'Edm.Duration': 'string',
  'Edm.Binary': 'string',
  'Edm.Stream': 'string',
};

/** How a declaration names what a type expression refers to. */
export interface TypeNames {
  /** The generated type or enum of a qualified name, or undefined where the model has none. */
  model(qualifiedName: string): Name | undefined;
  /** `JsonObject`, from the runtime. */
  json(): Name;
}

/** A resolved type as TypeScript: `string`, `User`, `(Color | (string & {}))`, `JsonObject`, `unknown`. */
export function valueType(type: ResolvedType, names: TypeNames): Code {
  switch (type.kind) {
    case 'primitive':
      return Code.trusted(PRIMITIVE_TYPES[type.edm]);
    case 'enum': {
      const name = names.model(type.enum);
      if (!name) return _`unknown`;
      return type.open ? _`(${name} | (string & {}))` : _`${name}`;
    }
    case 'type':
      return _`${names.model(type.type) ?? _`unknown`}`;
    case 'json':
      return _`${names.json()}`;
    case 'unknown':
      return _`unknown`;
  }
}

/** A property's or parameter's type: `AssignedLicense[] | null`; `unknown` stays alone. */
export function shapeType(shape: { type: ResolvedType; collection: boolean; nullable?: boolean }, names: TypeNames): Code {
  const element = valueType(shape.type, names);
  if (element.toString() === 'unknown') return shape.collection ? _`unknown[]` : element;
  const value = shape.collection ? tsArray(element) : element;
  return shape.nullable ? tsNullable(value) : value;
}
