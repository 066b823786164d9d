import type { Property } from '../../model/schema-model.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { PRIMITIVE_SCHEMAS, type JsonSchema } from './primitive-schema.js';

/** `#/$defs/Widget`. */
export function definitionRef(tsName: string): JsonSchema {
  return { $ref: `#/$defs/${tsName}` };
}

/** The schema of one property: its element type, as an array for collections, `null` added where nullable. */
export function propertySchema(property: Property, hierarchy: TypeHierarchy): JsonSchema {
  const element = elementSchema(property, hierarchy);
  const value: JsonSchema = property.collection ? { type: 'array', items: element } : element;
  return property.nullable ? withNull(value) : value;
}

function elementSchema(property: Property, hierarchy: TypeHierarchy): JsonSchema {
  const resolved = property.type;
  switch (resolved.kind) {
    case 'primitive':
      return { ...PRIMITIVE_SCHEMAS[resolved.edm] };
    case 'enum': {
      const item = hierarchy.enum(resolved.enum);
      if (!item) return { type: 'string' };
      // Docs that type the property String and list values in prose: any string, the values as examples.
      return resolved.open ? { type: 'string', examples: item.members.map((member) => member.name) } : definitionRef(item.tsName);
    }
    case 'type': {
      const type = hierarchy.type(resolved.type);
      return type ? definitionRef(type.tsName) : {};
    }
    case 'json':
      return { type: 'object' };
    case 'unknown':
      return {};
  }
}

/** Adds `null` to a schema: into `type` where it has one, else as an alternative. */
function withNull(schema: JsonSchema): JsonSchema {
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  if (Object.keys(schema).length === 0) return schema;
  return { anyOf: [schema, { type: 'null' }] };
}
