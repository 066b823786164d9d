import { createHash } from 'node:crypto';
import { compareText } from '../../diagnostics/diagnostic.js';
import type { Operation } from '../../model/operations/operation-model.js';
import type { SchemaModel } from '../../model/schema-model.js';
import { Code, _, jsonLiteral } from '../code/code.js';
import { tsLiteral, tsUnion, writeUnionAlias } from '../code/declarations.js';
import { ModuleWriter } from '../code/module-writer.js';
import { memoisedWholeFile, type EmitMemo } from '../emit-memo.js';
import type { EmittedFile } from '../render.js';
import { OPERATION_ID_TYPE } from '../reserved-names.js';
import { writeBodyInterfaces } from './body-interfaces.js';
import { ParameterGroups, SharedRequests, writePathMembers } from './path-map.js';
import { runtimeEntries } from './runtime-list.js';
import { RootTypeNames } from './type-text.js';

/** `operations.js` and `operations.d.ts`. */
export const OPERATIONS_MODULE = 'operations';

/**
 * `operations.js`: the runtime `operations` list, one entry a line. `operations.d.ts`: the action
 * body interfaces, the `GraphOperations` map (path template → method → parameters, request body,
 * responses by status) and the list's declared type, which the compiler never has to infer from
 * the literal, however many operations there are.
 */
export function emitOperations(model: Pick<SchemaModel, 'types' | 'enums' | 'operations'>, header: string, memo?: EmitMemo): EmittedFile[] {
  const tsNames = new Map<string, string>();
  for (const item of [...model.types, ...model.enums]) tsNames.set(item.qualifiedName, item.tsName);
  const tsNameOf = (qualifiedName: string): string | undefined => tsNames.get(qualifiedName);
  // Both files read the operations and the names of the types, nothing else: an edit to a
  // type's prose or properties leaves them as they were, and the memo spares making them.
  const key = memo ? createHash('sha256').update(header).update('\0').update(JSON.stringify(model.operations)).update('\0').update(JSON.stringify([...tsNames])).digest('base64') : undefined;
  return [
    memoisedWholeFile(`${OPERATIONS_MODULE}.js`, key, memo, () => operationsCode(model.operations, tsNameOf, header)),
    memoisedWholeFile(`${OPERATIONS_MODULE}.d.ts`, key, memo, () => operationsDeclarations(model.operations, tsNameOf, header)),
  ];
}

export function operationsCode(operations: readonly Operation[], tsNameOf: (qualifiedName: string) => string | undefined, header: string): string {
  const module = new ModuleWriter(header);
  const entries = runtimeEntries(operations, tsNameOf).map(jsonLiteral);
  module.body.doc(["Every documented request, in the order of the docs' pages: one entry per request."]);
  module.body.wrap(_`export const operations = [`, (list) => entries.forEach((entry) => list.line(_`${entry},`)), _`];`);
  return module.toString();
}

export function operationsDeclarations(operations: readonly Operation[], tsNameOf: (qualifiedName: string) => string | undefined, header: string): string {
  const module = new ModuleWriter(header);
  const names = new RootTypeNames(module, tsNameOf);
  const body = module.body;

  // One list of read-only keys per resource, declared once: create and update bodies, and each
  // alternative path, refer to it instead of repeating it.
  const omitted = new Map<string, readonly string[]>();
  for (const { requestBody: requestBody } of operations) {
    if (requestBody.kind === 'create' || requestBody.kind === 'update') omitted.set(requestBody.type, requestBody.omit);
  }
  const readOnly = new Map<string, readonly string[]>();
  // Lower case on purpose: no generated type name starts with one, so it never meets an import.
  const readOnlyKeysName = module.declare('readOnlyKeys');
  const readOnlyKeys = (qualifiedName: string): Code => {
    const omit = omitted.get(qualifiedName) ?? [];
    const tsName = tsNameOf(qualifiedName);
    if (omit.length === 0 || !tsName) return _`never`;
    readOnly.set(tsName, omit);
    return _`${readOnlyKeysName}[${tsName}]`;
  };

  writeBodyInterfaces(body, operations, names);
  body.blank();
  body.doc(['Every documented request, keyed by path template, then by HTTP method: its `parameters` (`path`, `query`, `header`), `requestBody` and `responses` by status code.']);
  const groups = new ParameterGroups(module);
  const requests = new SharedRequests(module);
  body.block(_`export interface GraphOperations`, (members) => writePathMembers(members, operations, names, readOnlyKeys, groups, requests));
  requests.write(body);
  groups.write(body);
  if (readOnly.size > 0) {
    body.blank().doc(["The properties each resource's docs mark read-only: what its create and update bodies leave out."]);
    body.block(_`interface ${readOnlyKeysName}`, (members) => {
      for (const tsName of [...readOnly.keys()].sort(compareText)) members.line(_`${tsName}: ${tsUnion(readOnly.get(tsName)!.map(tsLiteral))};`);
    });
  }
  body.blank().doc(["The `id` of every documented request, as `operations` and `validateRequestBody` know them."]);
  const operationId = module.declare(OPERATION_ID_TYPE);
  writeUnionAlias(body, { name: operationId, members: operations.map((operation) => tsLiteral(operation.id)) });
  body.blank().doc(["Every documented request, in the order of the docs' pages: one entry per request."]);
  body.line(_`export declare const operations: readonly ${names.runtime('GraphOperationEntry')}<${operationId}>[];`);
  return module.toString();
}
