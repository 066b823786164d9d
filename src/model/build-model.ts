import { compareDiagnostics, compareText, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PageFacts } from '../parse/page-facts.js';
import { collectEnums } from './collect-enums.js';
import { collectTypes } from './collect-types.js';
import { qualify, type EnumDraft, type TypeDraft } from './drafts.js';
import { ancestorsOf, derivedTypesOf, resolveBaseTypes } from './inheritance.js';
import { Lookup } from './lookup.js';
import { buildOperations } from './operations/build-operations.js';
import { ENUM_VALUES_SUFFIX, IdentifierPool, pascalCase } from './naming.js';
import { collectProseEnums } from './prose-enums.js';
import { PropertyResolver } from './resolve-properties.js';
import type { EnumType, Property, SchemaModel, StructuredType } from './schema-model.js';

/** All pages' facts → one resolved schema. Never throws on odd docs: problems become diagnostics. */
export interface BuildOptions {
  /** Names the output already uses (the runtime files' exports): no type or enum may take them. */
  reservedNames?: readonly string[];
}

export function buildModel(pages: readonly PageFacts[], options: BuildOptions = {}): SchemaModel {
  const sortedPages = [...pages].sort((a, b) => compareText(a.file, b.file));
  const diagnostics: Diagnostic[] = sortedPages.flatMap((page) => page.diagnostics);
  const typeDrafts = collectTypes(sortedPages, diagnostics);
  const enumDrafts = collectEnums(sortedPages, diagnostics);
  // Enums named in a type cell and listed only in a description join the documented ones before names are resolved.
  for (const [key, draft] of collectProseEnums(typeDrafts.values(), new Lookup(typeDrafts.values(), enumDrafts.values()), diagnostics)) enumDrafts.set(key, draft);
  const lookup = new Lookup(typeDrafts.values(), enumDrafts.values());
  const derivedEnums = new Map<string, EnumDraft>();
  const resolver = new PropertyResolver(lookup, enumDrafts.values(), derivedEnums, diagnostics);

  const bases = resolveBaseTypes(typeDrafts, lookup, diagnostics);
  const derived = derivedTypesOf(bases);
  const typeDraftList = [...typeDrafts.values()].sort((a, b) => compareText(a.key, b.key));
  const ownProperties = new Map<string, Property[]>();
  for (const draft of typeDraftList) {
    ownProperties.set(draft.key, draft.properties.map((facts) => resolver.resolve(draft, facts)));
  }

  const names = assignNames(typeDraftList, [...enumDrafts.values(), ...derivedEnums.values()], options.reservedNames ?? [], diagnostics);
  const types: StructuredType[] = typeDraftList.map((draft) => {
    const base = bases.get(draft.key);
    return {
      qualifiedName: qualifiedNameOf(draft),
      name: draft.name,
      namespace: draft.namespace,
      tsName: names.get(`type:${draft.key}`)!,
      ...(base ? { baseType: qualifiedNameOf(typeDrafts.get(base)!) } : {}),
      derivedTypes: (derived.get(draft.key) ?? []).map((key) => qualifiedNameOf(typeDrafts.get(key)!)).sort(compareText),
      ...(draft.description ? { description: draft.description } : {}),
      openType: draft.openType,
      properties: reportedIfOnlyInExample(draft, withoutInherited(draft, ownProperties, bases, typeDrafts, diagnostics), diagnostics),
      source: draft.source,
    };
  });
  const allEnums = [...enumDrafts.values(), ...derivedEnums.values()].sort((a, b) => compareText(a.key, b.key));
  const enums: EnumType[] = allEnums.map((draft) => ({
    qualifiedName: qualifiedNameOf(draft),
    name: draft.name,
    namespace: draft.namespace,
    tsName: names.get(`enum:${draft.key}`)!,
    members: draft.members,
    ...(draft.description ? { description: draft.description } : {}),
    derivedName: draft.derivedName === true,
    source: draft.source,
  }));

  // Keys inside the model are lower-cased lookup keys until here; hand out the real names.
  const qualifiedByKey = new Map<string, string>();
  for (const draft of [...typeDraftList, ...allEnums]) qualifiedByKey.set(draft.key, qualifiedNameOf(draft));
  for (const type of types) {
    for (const property of type.properties) {
      if (property.type.kind === 'type') property.type = { kind: 'type', type: qualifiedByKey.get(property.type.type)! };
      if (property.type.kind === 'enum') property.type = { ...property.type, enum: qualifiedByKey.get(property.type.enum)! };
    }
  }
  const operations = buildOperations(sortedPages, lookup, types, enums, diagnostics);
  return { types, enums, operations, diagnostics: diagnostics.sort(compareDiagnostics) };
}

