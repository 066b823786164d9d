/**
 * parsePages gives the same facts on this thread and on workers, and a worker started ahead of
 * need parses even one page and is ended whether it had pages or none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePages, startParseWorker } from '../../src/parse/parse-pool.js';
import { repoRoot } from '../support/shared-corpus.js';

const resources = path.join(repoRoot, 'fixtures', 'docs', 'resources');
const jobs = readdirSync(resources).map((name) => ({ file: `resources/${name}`, text: readFileSync(path.join(resources, name), 'utf8') }));

describe('parsePages', () => {
  it('parses one page on a worker started ahead, as this thread would, and ends the worker', async () => {
    const here = await parsePages(jobs.slice(0, 1), { threads: 1 });
    expect(here[0]!.types.length).toBeGreaterThan(0);
    const worker = startParseWorker();
    expect(await parsePages(jobs.slice(0, 1), { started: worker })).toEqual(here);
    await worker.exited;
  });

  it('ends a worker started ahead that gets no pages', async () => {
    const worker = startParseWorker();
    expect(await parsePages([], { started: worker })).toEqual([]);
    await worker.exited;
  });

  it('gives every page its facts in order on a pool of two that starts with the early worker', async () => {
    // Enough pages for two batches of 24.
    const many = Array.from({ length: 5 }, (_, n) => jobs.map((job) => ({ ...job, file: `copy${n}/${job.file}` }))).flat();
    const here = await parsePages(many, { threads: 1 });
    const worker = startParseWorker();
    expect(await parsePages(many, { threads: 2, started: worker })).toEqual(here);
    await worker.exited;
  });
});
