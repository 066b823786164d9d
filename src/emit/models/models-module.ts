import type { EnumType, StructuredType } from '../../model/schema-model.js';
import { ENUM_VALUES_SUFFIX } from '../../model/naming.js';
import { _, Code, Name } from '../code/code.js';
import { tsLiteral, writeArray, writeInterface, writeUnionAlias, type MemberShape } from '../code/declarations.js';
import { ModuleWriter } from '../code/module-writer.js';
import { CodeWriter } from '../code/writer.js';
import { ODATA_TYPE, type TypeHierarchy } from '../type-hierarchy.js';
import { shapeType, type TypeNames } from '../type-expression.js';
import { JSON_MODULE } from '../runtime-modules.js';
import type { EmittedFile } from '../render.js';

/** The module of every interface and enum: `models.ts`, or `models.js` and `models.d.ts`. */
export const MODELS_MODULE = 'models';

/**
 * In ts mode the types are TypeScript source, which a consumer's compiler would check on every
 * build (skipLibCheck covers only `.d.ts` files). graphdoc's own tests compile them under the
 * strictest flags, so the file tells the consumer's compiler not to check it again.
 */
const NO_CHECK = '// @ts-nocheck (graphdoc compiles this file under --strict when testing it; your compiler need not check it again)';

/** The models module as a mode writes it: `models.ts`; or `models.d.ts` and `models.js`. */
export function modelsFiles(hierarchy: TypeHierarchy, header: string, mode: 'ts' | 'js'): EmittedFile[] {
  if (mode === 'ts') return [{ path: `${MODELS_MODULE}.ts`, content: modelsText(hierarchy, header, 'source') }];
  return [
    { path: `${MODELS_MODULE}.d.ts`, content: modelsText(hierarchy, header, 'declarations') },
    { path: `${MODELS_MODULE}.js`, content: modelsText(hierarchy, header, 'code') },
  ];
}

/**
 * One text of the models module: TypeScript source (`source`), declarations, or the code alone
 * (the enums' member arrays). One declaration per qualified name, as `hierarchy` keeps them,
 * sorted by TypeScript name.
 */
function modelsText(hierarchy: TypeHierarchy, header: string, mode: 'source' | 'declarations' | 'code'): string {
  const items = [...hierarchy.types.map((type) => ({ tsName: type.tsName, type })), ...hierarchy.enums.map((item) => ({ tsName: item.tsName, item }))].sort((a, b) =>
    a.tsName < b.tsName ? -1 : a.tsName > b.tsName ? 1 : 0,
  );
  const module = new ModuleWriter(mode === 'source' ? `${header.trimEnd()}\n${NO_CHECK}\n` : header);
  const names = moduleNames(module, hierarchy);
  for (const entry of items) {
    const section = new CodeWriter();
    if ('type' in entry) {
      if (mode !== 'code') writeTypeDeclaration(section, entry.type, names);
    } else writeEnum(section, entry.item, names, mode);
    if (!section.isEmpty()) module.body.blank().append(section);
  }
  return module.toString();
}

/** Every type and enum is declared in this one module; JSON objects come from the runtime. */
function moduleNames(module: ModuleWriter, hierarchy: TypeHierarchy): TypeNames {
  const declared = new Map<string, Name>();
  for (const item of [...hierarchy.types, ...hierarchy.enums]) declared.set(item.qualifiedName, module.declare(item.tsName));
  return {
    model: (qualifiedName) => declared.get(qualifiedName),
    json: () => module.importType(JSON_MODULE.fromRoot, 'JsonObject'),
  };
}

/** `export interface User extends DirectoryObject { … }`: every property optional, `@odata.type` first. */
export function writeTypeDeclaration(writer: CodeWriter, type: StructuredType, names: TypeNames): void {
  const members: MemberShape[] = [
    {
      key: ODATA_TYPE,
      optional: true,
      type: tsLiteralUnion([type.qualifiedName, ...type.derivedTypes].map((name) => `#${name}`)),
    },
  ];
  // The discriminator above comes from the type hierarchy; a documented `@odata.type` row would repeat it.
  for (const property of type.properties.filter((p) => p.name !== ODATA_TYPE)) {
    members.push({ key: property.name, optional: true, type: shapeType(property, names), doc: [property.description] });
  }
  const base = type.baseType ? names.model(type.baseType) : undefined;
  writeInterface(writer, { name: names.model(type.qualifiedName)!, ...(base ? { extends: [base] } : {}), doc: [type.description, `@see ${type.source.file}`], members });
}

function tsLiteralUnion(values: readonly string[]): Code {
  return values.map(tsLiteral).reduce((union, literal) => _`${union} | ${literal}`);
}

/** The union of an enum's members and (but in declarations) the array of them, in the docs' order. */
function writeEnum(writer: CodeWriter, item: EnumType, names: TypeNames, mode: 'source' | 'declarations' | 'code'): void {
  const name = names.model(item.qualifiedName)!;
  const members = item.members.map((member) => tsLiteral(member.name));
  if (mode !== 'code') writeUnionAlias(writer, { name, doc: [item.description, `@see ${item.source.file}`], members });
  const values = `${item.tsName}${ENUM_VALUES_SUFFIX}`;
  writer.doc([`Every member of {@link ${item.tsName}}, in the docs' order.`]);
  const valuesName = new Name(values);
  if (mode === 'declarations') writer.line(_`export declare const ${valuesName}: readonly ${name}[];`);
  else writeArray(writer, mode === 'source' ? _`export const ${valuesName}: readonly ${name}[] = ` : _`export const ${valuesName} = `, members);
}
