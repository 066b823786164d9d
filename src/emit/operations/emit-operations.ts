import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../structure-kind.js';
import { compareText } from '../../diagnostics/diagnostic.js';
import type { Operation } from '../../model/operations/operation-model.js';
import type { SchemaModel } from '../../model/schema-model.js';
import { stringLiteral } from '../identifiers.js';
import { bodyInterfaces } from './body-interfaces.js';
import { pathEntries } from './path-map.js';
import { runtimeEntries } from './runtime-list.js';
import { Imports } from './type-text.js';
import { render, type StructuredFile } from '../render.js';

export const OPERATIONS_FILE = 'operations.ts';

/** Where each runtime helper the file may use is declared, relative to the output folder. */
const RUNTIME_MODULES: Record<string, string> = {
  GraphCollection: './runtime/collection.js',
  GraphDeltaCollection: './runtime/collection.js',
  GraphValue: './runtime/collection.js',
  GraphReference: './runtime/collection.js',
  GraphBinary: './runtime/operation.js',
  GraphCreateBody: './runtime/operation.js',
  GraphUpdateBody: './runtime/operation.js',
  GraphOperationEntry: './runtime/operation.js',
  JsonObject: './runtime/json.js',
};

/**
 * `operations.ts`: the action body interfaces, the `GraphOperations` map (path template → method →
 * parameters, request body, responses by status) and the runtime `operations` list.
 */
export function emitOperations(model: SchemaModel, header: string): StructuredFile {
  const tsNames = new Map<string, string>();
  for (const item of [...model.types, ...model.enums]) tsNames.set(item.qualifiedName, item.tsName);
  return render(OPERATIONS_FILE, header, operationsStatements(model.operations, (qualifiedName) => tsNames.get(qualifiedName)), true);
}

/**
 * The statements of `operations.ts`, from the operations and the TypeScript names of the types
 * and enums they name (`tsName`), nothing else: the emit memo relies on that.
 */
export function operationsStatements(operations: readonly Operation[], tsName: (qualifiedName: string) => string | undefined): StatementStructures[] {
  const imports = new Imports(tsName);

  // One list of read-only keys per resource, declared once: create and update bodies, and each
  // alternative path, refer to it instead of repeating it.
  const omitted = new Map<string, readonly string[]>();
  for (const { requestBody: body } of operations) {
    if (body.kind === 'create' || body.kind === 'update') omitted.set(body.type, body.omit);
  }
  const readOnly = new Map<string, readonly string[]>();
  const readOnlyKeys = (qualifiedName: string): string => {
    const omit = omitted.get(qualifiedName) ?? [];
    const name = tsName(qualifiedName);
    if (omit.length === 0 || !name) return 'never';
    readOnly.set(name, omit);
    return `readOnlyKeys[${stringLiteral(name)}]`;
  };

  const bodies = bodyInterfaces(operations, imports);
  const entries = pathEntries(operations, imports, readOnlyKeys);
  imports.helper('GraphOperationEntry');

  const statements: StatementStructures[] = [...importStatements(imports), ...bodies];
  if (readOnly.size > 0) {
    statements.push({
      kind: StructureKind.Interface,
      // Lower case on purpose: no generated type name starts with one, so this local name never
      // shadows an import.
      name: 'readOnlyKeys',
      docs: ['The properties each resource\'s docs mark read-only: what its create and update bodies leave out.'],
      properties: [...readOnly.keys()].sort(compareText).map((name) => ({ name, type: readOnly.get(name)!.map(stringLiteral).join(' | ') })),
    });
  }
  statements.push(
    {
      kind: StructureKind.Interface,
      name: 'GraphOperations',
      isExported: true,
      docs: [
        'Every documented request, keyed by path template, then by HTTP method: its `parameters` (`path`, `query`, `header`), `requestBody` and `responses` by status code.',
      ],
      properties: entries.map((entry) => ({ name: stringLiteral(entry.path), type: entry.type })),
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Every documented request, in the order of the docs\' pages: one entry per request.'],
      // One entry a line: prettier breaks only the lines that need it.
      declarations: [{ name: 'operations', type: 'readonly GraphOperationEntry[]', initializer: `[\n${runtimeEntries(operations, tsName).map((entry) => JSON.stringify(entry)).join(',\n')}\n]` }],
    },
  );
  return statements;
}

function importStatements(imports: Imports): StatementStructures[] {
  const modules = new Map<string, string[]>();
  for (const name of imports.models) modules.set(`./models/${name}.js`, [name]);
  for (const name of imports.runtime) {
    const module = RUNTIME_MODULES[name]!;
    modules.set(module, [...(modules.get(module) ?? []), name]);
  }
  return [...modules.keys()].sort(compareText).map((moduleSpecifier) => ({
    kind: StructureKind.ImportDeclaration,
    isTypeOnly: true,
    namedImports: modules.get(moduleSpecifier)!.sort(compareText),
    moduleSpecifier,
  }));
}
