import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageFacts } from './page-facts.js';
import { parseSafely, type ParseJob } from './parse-safely.js';

/** Pages sent to a worker at a time: enough to keep message overhead small, few enough to balance. */
const CHUNK = 24;
/** Below this many pages, starting workers costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 200;

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
  const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(jobs.length / CHUNK));
  // Asked for threads explicitly, the caller gets them however few the pages.
  const worthIt = options.threads !== undefined || jobs.length >= MIN_PAGES_FOR_WORKERS;
  if (threads <= 1 || !worthIt) return parseHere(jobs, options.onParsed);
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
  const results: PageFacts[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: threads }, () => startWorker());
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < jobs.length) {
          const start = next;
          next = Math.min(next + CHUNK, jobs.length);
          const facts = await request(worker, jobs.slice(start, next));
          facts.forEach((page, offset) => (results[start + offset] = page));
          done += facts.length;
          onParsed?.(done, jobs.length);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * The compiled worker next to this file. Run from TypeScript source (the test runner), the
 * worker is loaded through tsx, a dev dependency: Node 20 workers take no `--import` flag.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url));
  const source = new URL('./parse-worker.ts', import.meta.url).href;
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(import.meta.url)}));`, { eval: true });
}

function request(worker: Worker, jobs: ParseJob[]): Promise<PageFacts[]> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (facts: PageFacts[]): void => {
      cleanup();
      resolve(facts);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(jobs);
  });
}
