import type { StructuredType } from '../../model/schema-model.js';
import { Code, Name, _ } from '../code/code.js';
import { CodeWriter, writeFunction } from '../code/writer.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { odataTypeTest, type Dispatch } from './dispatch.js';
import { DEPTH, DERIVED, ELEMENT, ODATA_TYPE_VALUE, PROPERTY, STRICT, VALUE, validatorNames } from './names.js';
import { checkedProperties, isBaseType, type ElementPlan, type PropertyPlan } from './property-plan.js';
import { presentTest, readProperty } from './property-read.js';
import type { ValidatorScope } from './scope.js';

/**
 * `_isWidget(value, depth, strict)`: whether `value` is a Widget, `depth` levels of nesting
 * left. Straight-line code: one read and one test per property, returning false at the first
 * failure. A base type's properties are checked by a function of their own, which the types
 * derived from it call too.
 */
export function writeCheckFunction(writer: CodeWriter, type: StructuredType, hierarchy: TypeHierarchy, scope: ValidatorScope, dispatch: Dispatch, keys: Name | undefined): void {
  const names = validatorNames(type.tsName);
  writeFunction(writer, { name: scope.validator(type.tsName, names.check), parameters: [VALUE, DEPTH, STRICT], exported: true }, (body) => {
    body.line(_`if (typeof ${VALUE} !== "object" || ${VALUE} === null || Array.isArray(${VALUE}) || ${DEPTH} <= 0) return false;`);
    body.line(_`const ${ODATA_TYPE_VALUE} = ${VALUE}["@odata.type"];`);
    const derivedCheck = dispatch.check();
    if (derivedCheck) {
      body.block(_`if (${odataTypeTest(type)})`, (inner) => {
        inner.line(_`const ${DERIVED} = ${derivedCheck}(${ODATA_TYPE_VALUE});`);
        inner.line(_`return ${DERIVED} !== undefined && ${DERIVED}(${VALUE}, ${DEPTH}, ${STRICT});`);
      });
    } else body.line(_`if (${odataTypeTest(type)}) return false;`);
    if (isBaseType(type, hierarchy)) body.line(_`if (!${scope.validator(type.tsName, names.checkProperties)}(${VALUE}, ${DEPTH}, ${STRICT})) return false;`);
    else writePropertyChecks(body, type, hierarchy, scope);
    if (keys) body.line(_`if (${STRICT} && !${scope.helper('onlyKnownKeys')}(${VALUE}, ${keys})) return false;`);
    body.line(_`return true;`);
  });
  if (!isBaseType(type, hierarchy)) return;
  // A base type's properties, in a function of their own that derived types call too.
  writeFunction(writer, { name: scope.validator(type.tsName, names.checkProperties), parameters: [VALUE, DEPTH, STRICT], exported: true }, (body) => {
    writePropertyChecks(body, type, hierarchy, scope);
    body.line(_`return true;`);
  });
}

/** The base type's properties through its function, then each of the type's own. */
function writePropertyChecks(writer: CodeWriter, type: StructuredType, hierarchy: TypeHierarchy, scope: ValidatorScope): void {
  const { base, plans } = checkedProperties(type, hierarchy);
  if (base) writer.line(_`if (!${scope.validator(base.tsName, validatorNames(base.tsName).checkProperties)}(${VALUE}, ${DEPTH}, ${STRICT})) return false;`);
  if (plans.length > 0) writer.line(_`let ${PROPERTY};`);
  for (const plan of plans) writePropertyCheck(writer, plan, scope);
}

function writePropertyCheck(writer: CodeWriter, plan: PropertyPlan, scope: ValidatorScope): void {
  writer.line(_`${PROPERTY} = ${readProperty(plan.name, scope)};`);
  const present = presentTest(plan);
  if (!plan.collection) {
    writer.line(_`if (${present} && ${elementFailure(plan.element, PROPERTY, scope)}) return false;`);
  } else if (plan.element.kind === 'any') {
    writer.line(_`if (${present} && !Array.isArray(${PROPERTY})) return false;`);
  } else {
    const element = plan.element;
    writer.block(_`if (${present})`, (inner) => {
      inner.line(_`if (!Array.isArray(${PROPERTY})) return false;`);
      inner.line(_`for (const ${ELEMENT} of ${PROPERTY}) if (${elementFailure(element, ELEMENT, scope)}) return false;`);
    });
  }
}

/** A condition over `variable`, true where it is NOT a valid element. */
export function elementFailure(element: ElementPlan, variable: Name, scope: ValidatorScope): Code {
  switch (element.kind) {
    case 'condition':
      return element.failure(variable, scope);
    case 'object':
      return _`!${scope.validator(element.type.tsName, validatorNames(element.type.tsName).check)}(${variable}, ${DEPTH} - 1, ${STRICT})`;
    case 'json':
      return _`${scope.helper('jsonObjectProblem')}(${variable}, ${DEPTH} - 1) !== undefined`;
    case 'any':
      return _`false`;
  }
}
