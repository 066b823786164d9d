import { compareText } from '../diagnostics/diagnostic.js';
import type { SchemaModel } from '../model/schema-model.js';
import type { EmitMode } from '../package/package-output.js';
import { emitClient } from './client/emit-client.js';
import { emitIndex } from './index-module.js';
import { emitJsonSchema } from './json-schema/emit-json-schema.js';
import { modelsFiles } from './models/models-module.js';
import { emitOperationValidators } from './operations/emit-operation-validators.js';
import { emitOperations } from './operations/emit-operations.js';
import type { EmitMemo } from './emit-memo.js';
import type { EmittedFile } from './render.js';
import { header, runtimeFiles } from './templates.js';
import { TypeHierarchy } from './type-hierarchy.js';
import { emitValidators, emitValidatorsBarrel } from './validators/emit-validators.js';

export type { EmittedFile } from './render.js';

/**
 * `.gitattributes`: every file of the output is marked generated, so that GitHub folds it in a
 * pull request's diff and leaves it out of the language statistics.
 */
function gitAttributes(header: string): EmittedFile {
  return { path: '.gitattributes', content: `${header.replace(/^\/\//gm, '#')}* linguist-generated=true\n` };
}

/**
 * The model → every output file, sorted by path, as written: the types (`models.ts`, or
 * `models.js` with `models.d.ts`), the validators, the operations, the runtime, `schema.json`
 * and the index. Code is JavaScript with a `.d.ts` beside it in both modes; the code writer lays
 * out everything as it writes it, so nothing is formatted afterwards. With a `memo`, an unchanged
 * validator module, the operations files whose operations and type names are unchanged, and a
 * `schema.json` whose types changed only in prose are not made unless their text is asked for
 * (`emit-memo.ts`).
 */
export function emitOutput(model: SchemaModel, mode: EmitMode, memo?: EmitMemo): EmittedFile[] {
  const top = header();
  const hierarchy = new TypeHierarchy(model);
  const files: EmittedFile[] = [
    ...modelsFiles(hierarchy, top, mode),
    ...emitValidators(model, top, hierarchy, memo),
    ...emitValidatorsBarrel(model, top, hierarchy),
    ...emitOperations(model, top, memo),
    ...emitOperationValidators(model, top, hierarchy),
    ...emitClient(top),
    ...[...runtimeFiles()].map(([path, content]) => ({ path, content })),
    emitJsonSchema(model, memo),
    ...emitIndex(mode, top),
    gitAttributes(top),
  ];
  return files.sort((a, b) => compareText(a.path, b.path));
}

/**
 * Only the files the validators run from: every validator module, `operation-validators.js`
 * and the runtime, as `emitOutput` makes them. `graphdoc check` imports the validators in
 * process and needs none of the types, operations, schema or index.
 */
export function emitValidatorCode(model: SchemaModel, memo?: EmitMemo): EmittedFile[] {
  const top = header();
  const hierarchy = new TypeHierarchy(model);
  return [...emitValidators(model, top, hierarchy, memo), ...emitOperationValidators(model, top, hierarchy), ...[...runtimeFiles()].map(([path, content]) => ({ path, content }))];
}
