/**
 * The runtime modules copied into the output (`templates/runtime/`), as generated modules import
 * them: from the output's root (`index`, `models`, `operations`) or from `validators/`.
 */
export interface RuntimeModule {
  fromRoot: string;
  fromValidators: string;
}

function runtimeModule(name: string): RuntimeModule {
  return { fromRoot: `./runtime/${name}.js`, fromValidators: `../runtime/${name}.js` };
}

/** Validation helpers and their types: JavaScript with declarations. */
export const VALIDATION_MODULE = runtimeModule('validation');
/** `JsonObject`, `JsonValue`: declarations only. */
export const JSON_MODULE = runtimeModule('json');
/** `GraphCollection`, `GraphValue`, `GraphReference`: declarations only. */
export const COLLECTION_MODULE = runtimeModule('collection');
/** `GraphOperationEntry`, `GraphCreateBody`, …: declarations only. */
export const OPERATION_MODULE = runtimeModule('operation');
/** The typed client: JavaScript with declarations. */
export const CLIENT_MODULE = runtimeModule('client');
/** What the client's `validate` option checks bodies with: JavaScript with declarations. */
export const GRAPH_VALIDATOR_MODULE = runtimeModule('graph-validator');
