import { compareText, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { PageFacts, PropertyFacts, TypeFacts } from '../parse/page-facts.js';
import { qualify, type TypeDraft } from './drafts.js';
import { nameKey } from './naming.js';

/**
 * Merges every page's description of a type into one draft: the resource page first, then
 * create, update and request-body pages, which may only add properties. A second resource
 * page for the same type, or a property whose type differs between pages, is a diagnostic.
 */
export function collectTypes(pages: readonly PageFacts[], diagnostics: Diagnostic[]): Map<string, TypeDraft> {
  const facts = pages.flatMap((page) => page.types);
  facts.sort((a, b) => roleRank(a) - roleRank(b) || ownPageRank(a) - ownPageRank(b) || compareText(a.source.file, b.source.file));
  const drafts = new Map<string, TypeDraft>();
  for (const fact of facts) {
    const key = nameKey(qualify(fact.namespace, fact.name));
    const draft = drafts.get(key);
    if (!draft) {
      drafts.set(key, newDraft(key, fact, diagnostics));
      continue;
    }
    if (fact.role === 'resource') {
      diagnostics.push({
        code: 'type-documented-twice',
        severity: 'warning',
        message: `${fact.name} is also documented by ${draft.source.file}; this page's properties only add to it`,
        source: fact.source,
      });
    }
    if (!draft.files.includes(fact.source.file)) draft.files.push(fact.source.file);
    draft.baseTypeText ??= fact.baseType;
    mergeProperties(draft, fact.properties, diagnostics);
  }
  return drafts;
}

function roleRank(fact: TypeFacts): number {
  return fact.role === 'resource' ? 0 : 1;
}

/**
 * Where two resource pages document one type, the page named after it leads: `user.md`
 * before Intune's partial `intune-devices-user.md`.
 */
function ownPageRank(fact: TypeFacts): number {
  const stem = (fact.source.file.split('/').pop() ?? '').replace(/\.md$/i, '').toLowerCase();
  return stem === fact.name.toLowerCase() ? 0 : 1;
}

function newDraft(key: string, fact: TypeFacts, diagnostics: Diagnostic[]): TypeDraft {
  const draft: TypeDraft = {
    key,
    name: fact.name,
    namespace: fact.namespace,
    source: fact.source,
    files: [fact.source.file],
    openType: fact.openType === true,
    properties: [],
    ...(fact.baseType ? { baseTypeText: fact.baseType } : {}),
    ...(fact.description ? { description: fact.description } : {}),
  };
  mergeProperties(draft, fact.properties, diagnostics);
  return draft;
}

function mergeProperties(draft: TypeDraft, properties: readonly PropertyFacts[], diagnostics: Diagnostic[]): void {
  for (const property of properties) {
    const index = draft.properties.findIndex((p) => p.name === property.name);
    const existing = draft.properties[index];
    if (!existing) {
      draft.properties.push(property);
      continue;
    }
    // A table row on any page says more than a value in the resource's JSON representation.
    if (existing.fromExample && !property.fromExample) {
      draft.properties[index] = property;
      continue;
    }
    // Any page may say which property is the key ("Key of the entity." on a create page).
    if (property.key && !existing.key) draft.properties[index] = { ...existing, key: true, nullable: false };
    if (normalisedTypeText(existing.typeText) !== normalisedTypeText(property.typeText)) {
      diagnostics.push({
        code: 'property-type-conflict',
        severity: 'info',
        message: `${draft.name}.${property.name} is typed "${property.typeText}" here but "${existing.typeText}" at ${existing.source.file}:${existing.source.line}; the first is kept`,
        source: property.source,
      });
    }
  }
}

/** The type cell without its link targets, case, prefixes, marks and notes: `[x](../x.md)`, `[x](x.md)` and `(Optional) x` agree. */
function normalisedTypeText(text: string): string {
  return text
    .replace(/\]\([^)]*\)|\]\[[^\]]*\]/g, ']')
    .toLowerCase()
    .replace(/\((?:url|uri|readonly|read-only|optional|enum|nullable|required)\)/g, '')
    .replace(/edm\.|microsoft\.graph\.|[`*\s[\]]/g, '');
}
