import { compareText, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EnumFacts, PageFacts } from '../parse/page-facts.js';
import { qualify, type EnumDraft } from './drafts.js';
import { nameKey } from './naming.js';

/**
 * One draft per named enum. Where several pages list the same enum (an enum page and a
 * `### x values` table, say), the enum page's order is kept, members only the others list are
 * appended, and the difference is reported.
 */
export function collectEnums(pages: readonly PageFacts[], diagnostics: Diagnostic[]): Map<string, EnumDraft> {
  const listed = pages.flatMap((page) => page.enums.map((facts) => ({ facts, enumPage: page.kind === 'enum' })));
  listed.sort((a, b) => Number(b.enumPage) - Number(a.enumPage) || compareText(a.facts.source.file, b.facts.source.file));
  const drafts = new Map<string, EnumDraft>();
  for (const { facts } of listed) {
    const key = nameKey(qualify(facts.namespace, facts.name));
    const draft = drafts.get(key);
    if (!draft) {
      drafts.set(key, newDraft(key, facts));
      continue;
    }
    if (facts.anchor) draft.anchors.push(`${facts.source.file}#${facts.anchor}`);
    if (!draft.files.includes(facts.source.file)) draft.files.push(facts.source.file);
    const added = facts.members.filter((m) => !draft.members.some((d) => d.name === m.name));
    const missing = draft.members.filter((d) => !facts.members.some((m) => m.name === d.name));
    if (added.length > 0 || missing.length > 0) {
      diagnostics.push({
        code: 'enum-members-differ',
        severity: 'info',
        message: `${facts.name} lists different members here than at ${draft.source.file}:${draft.source.line}${added.length ? `; added ${added.map((m) => m.name).join(', ')}` : ''}`,
        source: facts.source,
      });
    }
    draft.members.push(...added);
  }
  return drafts;
}

function newDraft(key: string, facts: EnumFacts): EnumDraft {
  return {
    key,
    name: facts.name,
    namespace: facts.namespace,
    members: [...facts.members],
    source: facts.source,
    anchors: facts.anchor ? [`${facts.source.file}#${facts.anchor}`] : [],
    files: [facts.source.file],
    ...(facts.description ? { description: facts.description } : {}),
  };
}
