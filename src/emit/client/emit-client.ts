import { Name, _, joinCode } from '../code/code.js';
import { ModuleWriter } from '../code/module-writer.js';
import { OPERATION_VALIDATORS_MODULE } from '../operations/emit-operation-validators.js';
import { OPERATIONS_MODULE } from '../operations/emit-operations.js';
import type { EmittedFile } from '../render.js';
import { runtimeTypeExports } from '../templates.js';
import { CLIENT_MODULE, GRAPH_VALIDATOR_MODULE } from '../runtime-modules.js';
import { VALIDATORS_BARREL } from '../validators/names.js';

/** `client.js` and `client.d.ts`: the runtime's client, typed by `GraphOperations`. */
export const CLIENT = 'client';
/** `graph-validator.js` and `.d.ts`: what the client's `validate` option checks bodies with. */
export const GRAPH_VALIDATOR = 'graph-validator';

const CREATE_CLIENT = new Name('createGraphClient');
const REQUEST_ERROR = new Name('GraphRequestError');
const GRAPH_VALIDATOR_NAME = 'graphValidator';

const CREATE_DOC = [
  'A client for every documented request, typed by `GraphOperations`: `client.GET(path, { params, body })` answers `{ data, error, response }`.',
  "Options: `baseUrl` (default `https://graph.microsoft.com/v1.0`), `fetch`, `headers`, `middleware`, `retry`, and `validate` with `validator: graphValidator`.",
];
const VALIDATOR_DOC = [
  "Checks request and response bodies against the docs, through `operations`, `validateRequestBody` and the type validators: `createGraphClient({ validate: 'both', validator: graphValidator })`.",
  'Importing it brings every validator into a bundle; a client without it brings none.',
];

/**
 * The client modules. Their code only re-exports and wires the runtime's: `client.js` imports
 * nothing of the validators, so a bundle of a client without validation holds none of them.
 */
export function emitClient(header: string): EmittedFile[] {
  return [
    { path: `${CLIENT}.js`, content: clientCode(header) },
    { path: `${CLIENT}.d.ts`, content: clientDeclarations(header) },
    { path: `${GRAPH_VALIDATOR}.js`, content: graphValidatorCode(header) },
    { path: `${GRAPH_VALIDATOR}.d.ts`, content: graphValidatorDeclarations(header) },
  ];
}

function clientCode(header: string): string {
  const module = new ModuleWriter(header);
  module.body.line(_`export { ${CREATE_CLIENT}, ${REQUEST_ERROR} } from ${CLIENT_MODULE.fromRoot};`);
  return module.toString();
}

function clientDeclarations(header: string): string {
  const module = new ModuleWriter(header);
  const operations = module.importType(`./${OPERATIONS_MODULE}.js`, 'GraphOperations');
  const client = module.importType(CLIENT_MODULE.fromRoot, 'GraphClient');
  const options = module.importType(CLIENT_MODULE.fromRoot, 'GraphClientOptions');
  const body = module.body;
  body.line(_`export { ${REQUEST_ERROR} } from ${CLIENT_MODULE.fromRoot};`);
  // The client's types, as users name them, beside `createGraphClient`.
  const types = runtimeTypeExports(CLIENT).map((text) => _`${new Name(text)}`);
  body.line(_`export type { ${joinCode(types, _`, `)} } from ${CLIENT_MODULE.fromRoot};`);
  body.blank().doc(CREATE_DOC);
  body.line(_`export declare function ${CREATE_CLIENT}(options?: ${options}): ${client}<${operations}>;`);
  return module.toString();
}

function graphValidatorCode(header: string): string {
  const module = new ModuleWriter(header);
  const create = module.import(GRAPH_VALIDATOR_MODULE.fromRoot, 'createGraphValidator');
  const operations = module.import(`./${OPERATIONS_MODULE}.js`, 'operations');
  const validateRequestBody = module.import(`./${OPERATION_VALIDATORS_MODULE}.js`, 'validateRequestBody');
  const validators = module.importNamespace(`./${VALIDATORS_BARREL}.js`, 'validators');
  module.body.doc(VALIDATOR_DOC);
  module.body.line(_`export const ${module.declare(GRAPH_VALIDATOR_NAME)} = /* @__PURE__ */ ${create}(${operations}, ${validateRequestBody}, ${validators});`);
  return module.toString();
}

function graphValidatorDeclarations(header: string): string {
  const module = new ModuleWriter(header);
  const validator = module.importType(CLIENT_MODULE.fromRoot, 'GraphValidator');
  module.body.doc(VALIDATOR_DOC).line(_`export declare const ${module.declare(GRAPH_VALIDATOR_NAME)}: ${validator};`);
  return module.toString();
}
