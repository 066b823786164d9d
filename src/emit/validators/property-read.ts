import { Code, property } from '../code/code.js';
import { _ } from '../code/code.js';
import type { PropertyPlan } from './property-plan.js';
import { PROPERTY, VALUE } from './names.js';
import type { ValidatorScope } from './scope.js';

/**
 * Names an object inherits from `Object.prototype`: reading them off a plain object finds the
 * inherited member, so such properties are read only where they are the object's own.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Reads property `name` of the object being checked: `value["id"]`, or own-only for prototype names. */
export function readProperty(name: string, scope: ValidatorScope): Code {
  return PROTOTYPE_NAMES.has(name) ? _`${scope.helper('ownValue')}(${VALUE}, ${name})` : property(VALUE, name);
}

/** `property !== undefined` (absent is always fine), or `property != null` where null is fine too. */
export function presentTest(plan: Pick<PropertyPlan, 'nullable'>): Code {
  return plan.nullable ? _`${PROPERTY} != null` : _`${PROPERTY} !== undefined`;
}
