import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../src/parse/page-facts.js';
import type { ParseJob } from '../../src/parse/parse-safely.js';
import { runOnWorkers, startPoolWorker } from '../../src/workers/worker-pool.js';

// The parse worker: the pool's one worker, and it needs no set-up.
const PARSE_WORKER = new URL('../../src/parse/parse-worker.js', import.meta.url);
const page = (n: number): ParseJob => ({ file: `resources/t${n}.md`, text: `# t${n} resource type\n\n| Property | Type | Description |\n|:--|:--|:--|\n| p${n} | String | x |\n` });
const batches = [[page(0), page(1)], [page(2)], [page(3), page(4), page(5)]];

describe('runOnWorkers', () => {
  it('gives each batch its results in the order of the batches', async () => {
    const seen: number[] = [];
    const results = await runOnWorkers<ParseJob, PageFacts>(PARSE_WORKER, batches, 2, { onBatch: (_, batch) => seen.push(batch) });
    expect(results.map((batch) => batch.map((facts) => facts.file))).toEqual(batches.map((batch) => batch.map((job) => job.file)));
    expect(seen.sort()).toEqual([0, 1, 2]);
  });

  it('fails the next request of a worker that stopped between requests, instead of waiting for ever', async () => {
    const worker = startPoolWorker<ParseJob, PageFacts>(PARSE_WORKER);
    await worker.terminate();
    await expect(worker.request([page(0)])).rejects.toThrow(/stopped/);
  });
});
