import type { ImportDeclarationStructure } from 'ts-morph';
import type { Operation } from '../../model/operations/operation-model.js';
import type { SchemaModel } from '../../model/schema-model.js';
import { render, type StructuredFile } from '../render.js';
import { TypeHierarchy } from '../type-hierarchy.js';
import { literal } from '../validators/code.js';
import { ImportSet } from '../validators/imports.js';
import { RUNTIME_MODULE, VALIDATORS } from '../validators/names.js';
import { bodyCheck, type BodyCheck } from './body-checks.js';
import { OPERATIONS_FILE } from './emit-operations.js';

/**
 * Type names no documented type may take: their validators (`validateRequestBody`,
 * `isValidRequestBody`) would be the functions this file exports.
 */
export const OPERATION_VALIDATOR_TYPE_NAMES: readonly string[] = ['RequestBody', 'ValidRequestBody'];

export const OPERATION_VALIDATORS_FILE = 'operation-validators.ts';

/**
 * `operation-validators.ts`: `validateRequestBody(operationId, body)` and `isValidRequestBody`,
 * checking a request body against what the docs say the operation takes, through the type
 * validators (`validators/*.ts`). One small check function per distinct body, a map from
 * operation id to check and page, in the order of `model.operations`.
 */
export function emitOperationValidators(model: Pick<SchemaModel, 'types' | 'enums' | 'operations'>, header: string): StructuredFile {
  return render(OPERATION_VALIDATORS_FILE, header, operationValidatorStatements(model.operations, new TypeHierarchy(model)));
}

/**
 * The statements of `operation-validators.ts`, from the operations and what `hierarchy` answers,
 * nothing else: the emit memo relies on that.
 */
export function operationValidatorStatements(operations: readonly Operation[], hierarchy: TypeHierarchy): (string | ImportDeclarationStructure)[] {
  // The file sits at the output root; ImportSet writes specifiers as seen from `validators/`.
  const imports = new ImportSet('');
  imports.helper('createValidationContext', 'describeValue', 'reportThrown');
  imports.helperType('ValidationContext', 'ValidationError', 'ValidationOptions');

  const checks = new Map<string, BodyCheck>();
  const names = new Set<string>();
  const nameOf = (base: string): string => {
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${base}_${n}`;
    return name;
  };
  const entries: string[] = [];
  for (const operation of operations) {
    let check = bodyCheck(operation.requestBody, hierarchy, imports, nameOf);
    const known = checks.get(check.key);
    if (known) check = known;
    else {
      checks.set(check.key, check);
      names.add(check.name);
    }
    entries.push(`[${literal(operation.id)}, [${check.name}, ${literal(operation.source.file)}]]`);
  }

  const statements: string[] = [
    '\n/** Checks one request body: reports into `c`, `r` levels of nesting left, citing page `s` for errors about the body itself. */',
    'type BodyCheck = (v: unknown, r: number, c: ValidationContext, s: string) => void;',
    ...[...checks.values()].flatMap((check) => check.statements),
    '/** Each documented operation id: its body check and its docs page. */',
    `const BODIES: ReadonlyMap<string, readonly [BodyCheck, string]> = /* @__PURE__ */ new Map<string, readonly [BodyCheck, string]>([\n${entries.join(',\n')}\n]);`,
    [
      '/**',
      ' * Every reason `body` is not a request body operation `operationId` (an `id` of `operations`) accepts; empty where it is one.',
      ' *',
      ' * - create (POST/PUT of a resource): the type\'s validator, and each property the create page marks required present;',
      ' * - update (PATCH): the type\'s validator on whatever properties are there (partial bodies are fine);',
      ' * - action parameters (`XRequestBody`): each parameter by its documented type, required ones present;',
      ' * - `$ref`: `{ "@odata.id": string }`; bytes, and bodies the docs do not describe: anything;',
      ' * - no body (GET, DELETE, ...): a body other than `undefined` is an error.',
      ' *',
      ' * With `strict`, unknown properties and (create/update) read-only ones are errors too. An unknown operation id is one error.',
      ' */',
      'export function validateRequestBody(operationId: string, body: unknown, options?: ValidationOptions): ValidationError[] {',
      'const entry = typeof operationId === "string" ? BODIES.get(operationId) : undefined;',
      `if (entry === undefined) return [{ path: "", expected: "a documented operation id", found: describeValue(operationId), source: ${literal(OPERATIONS_FILE)} }];`,
      'const c = createValidationContext(options);',
      'try { entry[0](body, c.maxDepth, c, entry[1]); } catch (error) { reportThrown(c, "", error, entry[1]); }',
      'return c.errors;',
      '}',
    ].join('\n'),
    [
      '/** Whether `body` is a request body operation `operationId` accepts (see {@link validateRequestBody}). Never throws. */',
      'export function isValidRequestBody(operationId: string, body: unknown, options?: ValidationOptions): boolean {',
      'return validateRequestBody(operationId, body, options).length === 0;',
      '}',
    ].join('\n'),
  ];
  return [...imports.declarations().map(fromRoot), ...statements];
}

/** `../runtime/validation.js` → `./runtime/validation.js`, `./Widget.js` → `./validators/Widget.js`. */
function fromRoot(declaration: ImportDeclarationStructure): ImportDeclarationStructure {
  const specifier = declaration.moduleSpecifier;
  return { ...declaration, moduleSpecifier: specifier === RUNTIME_MODULE ? './runtime/validation.js' : `./${VALIDATORS}/${specifier.replace(/^\.\//, '')}` };
}
