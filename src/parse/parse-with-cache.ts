import type { PageCache } from '../cache/page-cache.js';
import type { FileStamp } from '../cache/run-state.js';
import type { DiscoveredPage } from '../discover/discover.js';
import { emptyFacts } from './empty-facts.js';
import type { PageFacts } from './page-facts.js';
import { parsePages, type ParseWorker } from './parse-pool.js';
import type { ParseJob } from './parse-safely.js';

/**
 * A page as the run has it: its text where it was read (or the Error reading gave), and its
 * page cache key where there is a cache. A page taken as unchanged by its stamp has a key and
 * no text: `read` reads it, should its cache entry turn out unsound.
 */
export interface PageInput {
  text?: string | Error;
  key?: string;
  stamp?: FileStamp;
  read?: () => string | Error;
}

export interface CachedParseOptions {
  /** The page cache (each page's key is in its input); none for no cache. */
  cache?: PageCache;
  /** As for parsePages. */
  threads: number | undefined;
  onParsed: (done: number, total: number) => void;
  /** A parse worker started earlier, for the pages with no cache entry; ended whatever happens. */
  started?: ParseWorker;
}

type IndexedJob = ParseJob & { index: number };
type StoredJob = { file: string; index: number; input: PageInput };

/**
 * Every page's facts: from the page cache where the page is unchanged, parsed where not. Pages
 * with no cache entry start parsing first (on the started worker even when they are few) while
 * this thread reads the entries of the others; an entry found unsound is parsed after. Parsed
 * facts are stored for the next run as each batch comes back.
 */
export async function parseWithCache(
  discovered: readonly DiscoveredPage[],
  inputs: readonly PageInput[],
  options: CachedParseOptions,
): Promise<{ pages: PageFacts[]; cachedPages: number }> {
  const { cache } = options;
  const keys = inputs.map((input) => input.key);
  const total = discovered.length;
  const pages: PageFacts[] = new Array(total);
  const fresh: IndexedJob[] = [];
  const stored: StoredJob[] = [];
  const unreadable = (index: number, error: Error): void => {
    pages[index] = emptyFacts(discovered[index]!.file, 'page-unreadable', `page could not be read: ${error.message}`);
  };
  discovered.forEach((page, index) => {
    const input = inputs[index]!;
    const key = keys[index];
    if (key !== undefined && cache?.has(key)) stored.push({ file: page.file, index, input });
    else {
      const text = input.text ?? input.read?.();
      if (typeof text === 'string') fresh.push({ file: page.file, text, index });
      else unreadable(index, text ?? new Error('not read'));
    }
  });

  let done = total - fresh.length - stored.length;
  const report = (count: number): void => {
    done += count;
    options.onParsed(done, total);
  };
  // Each page's facts go into the cache as they come, while the workers parse the rest.
  const store = (jobs: readonly IndexedJob[]) => (first: number, facts: readonly PageFacts[], json?: readonly string[]): void => {
    facts.forEach((fact, n) => {
      const job = jobs[first + n]!;
      const key = keys[job.index];
      if (key !== undefined) cache?.set(key, fact, json?.[n]);
    });
  };
  const parse = (jobs: readonly IndexedJob[], started?: ParseWorker): Promise<PageFacts[]> => {
    let reported = 0;
    const threads = options.threads !== undefined ? { threads: options.threads } : {};
    return parsePages(jobs, { ...threads, ...(started ? { started } : {}), onFacts: store(jobs), onParsed: (count) => (report(count - reported), (reported = count)) });
  };
  // parsePages ends the started worker, with no pages too.
  const parsing = parse(fresh, options.started);
  // Awaited below; this only keeps a failure meanwhile from counting as unhandled.
  parsing.catch(() => {});
  const unsound: IndexedJob[] = [];
  for (const job of stored) {
    const hit = cache?.get(keys[job.index]!, job.file);
    if (hit) {
      pages[job.index] = hit;
      continue;
    }
    // An unsound entry: the page is parsed after all, read now where the stamp spared it.
    const text = job.input.text ?? job.input.read?.();
    if (typeof text === 'string') unsound.push({ file: job.file, text, index: job.index });
    else unreadable(job.index, text ?? new Error('not read'));
  }
  report(stored.length - unsound.length);
  const parsed = [...fresh, ...unsound];
  const facts = [...(await parsing), ...(unsound.length > 0 ? await parse(unsound) : [])];
  parsed.forEach((job, n) => (pages[job.index] = facts[n]!));
  // A pack that cannot be written costs the next run time, not this one its output.
  await cache?.save().catch(() => {});
  return { pages, cachedPages: total - parsed.length };
}
