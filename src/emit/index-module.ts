import { CLIENT, GRAPH_VALIDATOR } from './client/emit-client.js';
import { _ } from './code/code.js';
import { ModuleWriter } from './code/module-writer.js';
import { MODELS_MODULE } from './models/models-module.js';
import { OPERATION_VALIDATORS_MODULE } from './operations/emit-operation-validators.js';
import { OPERATIONS_MODULE } from './operations/emit-operations.js';
import type { EmittedFile } from './render.js';
import { COLLECTION_MODULE, JSON_MODULE, OPERATION_MODULE, VALIDATION_MODULE } from './runtime-modules.js';
import { VALIDATORS_BARREL } from './validators/names.js';

/**
 * The index: everything users call, from few modules. Each generated module is re-exported
 * whole (the validator `_` workers are not in `validators.js`); of the runtime, only what users
 * handle: the error class and the types. In ts mode it is `index.ts`; in js mode `index.js`
 * re-exports the code and `index.d.ts` the declarations, which are the same lines as `index.ts`.
 */
export function emitIndex(mode: 'ts' | 'js', header: string): EmittedFile[] {
  const declarations = indexText(header, true);
  if (mode === 'ts') return [{ path: 'index.ts', content: declarations }];
  return [
    { path: 'index.js', content: indexText(header, false) },
    { path: 'index.d.ts', content: declarations },
  ];
}

function indexText(header: string, withTypes: boolean): string {
  const module = new ModuleWriter(header);
  for (const name of [CLIENT, GRAPH_VALIDATOR, MODELS_MODULE, OPERATION_VALIDATORS_MODULE, OPERATIONS_MODULE, VALIDATORS_BARREL]) module.body.line(_`export * from ${`./${name}.js`};`);
  module.body.line(_`export { ValidationFailedError } from ${VALIDATION_MODULE.fromRoot};`);
  if (withTypes) {
    module.body.line(_`export type { ValidationError, ValidationOptions } from ${VALIDATION_MODULE.fromRoot};`);
    for (const runtime of [COLLECTION_MODULE, JSON_MODULE, OPERATION_MODULE]) module.body.line(_`export type * from ${runtime.fromRoot};`);
  }
  return module.toString();
}
