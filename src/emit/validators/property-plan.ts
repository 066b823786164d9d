import type { Property, StructuredType } from '../../model/schema-model.js';
import { _ } from '../code/code.js';
import { ODATA_TYPE, type TypeHierarchy } from '../type-hierarchy.js';
import { PRIMITIVE_CHECKS, primitiveLabel, type Failure } from './primitive-checks.js';
import { validatorNames } from './names.js';

/** How one value (a property, or one element of a collection property) is checked. */
export type ElementPlan =
  /** A condition over the value, true where it is invalid. */
  | { kind: 'condition'; failure: Failure }
  /** An object of a documented type: its validator is called one level deeper. */
  | { kind: 'object'; type: StructuredType }
  /** Any JSON object (the docs' "untyped JSON object"). */
  | { kind: 'json' }
  /** Anything: the docs' type was not recognised. */
  | { kind: 'any' };

export interface PropertyPlan {
  name: string;
  element: ElementPlan;
  /** What an element should be, for error messages: `Int32`, `WidgetColor (red | green | blue)`. */
  elementLabel: string;
  collection: boolean;
  nullable: boolean;
  /** The docs page that defines the property. */
  source: string;
}

/** Enum members listed in an error's `expected` before it says how many more there are. */
const LISTED_MEMBERS = 12;

export function planProperty(property: Property, hierarchy: TypeHierarchy): PropertyPlan {
  const base = { name: property.name, collection: property.collection, nullable: property.nullable, source: property.source.file };
  const resolved = property.type;
  switch (resolved.kind) {
    case 'primitive':
      return { ...base, element: { kind: 'condition', failure: PRIMITIVE_CHECKS[resolved.edm] }, elementLabel: primitiveLabel(resolved.edm) };
    case 'enum': {
      const item = hierarchy.enum(resolved.enum);
      if (resolved.open || !item) {
        // Docs that declare a String and list values in prose: any string (the listed values are suggestions).
        return { ...base, element: { kind: 'condition', failure: PRIMITIVE_CHECKS['Edm.String'] }, elementLabel: 'String' };
      }
      const is = validatorNames(item.tsName).is;
      const members = item.members.map((member) => member.name);
      const listed = members.slice(0, LISTED_MEMBERS).join(' | ') + (members.length > LISTED_MEMBERS ? ` | … (${members.length} members)` : '');
      return {
        ...base,
        element: { kind: 'condition', failure: (v, scope) => _`!${scope.validator(item.tsName, is)}(${v})` },
        elementLabel: `${item.tsName} (${listed})`,
      };
    }
    case 'type': {
      const type = hierarchy.type(resolved.type);
      if (!type) return { ...base, element: { kind: 'any' }, elementLabel: 'any value' };
      return { ...base, element: { kind: 'object', type }, elementLabel: objectLabel(type) };
    }
    case 'json':
      return { ...base, element: { kind: 'json' }, elementLabel: 'JSON object' };
    case 'unknown':
      return { ...base, element: { kind: 'any' }, elementLabel: 'any value' };
  }
}

/**
 * What a type's validators check of its properties: its base type's, through the base's
 * `_check…Properties` and `_report…Properties` (the model leaves a restated base property out of
 * the derived type), and the plans of its own (anything-goes single values need no code). A
 * type without a documented base checks all of its own.
 */
export function checkedProperties(type: StructuredType, hierarchy: TypeHierarchy): { base: StructuredType | undefined; plans: PropertyPlan[] } {
  const base = type.baseType ? hierarchy.type(type.baseType) : undefined;
  const properties = base ? type.properties.filter((property) => property.name !== ODATA_TYPE) : hierarchy.properties(type);
  const plans = properties.map((property) => planProperty(property, hierarchy)).filter((plan) => plan.element.kind !== 'any' || plan.collection);
  return { base, plans };
}

/** Whether the types derived from `type` call its property functions: it is somebody's base. */
export function isBaseType(type: StructuredType, hierarchy: TypeHierarchy): boolean {
  return hierarchy.derived(type).length > 0;
}

/** An object of a documented type, named as OData does: `microsoft.graph.widgetPart`. */
export function objectLabel(type: StructuredType): string {
  return type.qualifiedName;
}

/** What the property as a whole should be: `Collection(String) or null`. */
export function propertyLabel(plan: PropertyPlan): string {
  const value = plan.collection ? `Collection(${plan.elementLabel})` : plan.elementLabel;
  return plan.nullable ? `${value} or null` : value;
}
