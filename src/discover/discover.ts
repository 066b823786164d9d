import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { compareText } from '../diagnostics/diagnostic.js';

/** A docs page found on disk. */
export interface DiscoveredPage {
  /** The docs folder it was found in, as given. */
  root: string;
  /** Path relative to that folder, `/`-separated: the page's name in diagnostics and output. */
  file: string;
}

/**
 * Every `*.md` page below each docs folder, sorted, skipping `includes/` folders (snippets
 * that other pages include) and hidden folders. A folder that cannot be read throws: that is
 * a usage error, not a docs problem.
 */
export async function discoverPages(roots: readonly string[]): Promise<DiscoveredPage[]> {
  const pages: DiscoveredPage[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    for (const path of await walk(root)) {
      const file = relative(root, path).split(sep).join('/');
      if (seen.has(file)) continue;
      seen.add(file);
      pages.push({ root, file });
    }
  }
  return pages.sort((a, b) => compareText(a.file, b.file));
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.toLowerCase() !== 'includes') found.push(...(await walk(path)));
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      found.push(path);
    }
  }
  return found;
}
