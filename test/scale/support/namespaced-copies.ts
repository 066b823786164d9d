/**
 * A docs tree several times the size of a real one: the real pages, plus one copy of every page
 * per extra namespace, rewritten so that each copy documents its own, distinct types, enums and
 * requests, linked among themselves as the real pages are.
 *
 * For the copy `north` of a page:
 * - the file is `north-<name>.md` in the same folder, and every link to a page of the tree names
 *   the copy (`[user](user.md)` → `[user](north-user.md)`), so links resolve within the copy;
 * - its namespace is `microsoft.graph.north` (a page that names none gets that line), and a
 *   sub-namespace `microsoft.graph.callRecords` becomes `microsoft.graph.northCallRecords`, so
 *   graphdoc names its types `NorthUser`, `NorthCallRecordsSession` (README, "How names are
 *   chosen"); every qualified name in type cells, annotations and examples follows;
 * - every request line in a code block gains a first path segment (`GET /users/{id}` →
 *   `GET /north/users/{id}`), so each copy's requests have their own paths;
 * - example names in annotations gain a prefix (`get_group` → `north_get_group`), so operation
 *   ids stay as unique as the real pages make them.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The folders of a Graph docs tree that hold pages. */
const PAGE_FOLDERS = ['api', 'resources'];

export interface CopiedTree {
  /** Pages written, the real ones included. */
  pages: number;
  /** Namespaces below `microsoft.graph` that the real pages use (`callRecords`), as written in them. */
  subNamespaces: string[];
}

/**
 * Writes the pages of `source` (its `api/` and `resources/`) into `target` unchanged, and once
 * more for each of `copies` (lower-case identifiers: `north`), rewritten as above.
 */
export function writeNamespacedCopies(source: string, target: string, copies: readonly string[]): CopiedTree {
  const pages = PAGE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(source, folder))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => ({ folder, name, text: readFileSync(path.join(source, folder, name), 'utf8') })),
  );
  const pageNames = new Set(pages.map((page) => page.name.toLowerCase()));
  const subNamespaces = [...new Set(pages.flatMap((page) => subNamespaceOf(page.text) ?? []))].sort();
  for (const folder of PAGE_FOLDERS) mkdirSync(path.join(target, folder), { recursive: true });
  for (const page of pages) {
    writeFileSync(path.join(target, page.folder, page.name), page.text);
    for (const copy of copies) {
      const rewrite = new PageRewrite(copy, pageNames, subNamespaces);
      writeFileSync(path.join(target, page.folder, rewrite.fileName(page.name)), rewrite.page(page.text));
    }
  }
  return { pages: pages.length * (copies.length + 1), subNamespaces };
}

/** `callRecords` for a page whose namespace line reads `Namespace: microsoft.graph.callRecords`. */
function subNamespaceOf(text: string): string | undefined {
  return /^namespace:\s*microsoft\.graph\.([A-Za-z]\w*)\s*$/im.exec(text)?.[1];
}

/** The namespace of copy `north` for a page of `microsoft.graph` (no sub) or of `microsoft.graph.<sub>`. */
export function copyNamespace(copy: string, sub?: string): string {
  return sub ? `microsoft.graph.${copy}${sub[0]!.toUpperCase()}${sub.slice(1)}` : `microsoft.graph.${copy}`;
}

/** The rewrite of every page of one copy. */
class PageRewrite {
  private readonly subs: Map<string, string>;

  constructor(
    private readonly copy: string,
    private readonly pageNames: ReadonlySet<string>,
    subNamespaces: readonly string[],
  ) {
    this.subs = new Map(subNamespaces.map((sub) => [sub.toLowerCase(), sub]));
  }

  fileName(name: string): string {
    return `${this.copy}-${name}`;
  }

  page(text: string): string {
    let result = this.links(text);
    result = this.qualifiedNames(result);
    result = this.exampleNames(result);
    result = this.requestLines(result);
    return /^namespace:/im.test(result) ? result : this.withNamespaceLine(result);
  }

