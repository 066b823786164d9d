import type { ImportDeclarationStructure, InterfaceDeclarationStructure, OptionalKind, PropertySignatureStructure, StatementStructures } from 'ts-morph';
import { StructureKind } from './structure-kind.js';
import { compareText } from '../diagnostics/diagnostic.js';
import { ENUM_VALUES_SUFFIX } from '../model/naming.js';
import type { EnumType, SchemaModel, StructuredType } from '../model/schema-model.js';
import { stringLiteral, propertyKey } from './identifiers.js';
import { emitJsonSchema } from './json-schema/emit-json-schema.js';
import { commentText } from './jsdoc.js';
import { OPERATION_VALIDATORS_FILE, operationValidatorStatements } from './operations/emit-operation-validators.js';
import { OPERATIONS_FILE, operationsStatements } from './operations/emit-operations.js';
import { header, runtimeFiles } from './templates.js';
import { propertyType } from './type-expression.js';
import { ItemFiles, ModelAnswers, type EmitMemo } from './item-files.js';
import { TypeHierarchy } from './type-hierarchy.js';
import { emitValidators, validatorPaths } from './validators/emit-validators.js';
import { render, type EmittedFile, type GeneratedFile } from './render.js';

export type { EmittedFile, GeneratedFile, StructuredFile } from './render.js';

const MODELS = 'models';

/**
 * As {@link emitModel}, with the TypeScript files still as statements: the format stage prints
 * only those it has no cached text for. With a `memo`, a one-item file whose lookups into the
 * model answer as they did when it was made comes back finished instead (see `item-files.ts`).
 */
export function emitFiles(model: SchemaModel, memo?: EmitMemo): GeneratedFile[] {
  const tsNames = new Map<string, string>();
  for (const item of [...model.types, ...model.enums]) tsNames.set(item.qualifiedName, item.tsName);
  const tsNameOf = (qualifiedName: string): string => tsNames.get(qualifiedName) ?? 'unknown';
  const top = header();
  const hierarchy = new TypeHierarchy(model);
  const modelPaths = [...model.types, ...model.enums].map((item) => modelPath(item.tsName));
  const items = new ItemFiles(new ModelAnswers(model, tsNameOf), memo, [...modelPaths, ...validatorPaths(hierarchy), OPERATIONS_FILE, OPERATION_VALIDATORS_FILE]);
  // A TypeScript-name lookup that adds itself to the reads of the file being made.
  const recordedTsName = (reads: Set<string>) => (name: string): string | undefined => {
    reads.add(`n:${name}`);
    return tsNames.get(name);
  };

  const files: GeneratedFile[] = [];
  for (const type of model.types) {
    const subject = `t:${type.qualifiedName}`;
    files.push(items.file(modelPath(type.tsName), top, subject, (reads) => interfaceStatements(type, (name) => recordedTsName(reads)(name) ?? 'unknown')));
  }
  for (const item of model.enums) files.push(items.file(modelPath(item.tsName), top, `e:${item.qualifiedName}`, () => enumStatements(item)));
  for (const [path, content] of runtimeFiles()) files.push({ path, content: top + '\n' + content });
  files.push(...emitValidators(model, items, hierarchy), emitJsonSchema(model));
  files.push(
    items.file(OPERATIONS_FILE, top, 'o:operations', (reads) => operationsStatements(model.operations, recordedTsName(reads)), true),
    items.file(OPERATION_VALIDATORS_FILE, top, 'o:operations', (reads) => hierarchy.recordReads(reads, () => operationValidatorStatements(model.operations, hierarchy))),
  );
  files.push({ path: 'index.ts', content: top + '\n' + indexText(files) });
  return files.sort((a, b) => compareText(a.path, b.path));
}

export function modelPath(tsName: string): string {
  return `${MODELS}/${tsName}.ts`;
}


function interfaceStatements(type: StructuredType, tsNameOf: (qualifiedName: string) => string): StatementStructures[] {
  const imports = new Set<string>();
  const base = type.baseType ? tsNameOf(type.baseType) : undefined;
  if (base) imports.add(base);
  const properties: OptionalKind<PropertySignatureStructure>[] = [
    {
      name: stringLiteral('@odata.type'),
      hasQuestionToken: true,
      type: [type.qualifiedName, ...type.derivedTypes].map((name) => stringLiteral(`#${name}`)).join(' | '),
      docs: ['The OData type of the instance: this type or one derived from it.'],
    },
  ];
  let usesJson = false;
  // The discriminator above comes from the type hierarchy; a documented `@odata.type` row would repeat it.
  for (const property of type.properties.filter((p) => p.name !== '@odata.type')) {
    const expression = propertyType(property, tsNameOf);
    for (const reference of expression.references) imports.add(tsNameOf(reference.qualifiedName));
    usesJson ||= property.type.kind === 'json';
    properties.push({
      name: propertyKey(property.name),
      hasQuestionToken: true,
      type: expression.text,
      ...(property.description ? { docs: [commentText(property.description)] } : {}),
    });
  }
  imports.delete(type.tsName);
  const declaration: InterfaceDeclarationStructure = {
    kind: StructureKind.Interface,
    name: type.tsName,
    isExported: true,
    ...(base ? { extends: [base] } : {}),
    docs: [typeDoc(type.description, type.source.file)],
    properties,
  };
  const statements: StatementStructures[] = [...[...imports].sort(compareText).map((name) => importOf(name, `./${name}.js`))];
  if (usesJson) statements.push(importOf('JsonObject', '../runtime/json.js'));
  statements.push(declaration);
  return statements;
}

function enumStatements(item: EnumType): StatementStructures[] {
  const literals = item.members.map((member) => stringLiteral(member.name));
  return [
    {
      kind: StructureKind.TypeAlias,
      name: item.tsName,
      isExported: true,
      type: literals.length > 0 ? literals.join(' | ') : 'never',
      docs: [typeDoc(item.description, item.source.file)],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: 'const' as never,
      docs: [`Every member of {@link ${item.tsName}}, in the docs' order.`],
      declarations: [{ name: `${item.tsName}${ENUM_VALUES_SUFFIX}`, type: `readonly ${item.tsName}[]`, initializer: `[${literals.join(', ')}]` }],
    },
  ];
}

function importOf(name: string, moduleSpecifier: string): ImportDeclarationStructure {
  return { kind: StructureKind.ImportDeclaration, isTypeOnly: true, namedImports: [name], moduleSpecifier };
}

function typeDoc(description: string | undefined, file: string): string {
  return [description ? commentText(description) : undefined, `@see ${commentText(file)}`].filter(Boolean).join('\n\n');
}

function indexText(files: readonly GeneratedFile[]): string {
  return files
    .map((file) => file.path)
    .filter((path) => path.endsWith('.ts'))
    .sort(compareText)
    .map((path) => `export * from './${path.replace(/\.ts$/, '.js')}';\n`)
    .join('');
}
