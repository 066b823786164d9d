import type { PageCache } from '../cache/page-cache.js';
import type { DiscoveredPage } from '../discover/discover.js';
import { emptyFacts } from './empty-facts.js';
import type { PageFacts } from './page-facts.js';
import { parsePages, type ParseWorker } from './parse-pool.js';
import type { ParseJob } from './parse-safely.js';

export interface CachedParseOptions {
  /** The page cache, and each page's key in it (undefined for a page that could not be read); none for no cache. */
  cache?: PageCache;
  keys?: readonly (string | undefined)[];
  /** As for parsePages. */
  threads: number | undefined;
  onParsed: (done: number, total: number) => void;
  /** A parse worker started earlier, for the pages with no cache entry; ended whatever happens. */
  started?: ParseWorker;
}

type IndexedJob = ParseJob & { index: number };

/**
 * Every page's facts: from the page cache where the page is unchanged, parsed where not. Pages
 * with no cache entry start parsing first (on the started worker even when they are few) while
 * this thread reads the entries of the others; an entry found unsound is parsed after. Parsed
 * facts are stored for the next run.
 */
export async function parseWithCache(
  discovered: readonly DiscoveredPage[],
  texts: readonly (string | Error)[],
  options: CachedParseOptions,
): Promise<{ pages: PageFacts[]; cachedPages: number }> {
  const { cache } = options;
  const keys = options.keys ?? [];
  const total = discovered.length;
  const pages: PageFacts[] = new Array(total);
  const fresh: IndexedJob[] = [];
  const stored: IndexedJob[] = [];
  discovered.forEach((page, index) => {
    const text = texts[index]!;
    if (typeof text !== 'string') {
      pages[index] = emptyFacts(page.file, 'page-unreadable', `page could not be read: ${text.message}`);
      return;
    }
    const key = keys[index];
    (key !== undefined && cache?.has(key) ? stored : fresh).push({ file: page.file, text, index });
  });

  let done = total - fresh.length - stored.length;
  const report = (count: number): void => {
    done += count;
    options.onParsed(done, total);
  };
  const parse = (jobs: readonly IndexedJob[], started?: ParseWorker): Promise<PageFacts[]> => {
    let reported = 0;
    const threads = options.threads !== undefined ? { threads: options.threads } : {};
    return parsePages(jobs, { ...threads, ...(started ? { started } : {}), onParsed: (count) => (report(count - reported), (reported = count)) });
  };
  // parsePages ends the started worker, with no pages too.
  const parsing = parse(fresh, options.started);
  // Awaited below; this only keeps a failure meanwhile from counting as unhandled.
  parsing.catch(() => {});
  const unsound: IndexedJob[] = [];
  for (const job of stored) {
    const hit = await cache?.get(keys[job.index]!, job.file);
    if (hit) pages[job.index] = hit;
    else unsound.push(job);
  }
  report(stored.length - unsound.length);
  const parsed = [...fresh, ...unsound];
  const facts = [...(await parsing), ...(unsound.length > 0 ? await parse(unsound) : [])];
  await Promise.all(
    parsed.map(async (job, n) => {
      pages[job.index] = facts[n]!;
      const key = keys[job.index];
      if (key !== undefined) await cache?.set(key, facts[n]!).catch(() => {});
    }),
  );
  return { pages, cachedPages: total - parsed.length };
}
