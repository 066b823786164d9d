import { describe, expect, it } from 'vitest';
import type { ParseJob } from '../../src/parse/parse-safely.js';
import { runOnWorkers, startPoolWorker } from '../../src/workers/worker-pool.js';

// The parse worker (it answers each page with its facts' JSON), and a worker of the tests' own.
const PARSE_WORKER = new URL('../../src/parse/parse-worker.js', import.meta.url);
const ECHO_WORKER = new URL('./echo-worker.js', import.meta.url);
const page = (n: number): ParseJob => ({ file: `resources/t${n}.md`, text: `# t${n} resource type\n\n| Property | Type | Description |\n|:--|:--|:--|\n| p${n} | String | x |\n` });
const batches = [[page(0), page(1)], [page(2)], [page(3), page(4), page(5)]];

describe('runOnWorkers', () => {
  it('gives each batch its results in the order of the batches', async () => {
    const seen: number[] = [];
    const results = await runOnWorkers<ParseJob, string>(PARSE_WORKER, batches, 2, { onBatch: (_, batch) => seen.push(batch) });
    expect(results.map((batch) => batch.map((json) => (JSON.parse(json) as { file: string }).file))).toEqual(batches.map((batch) => batch.map((job) => job.file)));
    expect(seen.sort()).toEqual([0, 1, 2]);
  });

  it('keeps a batch waiting behind each worker\'s current one, and still answers every batch in place', async () => {
    const many = Array.from({ length: 40 }, (_, n) => [n, n + 100]);
    const seen: number[] = [];
    for (const threads of [1, 2]) {
      seen.length = 0;
      const results = await runOnWorkers<number, number>(ECHO_WORKER, many, threads, { onBatch: (_, batch) => seen.push(batch) });
      expect(results).toEqual(many.map((batch) => batch.map((job) => job * 2)));
      expect([...seen].sort((a, b) => a - b)).toEqual(many.map((_, n) => n));
    }
  });

  it('fails the run when a worker dies, the batches waiting behind it included, with no rejection left unhandled', async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const many = Array.from({ length: 12 }, (_, n) => (n === 4 ? [-1] : [n]));
      await expect(runOnWorkers<number, number>(ECHO_WORKER, many, 1)).rejects.toThrow(/negative|stopped/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  it('fails the next request of a worker that stopped between requests, instead of waiting for ever', async () => {
    const worker = startPoolWorker<ParseJob, string>(PARSE_WORKER);
    await worker.terminate();
    await expect(worker.request([page(0)])).rejects.toThrow(/stopped/);
  });
});
