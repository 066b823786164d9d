import type { EnumType, StructuredType } from '../../model/schema-model.js';
import { ODATA_TYPE, type TypeHierarchy } from '../type-hierarchy.js';
import type { JsonSchema } from './primitive-schema.js';
import { definitionRef, propertySchema } from './property-schema.js';

/** The `@odata.type` values that name `type` (with and without `#`, as the validators accept). */
function odataTypeValues(type: StructuredType): string[] {
  return [`#${type.qualifiedName}`, type.qualifiedName];
}

/**
 * One structured type: an object with every property (inherited ones included: a `$ref` to
 * the base would loop back through the base's dispatch), `@odata.type` limited to the type and
 * its derived types, and for each directly derived type an `if`/`then` that applies that
 * type's definition where `@odata.type` names it or one of its own derived types.
 */
export function typeSchema(type: StructuredType, hierarchy: TypeHierarchy): JsonSchema {
  // Entries, not assignments: a property named `__proto__` must stay a property.
  const properties = Object.fromEntries([
    [ODATA_TYPE, { enum: [type, ...hierarchy.derived(type)].flatMap(odataTypeValues) }],
    ...hierarchy.properties(type).map((property) => [property.name, propertySchema(property, hierarchy)] as const),
  ]);
  const schema: JsonSchema = {
    title: type.qualifiedName,
    type: 'object',
    properties,
  };
  const branches = hierarchy.directlyDerived(type).map((child) => ({
    if: { required: [ODATA_TYPE], properties: { [ODATA_TYPE]: { enum: [child, ...hierarchy.derived(child)].flatMap(odataTypeValues) } } },
    then: definitionRef(child.tsName),
  }));
  if (branches.length > 0) schema.allOf = branches;
  return schema;
}

export function enumSchema(item: EnumType): JsonSchema {
  return {
    title: item.qualifiedName,
    type: 'string',
    enum: item.members.map((member) => member.name),
  };
}
