import { compareText, type Diagnostic } from '../diagnostics/diagnostic.js';
import { splitQualified } from '../parse/qualified-names.js';
import { qualify, type EnumDraft, type TypeDraft } from './drafts.js';
import type { Lookup } from './lookup.js';
import { nameKey } from './naming.js';

/**
 * Enums the docs name without documenting: a type cell names a type no page defines
 * (`certificateRevocationStatus`) and the description lists the values ("Possible values are:
 * `none`, `pending`, ..."). The cell gives the name and the description the members, so the
 * enum is built as named, closed like any named enum, and shared by every property that names
 * it. One `enum-from-description` diagnostic per enum says so; where two descriptions list
 * different values, the members are joined, as for an enum listed on several pages.
 */
export function collectProseEnums(types: Iterable<TypeDraft>, lookup: Lookup, diagnostics: Diagnostic[]): Map<string, EnumDraft> {
  const enums = new Map<string, EnumDraft>();
  for (const owner of [...types].sort((a, b) => compareText(a.key, b.key))) {
    for (const property of owner.properties) {
      const cell = property.type;
      if (cell.kind !== 'named' || !property.possibleValues || /^json$/i.test(cell.name)) continue;
      if (lookup.find(cell.name, property.source.file, owner.namespace, cell.href)) continue;
      const { name, namespace } = splitQualified(cell.name, owner.namespace);
      const key = nameKey(qualify(namespace, name));
      const members = property.possibleValues.map((value) => ({ name: value }));
      const draft = enums.get(key);
      if (!draft) {
        // No page documents it, so no page is its source file: a link to the page that names it is not a link to it.
        enums.set(key, { key, name, namespace, members, source: property.source, anchors: [], files: [] });
        diagnostics.push({
          code: 'enum-from-description',
          severity: 'info',
          message: `enum "${cell.name}" is documented nowhere; it is built from the values that the description of ${owner.name}.${property.name} lists`,
          source: property.source,
        });
        continue;
      }
      const added = members.filter((member) => !draft.members.some((known) => known.name === member.name));
      const missing = draft.members.filter((known) => !members.some((member) => member.name === known.name));
      if (added.length === 0 && missing.length === 0) continue;
      diagnostics.push({
        code: 'enum-members-differ',
        severity: 'info',
        message: `${name} lists different members here than at ${draft.source.file}:${draft.source.line}${added.length ? `; added ${added.map((m) => m.name).join(', ')}` : ''}`,
        source: property.source,
      });
      draft.members.push(...added);
    }
  }
  return enums;
}
