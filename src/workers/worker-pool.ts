import { Worker } from 'node:worker_threads';

/**
 * Runs batches of jobs on worker threads, each batch one message, and gives every batch's results
 * back in the order of the batches, whichever worker ran it and whenever it finished. A worker
 * takes the next batch as soon as it is free, so batches of uneven cost balance themselves.
 *
 * `script` is the compiled worker (`new URL('./x-worker.js', import.meta.url)`); the worker
 * answers each message `J[]` with `R[]`.
 */
export async function runOnWorkers<J, R>(
  script: URL,
  batches: readonly J[][],
  threads: number,
  onBatch?: (results: readonly R[], batch: number) => void,
): Promise<R[][]> {
  const results: R[][] = new Array(batches.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, () => startWorker(script));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (next < batches.length) {
          const batch = next++;
          results[batch] = await request<J, R>(worker, batches[batch]!);
          onBatch?.(results[batch]!, batch);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
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

function request<J, R>(worker: Worker, jobs: readonly J[]): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (results: R[]): void => {
      cleanup();
      resolve(results);
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
