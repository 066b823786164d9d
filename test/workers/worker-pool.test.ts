import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../src/emit/render.js';
import { runOnWorkers } from '../../src/workers/worker-pool.js';

// The format worker: any worker of the pool would do, and this one needs no set-up.
const FORMAT_WORKER = new URL('../../src/format/format-worker.js', import.meta.url);
const file = (n: number): GeneratedFile => ({ path: `f${n}.ts`, content: `const   x${n} =  ${n}` });
const batches = [[file(0), file(1)], [file(2)], [file(3), file(4), file(5)]];

describe('runOnWorkers', () => {
  it('gives each batch its results in the order of the batches', async () => {
    const seen: number[] = [];
    const results = await runOnWorkers<GeneratedFile, string>(FORMAT_WORKER, batches, 2, { onBatch: (_, batch) => seen.push(batch) });
    expect(results).toEqual([['const x0 = 0;\n', 'const x1 = 1;\n'], ['const x2 = 2;\n'], ['const x3 = 3;\n', 'const x4 = 4;\n', 'const x5 = 5;\n']]);
    expect(seen.sort()).toEqual([0, 1, 2]);
  });

  it('fails with the worker out of memory when a heap cap is too small and there is no fallback', async () => {
    await expect(runOnWorkers(FORMAT_WORKER, batches, 2, { heapLimitMb: 4 })).rejects.toMatchObject({ code: 'ERR_WORKER_OUT_OF_MEMORY' });
  });

  it('runs on this thread each batch whose worker ran out of memory, and keeps the order', async () => {
    const here: number[] = [];
    const results = await runOnWorkers<GeneratedFile, string>(FORMAT_WORKER, batches, 2, {
      heapLimitMb: 4,
      runHere: async (jobs) => {
        here.push(jobs.length);
        return jobs.map((job) => `here: ${job.path}`);
      },
    });
    expect(results).toEqual([['here: f0.ts', 'here: f1.ts'], ['here: f2.ts'], ['here: f3.ts', 'here: f4.ts', 'here: f5.ts']]);
    expect(here.sort()).toEqual([1, 2, 3]);
  });
});
