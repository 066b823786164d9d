import type { StructuredType } from '../../model/schema-model.js';
import { Code, Name, _, pointerToken } from '../code/code.js';
import { CodeWriter, writeFunction } from '../code/writer.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { elementFailure } from './check-function.js';
import { odataTypeExpected, odataTypeTest, type Dispatch } from './dispatch.js';
import { CONTEXT, DEPTH, DERIVED, ELEMENT, ERROR, INDEX, ODATA_TYPE_VALUE, PATH, PROPERTY, VALUE, validatorNames } from './names.js';
import { checkedProperties, isBaseType, objectLabel, propertyLabel, type PropertyPlan } from './property-plan.js';
import { presentTest, readProperty } from './property-read.js';
import type { ValidatorScope } from './scope.js';
import type { SourceConstants } from './sources.js';

/**
 * `_validateWidget(value, path, depth, context)`: reports every error below `path` into
 * `context`, `depth` levels of nesting left. Reading a property that throws (a getter, a proxy)
 * is reported at the object's path, and the object's remaining properties are skipped.
 */
export function writeValidateFunction(
  writer: CodeWriter,
  type: StructuredType,
  hierarchy: TypeHierarchy,
  scope: ValidatorScope,
  sources: SourceConstants,
  dispatch: Dispatch,
  keys: Name | undefined,
): void {
  const names = validatorNames(type.tsName);
  const name = scope.validator(type.tsName, names.collect);
  const source = sources.name(type.source.file);
  const report = scope.helper('report');
  writeFunction(writer, { name, parameters: [VALUE, PATH, DEPTH, CONTEXT], exported: true }, (body) => {
    body.line(_`if (!${scope.helper('isObjectToValidate')}(${VALUE}, ${PATH}, ${DEPTH}, ${CONTEXT}, ${objectLabel(type)}, ${source})) return;`);
    body.tryCatch((attempt) => {
      attempt.line(_`const ${ODATA_TYPE_VALUE} = ${VALUE}["@odata.type"];`);
      attempt.block(_`if (${odataTypeTest(type)})`, (inner) => {
        const derivedValidation = dispatch.validation();
        if (derivedValidation) {
          inner.line(_`const ${DERIVED} = ${derivedValidation}(${ODATA_TYPE_VALUE});`);
          inner.block(_`if (${DERIVED} !== undefined)`, (found) => {
            found.line(_`${DERIVED}(${VALUE}, ${PATH}, ${DEPTH}, ${CONTEXT});`).line(_`return;`);
          });
        }
        inner.line(_`${report}(${CONTEXT}, ${childPath('@odata.type')}, ${odataTypeExpected(type, hierarchy)}, ${ODATA_TYPE_VALUE}, ${source});`);
      });
      if (isBaseType(type, hierarchy)) attempt.line(_`${scope.validator(type.tsName, names.collectProperties)}(${VALUE}, ${PATH}, ${DEPTH}, ${CONTEXT});`);
      else writePropertyValidations(attempt, type, hierarchy, scope, sources);
      if (keys) attempt.line(_`if (${CONTEXT}.strict) ${scope.helper('reportUnknownKeys')}(${VALUE}, ${keys}, ${PATH}, ${CONTEXT}, ${source});`);
    }, ERROR, (handler) => handler.line(_`${scope.helper('reportThrown')}(${CONTEXT}, ${PATH}, ${ERROR}, ${source});`));
  });
  if (!isBaseType(type, hierarchy)) return;
  // A base type's properties, in a function of their own that derived types call too; a read that
  // throws is caught by the calling validation.
  writeFunction(writer, { name: scope.validator(type.tsName, names.collectProperties), parameters: [VALUE, PATH, DEPTH, CONTEXT], exported: true }, (body) =>
    writePropertyValidations(body, type, hierarchy, scope, sources),
  );
}

/** The base type's properties through its function, then each of the type's own. */
function writePropertyValidations(writer: CodeWriter, type: StructuredType, hierarchy: TypeHierarchy, scope: ValidatorScope, sources: SourceConstants): void {
  const { base, plans } = checkedProperties(type, hierarchy);
  if (base) writer.line(_`${scope.validator(base.tsName, validatorNames(base.tsName).collectProperties)}(${VALUE}, ${PATH}, ${DEPTH}, ${CONTEXT});`);
  if (plans.length > 0) writer.line(_`let ${PROPERTY};`);
  for (const plan of plans) {
    writer.line(_`${PROPERTY} = ${readProperty(plan.name, scope)};`);
    // The page is cited only where an error can cite it (objects report their own page).
    writePropertyValidation(writer, plan, scope, () => sources.name(plan.source));
  }
}

/** `path + "/name"`: the JSON Pointer of property `name` below `path`. */
export function childPath(name: string): Code {
  return _`${PATH} + ${`/${pointerToken(name)}`}`;
}

/**
 * The statements that check `property`, the value just read for `plan`, reporting below `path`;
 * `cite` names the page an error cites, asked only where an error can be reported. Shared by
 * the type validators and the request-body validators (`emit/operations/body-checks.ts`).
 */
export function writePropertyValidation(writer: CodeWriter, plan: PropertyPlan, scope: ValidatorScope, cite: () => Code | Name): void {
  const path = childPath(plan.name);
  const report = (variable: Name, at: Code, label: string): Code => _`${scope.helper('report')}(${CONTEXT}, ${at}, ${label}, ${variable}, ${cite()});`;
  const element = plan.element;
  const present = presentTest(plan);
  if (!plan.collection) {
    if (element.kind === 'object') {
      const collect = scope.validator(element.type.tsName, validatorNames(element.type.tsName).collect);
      writer.line(_`if (${present}) ${collect}(${PROPERTY}, ${path}, ${DEPTH} - 1, ${CONTEXT});`);
    } else if (element.kind !== 'any') {
      writer.line(_`if (${present} && ${elementFailure(element, PROPERTY, scope)}) ${report(PROPERTY, path, propertyLabel(plan))}`);
    }
    return;
  }
  if (element.kind === 'any') {
    writer.line(_`if (${present} && !Array.isArray(${PROPERTY})) ${report(PROPERTY, path, propertyLabel(plan))}`);
    return;
  }
  const elementPath = _`${PATH} + ${`/${pointerToken(plan.name)}/`} + ${INDEX}`;
  writer.block(_`if (${present})`, (inner) => {
    inner.line(_`if (!Array.isArray(${PROPERTY})) ${report(PROPERTY, path, propertyLabel(plan))}`);
    if (element.kind === 'object') {
      const collect = scope.validator(element.type.tsName, validatorNames(element.type.tsName).collect);
      inner.line(_`else for (let ${INDEX} = 0; ${INDEX} < ${PROPERTY}.length; ${INDEX}++) ${collect}(${PROPERTY}[${INDEX}], ${elementPath}, ${DEPTH} - 1, ${CONTEXT});`);
    } else {
      inner.block(_`else for (let ${INDEX} = 0; ${INDEX} < ${PROPERTY}.length; ${INDEX}++)`, (loop) => {
        loop.line(_`const ${ELEMENT} = ${PROPERTY}[${INDEX}];`);
        loop.line(_`if (${elementFailure(element, ELEMENT, scope)}) ${report(ELEMENT, elementPath, plan.elementLabel)}`);
      });
    }
  });
}
