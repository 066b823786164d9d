import { availableParallelism } from 'node:os';
import type { FormatCache } from '../cache/format-cache.js';
import type { EmittedFile } from '../emit/emit-model.js';
import { runOnWorkers } from '../workers/worker-pool.js';
import { formatSource } from './format-source.js';

/** Below this much TypeScript to format, starting workers costs more than it saves. */
const MIN_BYTES_FOR_WORKERS = 1 << 20;
/** A worker message carries files up to about this much text: few messages, balanced workers. */
const BATCH_BYTES = 256 << 10;

export interface FormatOptions {
  /** Unchanged inputs skip prettier. */
  cache?: FormatCache;
  /** Worker threads; 1 formats on this thread. Default: the machine's available parallelism. */
  threads?: number;
  onFormatted?: (done: number, total: number) => void;
}

/**
 * Formats every emitted TypeScript file with prettier (fixed options: output never depends on
 * the user's prettier config), across worker threads when there is enough of it. Other files
 * (`schema.json`) are emitted in their final form. The result is in the order of `files`.
 */
export async function formatFiles(files: readonly EmittedFile[], options: FormatOptions = {}): Promise<EmittedFile[]> {
  const { cache } = options;
  const formatted: (string | undefined)[] = files.map((file) => (file.path.endsWith('.ts') ? undefined : file.content));
  const keys = files.map((file) => (file.path.endsWith('.ts') ? cache?.key(file.content) : undefined));
  await Promise.all(keys.map(async (key, index) => key && (formatted[index] = await cache?.get(key))));

  const pending = files.flatMap((file, index) => (formatted[index] === undefined ? [index] : []));
  let done = files.length - pending.length;
  const report = (count: number): void => {
    done += count;
    options.onFormatted?.(done, files.length);
  };
  const bytes = pending.reduce((sum, index) => sum + files[index]!.content.length, 0);
  const threads = options.threads ?? availableParallelism();
  // Asked for threads explicitly, the caller gets them however little there is to format.
  const worthIt = options.threads !== undefined || bytes >= MIN_BYTES_FOR_WORKERS;
  if (pending.length > 0 && threads > 1 && worthIt) {
    await formatInWorkers(files, pending, formatted, threads, report);
  } else {
    // One file at a time: starting thousands at once held every file's syntax tree in memory together.
    for (const index of pending) {
      formatted[index] = await formatSource(files[index]!.content, files[index]!.path);
      report(1);
    }
  }
  if (pending.length === 0) options.onFormatted?.(files.length, files.length);
  await Promise.all(pending.map((index) => (keys[index] ? cache?.set(keys[index]!, formatted[index]!).catch(() => {}) : undefined)));
  return files.map((file, index) => ({ path: file.path, content: formatted[index]! }));
}

/** The largest files first, so that the last batches to finish are small ones. */
async function formatInWorkers(
  files: readonly EmittedFile[],
  pending: readonly number[],
  formatted: (string | undefined)[],
  threads: number,
  report: (count: number) => void,
): Promise<void> {
  const bySize = [...pending].sort((a, b) => files[b]!.content.length - files[a]!.content.length || a - b);
  const batches: number[][] = [];
  let batch: number[] = [];
  let size = 0;
  for (const index of bySize) {
    if (batch.length > 0 && size + files[index]!.content.length > BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(index);
    size += files[index]!.content.length;
  }
  if (batch.length > 0) batches.push(batch);
  const jobs = batches.map((indices) => indices.map((index) => files[index]!));
  const results = await runOnWorkers<EmittedFile, string>(new URL('./format-worker.js', import.meta.url), jobs, threads, (texts) => report(texts.length));
  batches.forEach((indices, b) => indices.forEach((index, n) => (formatted[index] = results[b]![n]!)));
}
