import type { FormatCache } from '../cache/format-cache.js';
import { isFinished } from '../emit/item-files.js';
import { isStructured, type EmittedFile, type GeneratedFile } from '../emit/render.js';
import { runOnWorkers, startPoolWorker, threadsFor, type PoolWorker } from '../workers/worker-pool.js';

/** Below this much TypeScript to format, starting workers costs more than it saves. */
const MIN_BYTES_FOR_WORKERS = 1 << 20;
/** A worker message carries files up to about this much text: few messages, balanced workers. */
const BATCH_BYTES = 256 << 10;
/**
 * Each format worker's heap cap. Left alone, V8 lets two workers' heaps grow to over 400 MB each
 * on v1.0 before collecting; prettier needs about 200 MB for the largest file (the 2.6 MB
 * `operations.ts`). A batch that needs more is formatted on the main thread instead.
 */
const WORKER_HEAP_MB = 384;

export interface FormatOptions {
  /** Unchanged inputs are neither printed nor formatted again. */
  cache?: FormatCache;
  /** Worker threads; 1 formats on this thread. Default: the machine's available parallelism. */
  threads?: number;
  onFormatted?: (done: number, total: number) => void;
  /** Each worker's heap cap, in MB: for tests of what happens when a worker runs out. */
  workerHeapMb?: number;
  /** Told, for each file formatted or found in the cache, the cache key its text is kept under. */
  onCached?: (path: string, key: string) => void;
  /**
   * A format worker started earlier ({@link startFormatWorker}), which has loaded printing and
   * prettier meanwhile: it formats even a little work, and joins the pool for a lot. Always
   * terminated by the time formatFiles returns.
   */
  started?: FormatWorker;
}

export type FormatWorker = PoolWorker<GeneratedFile, string>;

const FORMAT_WORKER = new URL('./format-worker.js', import.meta.url);

/**
 * Starts a format worker ahead of need. A run that emits a few files would otherwise load
 * TypeScript (via ts-morph) and prettier on this thread, about half a second, to format them;
 * a worker started before the model is built loads them on another core meanwhile.
 */
export function startFormatWorker(): FormatWorker {
  return startPoolWorker<GeneratedFile, string>(FORMAT_WORKER, WORKER_HEAP_MB);
}

/**
 * Prints and formats every emitted TypeScript file with prettier (fixed options: output never
 * depends on the user's prettier config), across worker threads when there is enough of it.
 * Other files (`schema.json`) are emitted in their final form. The result is in the order of
 * `files`.
 */
export async function formatFiles(files: readonly GeneratedFile[], options: FormatOptions = {}): Promise<EmittedFile[]> {
  try {
    return await formatAll(files, options);
  } finally {
    // Used or not, failed or not: runOnWorkers terminates it when it ran there, and again is harmless.
    await options.started?.terminate();
  }
}

async function formatAll(files: readonly GeneratedFile[], options: FormatOptions): Promise<EmittedFile[]> {
  const { cache } = options;
  // Files from the emit memo come finished; other text files are final unless they are TypeScript.
  const final = (file: GeneratedFile): file is EmittedFile => isFinished(file) || (!isStructured(file) && !file.path.endsWith('.ts'));
  const formatted = files.map((file) => (final(file) ? file.content : undefined));
  // What each file's text is a function of: the cache key, and its length a measure of the work.
  const inputs = files.map((file) => (final(file) ? '' : cacheInput(file)));
  const keys = inputs.map((input, index) => (final(files[index]!) ? undefined : cache?.key(input)));
  keys.forEach((key, index) => key && (formatted[index] = cache?.get(key)));

  const pending = files.flatMap((_, index) => (formatted[index] === undefined ? [index] : []));
  let done = files.length - pending.length;
  const report = (count: number): void => {
    done += count;
    options.onFormatted?.(done, files.length);
  };
  const bytes = pending.reduce((sum, index) => sum + inputs[index]!.length, 0);
  const threads = threadsFor(options.threads, bytes >= MIN_BYTES_FOR_WORKERS);
  if (pending.length > 0 && (threads > 1 || options.started)) {
    const workers = { threads: Math.max(threads, 1), heapLimitMb: options.workerHeapMb ?? WORKER_HEAP_MB, ...(options.started ? { started: [options.started] } : {}) };
    await formatInWorkers(files, pending, (index) => inputs[index]!.length, formatted, workers, report);
  } else {
    // One file at a time: starting thousands at once held every file's syntax tree in memory together.
    for (const index of pending) {
      formatted[index] = await (await formatSource()).formatGenerated(files[index]!);
      report(1);
    }
  }
  if (pending.length === 0) options.onFormatted?.(files.length, files.length);
  const unstored = new Set<number>();
  await Promise.all(pending.map((index) => (keys[index] ? cache?.set(keys[index]!, formatted[index]!).catch(() => unstored.add(index)) : undefined)));
  keys.forEach((key, index) => key && !unstored.has(index) && options.onCached?.(files[index]!.path, key));
  return files.map((file, index) => ({ path: file.path, content: formatted[index]! }));
}

/**
 * Printing and prettier (ts-morph's TypeScript and prettier take about half a second to load),
 * loaded on this thread only when a file has to be formatted here.
 */
function formatSource(): Promise<typeof import('./format-source.js')> {
  return import('./format-source.js');
}

/** What the formatted text is a function of: the statements of a structured file, else its text. */
function cacheInput(file: GeneratedFile): string {
  return isStructured(file) ? `statements\0${JSON.stringify([file.path, file.header, file.statements, file.blankLineBetween ?? false])}` : file.content;
}

/**
 * The largest files first, so that the last batches to finish are small ones. `sizeOf` is about
 * how much text a file prints to (statements are sized by their JSON: close enough to balance).
 */
async function formatInWorkers(
  files: readonly GeneratedFile[],
  pending: readonly number[],
  sizeOf: (index: number) => number,
  formatted: (string | undefined)[],
  workers: { threads: number; heapLimitMb: number; started?: FormatWorker[] },
  report: (count: number) => void,
): Promise<void> {
  const bySize = [...pending].sort((a, b) => sizeOf(b) - sizeOf(a) || a - b);
  const batches: number[][] = [];
  let batch: number[] = [];
  let size = 0;
  for (const index of bySize) {
    if (batch.length > 0 && size + sizeOf(index) > BATCH_BYTES) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(index);
    size += sizeOf(index);
  }
  if (batch.length > 0) batches.push(batch);
  const jobs = batches.map((indices) => indices.map((index) => files[index]!));
  const results = await runOnWorkers<GeneratedFile, string>(FORMAT_WORKER, jobs, workers.threads, {
    onBatch: (texts) => report(texts.length),
    heapLimitMb: workers.heapLimitMb,
    runHere: async (batch) => (await formatSource()).formatBatch(batch),
    ...(workers.started ? { started: workers.started } : {}),
  });
  batches.forEach((indices, b) => indices.forEach((index, n) => (formatted[index] = results[b]![n]!)));
}