  /** Inline links `[x](target)` and definitions `[x]: target` that name a page of the tree. */
  private links(text: string): string {
    return text
      .replace(/\]\(\s*(<?)([^()\s<>]+)/g, (_, bracket: string, target: string) => `](${bracket}${this.linkTarget(target)}`)
      .replace(/^(\s{0,3}\[[^\]\n]+\]:\s*)(\S+)/gm, (_, label: string, target: string) => `${label}${this.linkTarget(target)}`);
  }

  /** `../resources/user.md#properties` → `../resources/north-user.md#properties`; other targets unchanged. */
  private linkTarget(target: string): string {
    const end = target.search(/[?#]/);
    const pathPart = end < 0 ? target : target.slice(0, end);
    const slash = pathPart.lastIndexOf('/');
    const base = pathPart.slice(slash + 1);
    const page = (base.toLowerCase().endsWith('.md') ? base : `${base}.md`).toLowerCase();
    if (base === '' || !this.pageNames.has(page)) return target;
    return `${pathPart.slice(0, slash + 1)}${this.fileName(base)}${end < 0 ? '' : target.slice(end)}`;
  }

  /**
   * `microsoft.graph.user` → `microsoft.graph.north.user`, `microsoft.graph.callRecords.session` →
   * `microsoft.graph.northCallRecords.session`, and the namespaces themselves, wherever they are
   * written (namespace lines, type cells, annotations, example bodies, casts in paths).
   */
  private qualifiedNames(text: string): string {
    return text.replace(/\b(microsoft\.graph)(?:\.([A-Za-z]\w*))?/gi, (_, root: string, next: string | undefined) => {
      const sub = next === undefined ? undefined : this.subs.get(next.toLowerCase());
      const namespace = copyNamespace(this.copy, sub).replace(/^microsoft\.graph/, root);
      return next === undefined || sub !== undefined ? namespace : `${namespace}.${next}`;
    });
  }

  /** `"name": "get_group"` in an annotation → `"name": "north_get_group"`. */
  private exampleNames(text: string): string {
    return text.replace(/<!--[\s\S]*?-->/g, (comment) =>
      comment.replace(/("name"\s*:\s*")([^"]*)"/g, (_, key: string, name: string) => `${key}${this.copy}_${name}"`),
    );
  }

  /** Request lines in fenced code blocks: the copy's segment goes first in the path. */
  private requestLines(text: string): string {
    let fence: string | undefined;
    return text
      .split('\n')
      .map((line) => {
        const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
          fence = fence === undefined ? marker : undefined;
          return line;
        }
        if (fence === undefined) return line;
        const request = /^(\s*(?:GET|POST|PUT|PATCH|DELETE)\s+)(\S.*)$/i.exec(line);
        return request ? `${request[1]}${this.requestTarget(request[2]!)}` : line;
      })
      .join('\n');
  }

  /** `https://graph.microsoft.com/v1.0/me` → `https://graph.microsoft.com/v1.0/north/me`; `users` → `/north/users`; other hosts unchanged. */
  private requestTarget(target: string): string {
    const absolute = /^(https?:\/\/)([^/?#\s]+)(.*)$/i.exec(target);
    if (absolute && !/graph\.microsoft\./i.test(absolute[2]!)) return target;
    const rest = absolute ? absolute[3]! : target;
    const match = /^(\/?(?:v1\.0|v1|beta)(?=[/?]|$))?\/?([\s\S]*)$/i.exec(rest)!;
    const version = match[1] ? `/${match[1].replace(/^\//, '')}` : '';
    return `${absolute ? absolute[1]! + absolute[2]! : ''}${version}/${this.copy}/${match[2]}`;
  }

  /** A page that names no namespace (so `microsoft.graph`) gets the copy's, below its title. */
  private withNamespaceLine(text: string): string {
    const line = `Namespace: ${copyNamespace(this.copy)}`;
    const title = /^# .*$/m.exec(text);
    if (title) return `${text.slice(0, title.index + title[0].length)}\n\n${line}\n${text.slice(title.index + title[0].length)}`;
    const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text);
    const at = frontMatter ? frontMatter[0].length : 0;
    return `${text.slice(0, at)}\n${line}\n\n${text.slice(at)}`;
  }
}
