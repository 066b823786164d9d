import { join } from 'node:path';
import { parserFingerprint } from '../cache/fingerprint.js';
import { PageCache } from '../cache/page-cache.js';
import type { DiscoveredPage } from '../discover/discover.js';
import { emptyFacts } from './empty-facts.js';
import type { PageFacts } from './page-facts.js';
import { parsePages, type ParseWorker } from './parse-pool.js';
import type { ParseJob } from './parse-safely.js';

export interface CachedParseOptions {
  /** The cache folder (facts under `pages/`), or undefined for none. */
  cacheDir: string | undefined;
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
  const cache = options.cacheDir ? new PageCache(join(options.cacheDir, 'pages'), parserFingerprint()) : undefined;
  const total = discovered.length;
  const pages: PageFacts[] = new Array(total);
  const keys: string[] = [];
  const fresh: IndexedJob[] = [];
  const stored: IndexedJob[] = [];
  discovered.forEach((page, index) => {
    const text = texts[index]!;
    if (typeof text !== 'string') {
      pages[index] = emptyFacts(page.file, 'page-unreadable', `page could not be read: ${text.message}`);
      return;
    }
    keys[index] = cache?.key(page.file, text) ?? '';
    (cache?.has(keys[index]!) ? stored : fresh).push({ file: page.file, text, index });
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
      await cache?.set(keys[job.index]!, facts[n]!).catch(() => {});
    }),
  );
  if (parsed.length === 0) options.onParsed(total, total);
  return { pages, cachedPages: total - parsed.length };
}
