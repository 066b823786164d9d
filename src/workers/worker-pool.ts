import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * How many threads a stage should use: the ones asked for, however little the work; else the
 * machine's cores where there is `enough` work to pay for starting workers, and this thread alone
 * where there is not.
 */
export function threadsFor(requested: number | undefined, enough: boolean): number {
  return requested ?? (enough ? availableParallelism() : 1);
}

export interface WorkerOptions<J, R> {
  onBatch?: (results: readonly R[], batch: number) => void;
  /** Workers already started (see {@link startPoolWorker}), used first; the run terminates them with its own. */
  started?: readonly PoolWorker<J, R>[];
}

/**
 * Runs batches of jobs on worker threads, each batch one message, and gives every batch's results
 * back in the order of the batches, whichever worker ran it and whenever it finished. A worker
 * takes the next batch as soon as it is free, so batches of uneven cost balance themselves.
 *
 * Each worker has a second batch waiting while it works on one: it starts that one as soon as it
 * has posted its answer, instead of idling while this thread takes the answer in (`onBatch`
 * included) and sends the next.
 *
 * `script` is the compiled worker (`new URL('./x-worker.js', import.meta.url)`); the worker
 * answers each message `J[]` with `R[]`.
 */
export async function runOnWorkers<J, R>(script: URL, batches: readonly J[][], threads: number, options: WorkerOptions<J, R> = {}): Promise<R[][]> {
  const results: R[][] = new Array(batches.length);
  let next = 0;
  const live = new Set<PoolWorker<J, R>>(options.started);
  const waiting = [...(options.started ?? [])];
  const start = (): PoolWorker<J, R> => {
    const worker = waiting.shift() ?? startPoolWorker<J, R>(script);
    live.add(worker);
    return worker;
  };
  const send = (worker: PoolWorker<J, R>): Promise<void> | undefined => {
    if (next >= batches.length) return undefined;
    const batch = next++;
    const answered = worker.request(batches[batch]!).then((answer) => {
      results[batch] = answer;
      options.onBatch?.(answer, batch);
    });
    // Awaited in turn; a failure of a batch still waiting must not count as unhandled meanwhile.
    answered.catch(() => {});
    return answered;
  };
  // Near the end, no batch waits behind another, so no worker is left with two while one idles.
  const sendAhead = (worker: PoolWorker<J, R>): Promise<void> | undefined => (batches.length - next > threads ? send(worker) : undefined);
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, async () => {
        const worker = start();
        let current = send(worker);
        let queued = sendAhead(worker);
        while (current) {
          await current;
          current = queued ?? send(worker);
          queued = sendAhead(worker);
        }
      }),
    );
  } finally {
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
  return results;
}

/** A worker for {@link runOnWorkers}, started now so that it loads its modules while this thread does other work. */
export function startPoolWorker<J, R>(script: URL): PoolWorker<J, R> {
  return new PoolWorker<J, R>(startWorker(script));
}

/**
 * A worker and its one request at a time. It listens for failure from the start: a worker can
 * die (out of memory, say) between requests, and that must fail the next request
 * rather than go unheard and leave it waiting for ever.
 */
export class PoolWorker<J, R> {
  private failure: Error | undefined;
  /** Requests sent and not yet answered, oldest first: the worker answers its messages in turn. */
  private readonly waiting: { resolve: (results: R[]) => void; reject: (error: Error) => void }[] = [];

  /** Settles when the thread has exited, however it ended. */
  readonly exited: Promise<number>;

  constructor(private readonly worker: Worker) {
    this.exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.on('message', (results: R[]) => this.waiting.shift()?.resolve(results));
    worker.on('error', (error: Error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`a worker thread stopped (exit code ${code})`)));
  }

  request(jobs: readonly J[]): Promise<R[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(jobs);
    });
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of this.waiting.splice(0)) request.reject(this.failure);
  }
}

/**
 * The compiled worker. Run from TypeScript source (the test runner), the worker's `.ts` file is
 * loaded through tsx, a dev dependency: Node 20 workers take no `--import` flag.
 */
function startWorker(script: URL): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(script);
  const source = script.href.replace(/\.js$/, '.ts');
  return new Worker(`import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(source)}, ${JSON.stringify(import.meta.url)}));`, { eval: true });
}