function qualifiedNameOf(draft: TypeDraft | EnumDraft): string {
  return qualify(draft.namespace, draft.name);
}

/**
 * A property the type restates from an ancestor (`id`, "Inherited from entity") is left to the
 * ancestor, so that `extends` never conflicts; a restatement with another type is reported.
 */
function withoutInherited(
  draft: TypeDraft,
  ownProperties: Map<string, Property[]>,
  bases: Map<string, string>,
  typeDrafts: Map<string, TypeDraft>,
  diagnostics: Diagnostic[],
): Property[] {
  const inherited = new Map<string, { property: Property; owner: string }>();
  for (const ancestor of ancestorsOf(draft.key, bases)) {
    for (const property of ownProperties.get(ancestor) ?? []) {
      if (!inherited.has(property.name)) inherited.set(property.name, { property, owner: typeDrafts.get(ancestor)!.name });
    }
  }
  return (ownProperties.get(draft.key) ?? []).filter((property) => {
    const from = inherited.get(property.name);
    if (!from) return true;
    if (!sameType(from.property, property)) {
      diagnostics.push({
        code: 'inherited-property-conflict',
        severity: 'info',
        message: `${draft.name}.${property.name} restates a property of ${from.owner} with another type ("${property.typeText}" vs "${from.property.typeText}"); the base's is kept`,
        source: property.source,
      });
    }
    return false;
  });
}

/**
 * A property that only the resource's JSON representation shows (no table row on any page,
 * and no ancestor's) is kept, typed from its example value, and reported: it has no description.
 */
function reportedIfOnlyInExample(draft: TypeDraft, properties: Property[], diagnostics: Diagnostic[]): Property[] {
  const fromExample = new Set(draft.properties.filter((facts) => facts.fromExample).map((facts) => facts.name));
  for (const property of properties) {
    if (!fromExample.has(property.name)) continue;
    diagnostics.push({
      code: 'property-only-in-example',
      severity: 'info',
      message: `${draft.name}.${property.name} is in the JSON representation but in no table; typed from the example value, without a description`,
      source: property.source,
    });
  }
  return properties;
}

function sameType(a: Property, b: Property): boolean {
  return a.collection === b.collection && JSON.stringify(a.type) === JSON.stringify(b.type);
}

/**
 * TypeScript names: PascalCase of the docs name. On a clash, `microsoft.graph` types win,
 * then enums; a type of another namespace takes its namespace's last segment as a prefix
 * (`CallRecordsSession`), an enum the suffix `Enum`, and a number as the last resort. Names are
 * returned by `type:<key>` and `enum:<key>`: a type and an enum may share a key.
 */
function assignNames(types: TypeDraft[], enums: EnumDraft[], reserved: readonly string[], diagnostics: Diagnostic[]): Map<string, string> {
  const pool = new IdentifierPool();
  for (const name of reserved) pool.claim([name]);
  const names = new Map<string, string>();
  const ordered = [
    ...types.map((draft) => ({ draft, isEnum: false })),
    ...enums.map((draft) => ({ draft, isEnum: true })),
  ].sort(
    (a, b) =>
      Number(a.draft.namespace !== 'microsoft.graph') - Number(b.draft.namespace !== 'microsoft.graph') ||
      Number(a.isEnum) - Number(b.isEnum) ||
      compareText(a.draft.key, b.draft.key),
  );
  for (const { draft, isEnum } of ordered) {
    const plain = pascalCase(draft.name);
    const prefix = pascalCase(draft.namespace.split('.').pop() ?? '');
    const candidates = [plain, draft.namespace === 'microsoft.graph' ? plain : `${prefix}${plain}`, isEnum ? `${plain}Enum` : `${prefix}${plain}`];
    const name = pool.claim(candidates, isEnum ? [ENUM_VALUES_SUFFIX] : []);
    if (!/^[A-Za-z_$][\w$]*$/.test(draft.name)) {
      diagnostics.push({
        code: 'type-name-invalid',
        severity: 'warning',
        message: `"${draft.name}" is not an identifier; it is named ${name} in TypeScript`,
        source: draft.source,
      });
    }
    if (name !== plain) {
      diagnostics.push({
        code: 'name-clash',
        severity: 'info',
        message: `${qualify(draft.namespace, draft.name)} would be named ${plain}, which is taken; it is named ${name}`,
        source: draft.source,
      });
    }
    names.set(`${isEnum ? 'enum' : 'type'}:${draft.key}`, name);
  }
  return names;
}
