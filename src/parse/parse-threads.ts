import { threadsFor } from '../workers/worker-pool.js';

/** Pages sent to a worker at a time: enough to keep message overhead small, few enough to balance. */
export const CHUNK = 24;
/** Below this many pages, starting workers costs more than it saves. */
const MIN_PAGES_FOR_WORKERS = 200;

/** Jobs in batches of {@link CHUNK}, each one message to a worker. */
export function inBatches<J>(jobs: readonly J[]): J[][] {
  const batches: J[][] = [];
  for (let start = 0; start < jobs.length; start += CHUNK) batches.push(jobs.slice(start, start + CHUNK));
  return batches;
}

/**
 * How many threads parse `pages` pages: 1 means this thread. Apart from the parse pool (which
 * loads the markdown parser), so a run can know it before loading it.
 */
export function parseThreads(pages: number, requested: number | undefined): number {
  return Math.min(threadsFor(requested, pages >= MIN_PAGES_FOR_WORKERS), Math.ceil(pages / CHUNK));
}
