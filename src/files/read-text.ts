import { readFileSync } from 'node:fs';

/**
 * A file's text, or undefined where it cannot be read. Synchronous on purpose: a run reads
 * thousands of small files (pages, cache entries, the existing output), and one `readFileSync`
 * each took about a sixth of the time of `fs/promises` `readFile`, which makes several trips
 * through libuv's thread pool per file (3,341 v1.0 pages: 40–50 ms against 250–310 ms).
 */
export function readTextIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A file's text, or the Error that stopped it being read. */
export function readTextOrError(path: string): string | Error {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return error as Error;
  }
}
