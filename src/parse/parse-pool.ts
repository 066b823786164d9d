import { runOnWorkers } from '../workers/worker-pool.js';
import { CHUNK, parseThreads } from './parse-threads.js';
import type { PageFacts } from './page-facts.js';
import { parseSafely, type ParseJob } from './parse-safely.js';


export interface ParseOptions {
  /** Worker threads; 1 parses on this thread. Default: the machine's available parallelism. */
  threads?: number;
  onParsed?: (done: number, total: number) => void;
}

/**
 * Parses every job, across worker threads where there are enough pages. Pages are independent
 * and each result goes back to its job's index, so the facts equal a single-threaded run's.
 */
export async function parsePages(jobs: readonly ParseJob[], options: ParseOptions = {}): Promise<PageFacts[]> {
  const threads = parseThreads(jobs.length, options.threads);
  if (threads <= 1) return parseHere(jobs, options.onParsed);
  return parseInWorkers(jobs, threads, options.onParsed);
}

function parseHere(jobs: readonly ParseJob[], onParsed?: (done: number, total: number) => void): PageFacts[] {
  return jobs.map((job, index) => {
    const facts = parseSafely(job.file, job.text);
    onParsed?.(index + 1, jobs.length);
    return facts;
  });
}

async function parseInWorkers(jobs: readonly ParseJob[], threads: number, onParsed?: (done: number, total: number) => void): Promise<PageFacts[]> {
  const batches: ParseJob[][] = [];
  for (let start = 0; start < jobs.length; start += CHUNK) batches.push(jobs.slice(start, start + CHUNK));
  let done = 0;
  const results = await runOnWorkers<ParseJob, PageFacts>(new URL('./parse-worker.js', import.meta.url), batches, threads, {
    onBatch: (facts) => {
      done += facts.length;
      onParsed?.(done, jobs.length);
    },
  });
  return results.flat();
}
