import type { EdmPrimitive } from '../parse/page-facts.js';
import type { Property } from '../model/schema-model.js';

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

/** A named thing the expression refers to, which the file must import. */
export interface Reference {
  qualifiedName: string;
}

/**
 * The TypeScript type of a property, e.g. `AssignedLicense[] | null`, and what it refers to.
 * `tsNameOf` maps a qualified type or enum name to its TypeScript name.
 */
export function propertyType(property: Property, tsNameOf: (qualifiedName: string) => string): { text: string; references: Reference[] } {
  const references: Reference[] = [];
  let element: string;
  switch (property.type.kind) {
    case 'primitive':
      element = PRIMITIVE_TYPES[property.type.edm];
      break;
    case 'enum':
      element = property.type.open ? `(${tsNameOf(property.type.enum)} | (string & {}))` : tsNameOf(property.type.enum);
      references.push({ qualifiedName: property.type.enum });
      break;
    case 'type':
      element = tsNameOf(property.type.type);
      references.push({ qualifiedName: property.type.type });
      break;
    case 'json':
      element = 'JsonObject';
      break;
    case 'unknown':
      element = 'unknown';
      break;
  }
  const text = property.collection ? `${element}[]` : element;
  return { text: property.nullable && element !== 'unknown' ? `${text} | null` : text, references };
}
