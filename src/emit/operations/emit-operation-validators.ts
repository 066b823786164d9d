import type { Operation } from '../../model/operations/operation-model.js';
import type { SchemaModel } from '../../model/schema-model.js';
import { Name, _, joinCode } from '../code/code.js';
import { ModuleWriter } from '../code/module-writer.js';
import { writeFunction } from '../code/writer.js';
import type { EmittedFile } from '../render.js';
import { VALIDATION_MODULE } from '../runtime-modules.js';
import { TypeHierarchy } from '../type-hierarchy.js';
import { CONTEXT, ERROR, OPTIONS } from '../validators/names.js';
import { moduleScope } from '../validators/scope.js';
import { BodyChecks } from './body-checks.js';
import { OPERATION_ID_TYPE } from '../reserved-names.js';
import { OPERATIONS_MODULE } from './emit-operations.js';

export const OPERATION_VALIDATORS_MODULE = 'operation-validators';

const OPERATION_ID = new Name('operationId');
const BODY = new Name('body');
const ENTRY = new Name('entry');

const VALIDATE_DOC = [
  'Every reason `body` is not a request body operation `operationId` (an `id` of `operations`) accepts; empty where it is one.',
  [
    "- create (POST/PUT of a resource): the type's validator, and each property the create page marks required present;",
    "- update (PATCH): the type's validator on whatever properties are there (partial bodies are fine);",
    '- action parameters (`XRequestBody`): each parameter by its documented type, required ones present;',
    '- `$ref`: `{ "@odata.id": string }`; bytes, and bodies the docs do not describe: anything;',
    '- no body (GET, DELETE, ...): a body other than `undefined` is an error.',
  ].join('\n'),
  'With `strict`, unknown properties and (create/update) read-only ones are errors too. An unknown operation id (from untyped code) is one error.',
];
const IS_VALID_DOC = ['Whether `body` is a request body operation `operationId` accepts (see {@link validateRequestBody}). Never throws.'];

/**
 * `operation-validators.js`: `validateRequestBody(operationId, body)` and `isValidRequestBody`,
 * checking a request body against what the docs say the operation takes, through the type
 * validators. One small check function per distinct body, a map from operation id to check
 * and page, in the order of `model.operations`. Its `.d.ts` declares the two functions.
 */
export function emitOperationValidators(model: Pick<SchemaModel, 'types' | 'enums' | 'operations'>, header: string, hierarchy = new TypeHierarchy(model)): EmittedFile[] {
  return [
    { path: `${OPERATION_VALIDATORS_MODULE}.js`, content: operationValidatorsCode(model.operations, hierarchy, header) },
    { path: `${OPERATION_VALIDATORS_MODULE}.d.ts`, content: operationValidatorsDeclarations(header) },
  ];
}

export function operationValidatorsCode(operations: readonly Operation[], hierarchy: TypeHierarchy, header: string): string {
  const module = new ModuleWriter(header);
  const scope = moduleScope(module, 'root');
  const checks = new BodyChecks(module, hierarchy, scope);
  const entries = operations.map((operation) => _`[${operation.id}, [${checks.of(operation.requestBody)}, ${operation.source.file}]]`);
  const list = entries.length > 0 ? _`[\n${joinCode(entries, _`,\n`)},\n]` : _``;
  const bodies = module.constant(module.declare('BODIES'), _`/* @__PURE__ */ new Map(${list})`);
  const validate = module.declare('validateRequestBody');
  const body = module.body;
  body.blank();
  writeFunction(body, { name: validate, parameters: [OPERATION_ID, BODY, OPTIONS], exported: true, doc: VALIDATE_DOC }, (fn) => {
    fn.line(_`const ${ENTRY} = typeof ${OPERATION_ID} === "string" ? ${bodies}.get(${OPERATION_ID}) : undefined;`);
    fn.line(
      _`if (${ENTRY} === undefined) return [{ path: "", expected: "a documented operation id", found: ${scope.helper('describeValue')}(${OPERATION_ID}), source: ${`${OPERATIONS_MODULE}.js`} }];`,
    );
    fn.line(_`const ${CONTEXT} = ${scope.helper('createValidationContext')}(${OPTIONS});`);
    fn.tryCatch(
      (attempt) => attempt.line(_`${ENTRY}[0](${BODY}, ${CONTEXT}.maxDepth, ${CONTEXT}, ${ENTRY}[1]);`),
      ERROR,
      (handler) => handler.line(_`${scope.helper('reportThrown')}(${CONTEXT}, "", ${ERROR}, ${ENTRY}[1]);`),
    );
    fn.line(_`return ${CONTEXT}.errors;`);
  });
  writeFunction(body, { name: module.declare('isValidRequestBody'), parameters: [OPERATION_ID, BODY, OPTIONS], exported: true, doc: IS_VALID_DOC }, (fn) =>
    fn.line(_`return ${validate}(${OPERATION_ID}, ${BODY}, ${OPTIONS}).length === 0;`),
  );
  return module.toString();
}

function operationValidatorsDeclarations(header: string): string {
  const module = new ModuleWriter(header);
  const error = module.importType(VALIDATION_MODULE.fromRoot, 'ValidationError');
  const options = module.importType(VALIDATION_MODULE.fromRoot, 'ValidationOptions');
  const operationId = module.importType(`./${OPERATIONS_MODULE}.js`, OPERATION_ID_TYPE);
  const parameters = _`${OPERATION_ID}: ${operationId}, ${BODY}: unknown, ${OPTIONS}?: ${options}`;
  module.body.doc(VALIDATE_DOC).line(_`export declare function validateRequestBody(${parameters}): ${error}[];`);
  module.body.doc(IS_VALID_DOC).line(_`export declare function isValidRequestBody(${parameters}): boolean;`);
  return module.toString();
}
