import { runtimeExportNames } from './templates.js';

/** The union of every operation's `id`, which `operations.d.ts` exports. */
export const OPERATION_ID_TYPE = 'GraphOperationId';

/** Type names `operations.d.ts` exports, which no documented type may take. */
export const OPERATIONS_TYPE_NAMES: readonly string[] = ['GraphOperations', OPERATION_ID_TYPE];

/**
 * Type names no documented type may take: their validators (`validateRequestBody`,
 * `isValidRequestBody`) would be the functions `operation-validators.js` exports.
 */
export const OPERATION_VALIDATOR_TYPE_NAMES: readonly string[] = ['RequestBody', 'ValidRequestBody'];

/**
 * Every name the output takes before the docs' types are named: the runtime's exports and the
 * operations modules'. `generate` and `check` build their models with the same list, so that a
 * type is named alike in both. A module of its own, so that naming loads no emitter.
 */
export function reservedOutputNames(): string[] {
  return [...runtimeExportNames(), ...OPERATION_VALIDATOR_TYPE_NAMES, ...OPERATIONS_TYPE_NAMES];
}
