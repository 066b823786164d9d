import { runOnWorkers, startPoolWorker, type PoolWorker } from '../workers/worker-pool.js';
import { CHUNK, inBatches, parseThreads } from './parse-threads.js';
import type { PageFacts } from './page-facts.js';
import type { ParseJob } from './parse-safely.js';

export interface ParseOptions {
  /** Worker threads; 1 parses on this thread. Default: the machine's available parallelism. */
  threads?: number;
  onParsed?: (done: number, total: number) => void;
  /** Told each job's facts as they come, `first` the index of the first in `jobs`, with their JSON where a worker sent it. */
  onFacts?: (first: number, facts: readonly PageFacts[], json?: readonly string[]) => void;
  /**
   * A worker started earlier ({@link startParseWorker}), which has loaded the markdown parser
   * meanwhile: it parses even pages too few for a pool, so that this thread is free for other
   * work, and is the pool's first worker for many. Always ended by the time parsePages returns.
   */
  started?: ParseWorker;
}

/** A parse worker answers each page with its facts' JSON (see parse-worker.ts). */
export type ParseWorker = PoolWorker<ParseJob, string>;

const PARSE_WORKER = new URL('./parse-worker.js', import.meta.url);

/** A parse worker, started now so that it loads remark while this thread reads pages and caches. */
export function startParseWorker(): ParseWorker {
  return startPoolWorker<ParseJob, string>(PARSE_WORKER);
}

/**
 * `run` with a parse worker started first thing (none on one thread), and ended however `run`
 * ends: a live worker would keep the process from exiting after an early error.
 */
export async function withEarlyParseWorker<T>(threads: number | undefined, run: (worker: ParseWorker | undefined) => Promise<T>): Promise<T> {
  const worker = threads === 1 ? undefined : startParseWorker();
  try {
    return await run(worker);
  } finally {
    await worker?.terminate();
  }
}

/**
 * Parses every job, across worker threads where there are enough pages. Pages are independent
 * and each result goes back to its job's index, so the facts equal a single-threaded run's.
 */
export async function parsePages(jobs: readonly ParseJob[], options: ParseOptions = {}): Promise<PageFacts[]> {
  try {
    const threads = parseThreads(jobs.length, options.threads);
    if (threads > 1 || (options.started && jobs.length > 0)) return await parseInWorkers(jobs, threads, options);
    return await parseHere(jobs, options);
  } finally {
    await options.started?.terminate();
  }
}

/** On this thread; the markdown parser is loaded only then (a worker loads its own). */
async function parseHere(jobs: readonly ParseJob[], { onParsed, onFacts }: ParseOptions): Promise<PageFacts[]> {
  if (jobs.length === 0) return [];
  const { parseSafely } = await import('./parse-safely.js');
  return jobs.map((job, index) => {
    const facts = parseSafely(job.file, job.text);
    onFacts?.(index, [facts]);
    onParsed?.(index + 1, jobs.length);
    return facts;
  });
}

async function parseInWorkers(jobs: readonly ParseJob[], threads: number, { onParsed, onFacts, started }: ParseOptions): Promise<PageFacts[]> {
  const batches = inBatches(jobs);
  let done = 0;
  const facts: PageFacts[] = new Array(jobs.length);
  await runOnWorkers<ParseJob, string>(PARSE_WORKER, batches, threads, {
    onBatch: (json, batch) => {
      const first = batch * CHUNK;
      const parsed = json.map((text, n) => (facts[first + n] = JSON.parse(text) as PageFacts));
      onFacts?.(first, parsed, json);
      done += json.length;
      onParsed?.(done, jobs.length);
    },
    ...(started ? { started: [started] } : {}),
  });
  return facts;
}
