import { readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckFacts, LinkFacts } from '../parse/check/check-facts.js';
import { finding } from './findings.js';

/** The docs as links see them: where each page is, and the anchors of a page on demand. */
export interface DocsTree {
  /** The docs folders, absolute. */
  roots: readonly string[];
  /** A page's absolute path, lower-cased → its name (`api/user-get.md`). */
  pages: ReadonlyMap<string, string>;
  /** The file at an absolute path, found as the docs site finds it: whatever the case of its letters. */
  files: FileFinder;
  /** The docs folder a page was found in. */
  rootOf(page: string): string;
  /** The anchors of a page (its check facts', read on demand). */
  anchorsOf(page: string): Promise<readonly string[]>;
}

/**
 * Each relative link of a page: its file must exist (a page, an image, an include; `x` stands
 * for `x.md`, and letters' case does not matter, as the docs site serves them), and its `#anchor`
 * must be a heading's or an anchor's on the page it names. Links that leave the docs folders,
 * absolute URLs and site-rooted paths (`/concepts/...`) cannot be told apart from the site's
 * other content, and are not checked; nor are the docs site's tab anchors (`#tab/http`), nor
 * links into an `includes/` folder the docs do not have (graphdoc never reads includes, and a
 * checkout of the reference pages alone often leaves them out).
 */
export async function checkReferences(facts: CheckFacts, docs: DocsTree): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const link of facts.links) {
    const problem = await linkProblem(link, facts, docs);
    if (problem) diagnostics.push(problem);
  }
  return diagnostics;
}

async function linkProblem(link: LinkFacts, facts: CheckFacts, docs: DocsTree): Promise<Diagnostic | undefined> {
  const url = link.url.trim();
  if (url === '' || /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\')) return undefined;
  const hash = url.indexOf('#');
  const target = decode((hash < 0 ? url : url.slice(0, hash)).replace(/\?.*$/, ''));
  const anchor = hash < 0 ? '' : decode(url.slice(hash + 1)).toLowerCase();
  let page: string | undefined = facts.file;
  if (target !== '') {
    const path = resolve(docs.rootOf(facts.file), dirname(facts.file), target);
    if (!docs.roots.some((root) => inside(root, path)) || docs.files.missingIncludes(path)) return undefined;
    const file = [path, `${path}.md`].find((candidate) => docs.files.exists(candidate));
    if (!file) return finding('link-broken', `link to ${target}: no such file in the docs`, link.source);
    page = docs.pages.get(file.toLowerCase());
  }
  if (anchor === '' || anchor.startsWith('tab/') || page === undefined) return undefined;
  const anchors = page === facts.file ? facts.anchors : await docs.anchorsOf(page);
  if (anchors.includes(anchor)) return undefined;
  return finding('anchor-broken', `link to #${anchor}: ${page === facts.file ? 'this page' : page} has no such heading or anchor`, link.source);
}

function inside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest !== '' && !rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Files looked up by path whatever their letters' case, each folder listed once. */
export class FileFinder {
  private readonly folders = new Map<string, Set<string> | undefined>();

  exists(path: string): boolean {
    return this.entries(dirname(path))?.has(basename(path).toLowerCase()) === true;
  }

  /** Whether the path lies in an `includes` folder that does not exist. */
  missingIncludes(path: string): boolean {
    const parts = path.split(sep);
    const at = parts.findIndex((part) => part.toLowerCase() === 'includes');
    return at > 0 && !this.exists(parts.slice(0, at + 1).join(sep));
  }

  private entries(folder: string): Set<string> | undefined {
    if (!this.folders.has(folder)) {
      const parent = dirname(folder);
      // A folder whose parent lacks it (in any case) is looked for no further.
      const listed = parent === folder || this.entries(parent)?.has(basename(folder).toLowerCase()) ? list(folder) : undefined;
      this.folders.set(folder, listed);
    }
    return this.folders.get(folder);
  }
}

function list(folder: string): Set<string> | undefined {
  try {
    return new Set(readdirSync(folder).map((name) => name.toLowerCase()));
  } catch {
    return undefined;
  }
}
