import { compareText, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { TypeDraft } from './drafts.js';
import type { Lookup } from './lookup.js';

/**
 * Resolves each type's documented base type to a key. A base that names no documented type,
 * or an enum, is dropped with a diagnostic; so is the link that would close a cycle.
 */
export function resolveBaseTypes(types: Map<string, TypeDraft>, lookup: Lookup, diagnostics: Diagnostic[]): Map<string, string> {
  const bases = new Map<string, string>();
  const sorted = [...types.values()].sort((a, b) => compareText(a.key, b.key));
  for (const draft of sorted) {
    if (!draft.baseTypeText) continue;
    const found = lookup.findByName(draft.baseTypeText, draft.namespace);
    if (found?.kind !== 'type') {
      diagnostics.push({
        code: 'unresolved-base-type',
        severity: 'error',
        message: `base type "${draft.baseTypeText}" of ${draft.name} is not a documented type; it is generated without one`,
        source: draft.source,
      });
      continue;
    }
    if (found.draft.key === draft.key || createsCycle(bases, draft.key, found.draft.key)) {
      diagnostics.push({
        code: 'inheritance-cycle',
        severity: 'warning',
        message: `${draft.name} inheriting from ${found.draft.name} would close a cycle; that base is dropped`,
        source: draft.source,
      });
      continue;
    }
    bases.set(draft.key, found.draft.key);
  }
  return bases;
}

function createsCycle(bases: Map<string, string>, key: string, base: string): boolean {
  for (let current: string | undefined = base; current; current = bases.get(current)) {
    if (current === key) return true;
  }
  return false;
}

/** Every ancestor of `key`, nearest first. */
export function ancestorsOf(key: string, bases: ReadonlyMap<string, string>): string[] {
  const ancestors: string[] = [];
  for (let current = bases.get(key); current; current = bases.get(current)) ancestors.push(current);
  return ancestors;
}

/** Every type that derives from each type, directly or not, sorted. */
export function derivedTypesOf(bases: ReadonlyMap<string, string>): Map<string, string[]> {
  const derived = new Map<string, string[]>();
  for (const key of [...bases.keys()].sort(compareText)) {
    for (const ancestor of ancestorsOf(key, bases)) derived.set(ancestor, [...(derived.get(ancestor) ?? []), key]);
  }
  return derived;
}
