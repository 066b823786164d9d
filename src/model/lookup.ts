import { DEFAULT_NAMESPACE, splitQualified } from '../parse/qualified-names.js';
import { qualify, type EnumDraft, type TypeDraft } from './drafts.js';
import { nameKey } from './naming.js';

export type Found = { kind: 'type'; draft: TypeDraft } | { kind: 'enum'; draft: EnumDraft };

/**
 * Finds the type or enum a type cell means, the way a reader would: an anchor link names a
 * values table on the same page; a link names the type its page documents; otherwise the
 * name (in the page's namespace, then in `microsoft.graph`, then anywhere).
 */
export class Lookup {
  private readonly byName = new Map<string, Found[]>();
  private readonly byQualified = new Map<string, Found>();
  private readonly byFile = new Map<string, Found[]>();
  private readonly byAnchor = new Map<string, Found>();

  constructor(types: Iterable<TypeDraft>, enums: Iterable<EnumDraft>) {
    for (const draft of types) this.add({ kind: 'type', draft });
    for (const draft of enums) this.add({ kind: 'enum', draft });
  }

  private add(found: Found): void {
    const { draft } = found;
    this.byQualified.set(draft.key, this.byQualified.get(draft.key) ?? found);
    const simple = draft.name.toLowerCase();
    this.byName.set(simple, [...(this.byName.get(simple) ?? []), found]);
    for (const file of draft.files) {
      const key = pageKey(file);
      this.byFile.set(key, [...(this.byFile.get(key) ?? []), found]);
    }
    if (found.kind === 'enum') {
      for (const anchor of found.draft.anchors) {
        const [file, fragment] = anchor.split('#');
        this.byAnchor.set(`${pageKey(file ?? '')}#${fragment ?? ''}`.toLowerCase(), found);
      }
    }
  }

  /** `name` as written in a cell on `page` (in `namespace`), with the link target if any. */
  find(name: string, page: string, namespace: string, href?: string): Found | undefined {
    const fragment = href?.split('#')[1];
    if (href && fragment) {
      const anchored = this.byAnchor.get(`${linkedPage(href) ?? pageKey(page)}#${fragment}`.toLowerCase());
      if (anchored) return anchored;
    }
    // The linked page's own type outranks the link text: the workbook pages link `[Chart](chart.md)`
    // to the type the service calls `workbookChart`.
    return this.findByHref(href) ?? this.findByName(name, namespace);
  }

  /** Whether a type or enum has exactly this lookup key. */
  hasKey(key: string): boolean {
    return this.byQualified.has(key);
  }

  findByName(name: string, namespace: string): Found | undefined {
    if (name.includes('.')) {
      const qualified = splitQualified(name, namespace);
      const exact = this.byQualified.get(nameKey(qualify(qualified.namespace, qualified.name)));
      if (exact) return exact;
      name = qualified.name;
    }
    const local = this.byQualified.get(nameKey(qualify(namespace, name)));
    if (local) return local;
    const root = this.byQualified.get(nameKey(qualify(DEFAULT_NAMESPACE, name)));
    if (root) return root;
    return this.byName.get(name.toLowerCase())?.[0];
  }

  private findByHref(href: string | undefined): Found | undefined {
    const target = linkedPage(href);
    const defined = target ? (this.byFile.get(target) ?? []) : [];
    // A resource page names its type; an enum page names its enum, but a page of many enums
    // (`enums.md`) names none of them.
    return defined.find((found) => found.kind === 'type') ?? (defined.length === 1 ? defined[0] : undefined);
  }
}

/**
 * The base name of the page a link points at, lower-cased: `user.md` for `user.md`,
 * `../resources/user.md` and `/graph/api/resources/user?view=graph-rest-1.0` alike.
 * Page names are unique across a docs tree, and this holds whatever folders the user passes.
 */
export function linkedPage(href: string | undefined): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  const path = href.split(/[?#]/)[0]?.trim() ?? '';
  const base = path.split('/').pop() ?? '';
  if (!/^[\w.-]+$/.test(base) || /^https?:/i.test(path) && !/\/graph\//i.test(path)) return undefined;
  return pageKey(base.endsWith('.md') ? base : `${base}.md`);
}

/** The key a page is known by: its lower-cased base name. */
export function pageKey(file: string): string {
  return (file.split('/').pop() ?? file).toLowerCase();
}
