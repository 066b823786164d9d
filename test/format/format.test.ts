import { describe, expect, it } from 'vitest';
import { FormatCache } from '../../src/cache/format-cache.js';
import type { EmittedFile } from '../../src/emit/emit-model.js';
import { formatFiles, startFormatWorker } from '../../src/format/format.js';
import { makeTempDir } from '../support/temp-dir.js';

/** Unformatted TypeScript of assorted sizes, so that the workers get batches of uneven cost. */
function sampleFiles(): EmittedFile[] {
  const files: EmittedFile[] = [{ path: 'schema.json', content: '{"left":   "as it is"}' }];
  for (let n = 0; n < 12; n++) {
    const members = Array.from({ length: 1 + n * 40 }, (_, m) => `m${m}:   string`).join(';');
    files.push({ path: `models/T${n}.ts`, content: `export interface T${n} {${members}}\nexport const v${n}=[${'1,'.repeat(n * 30)}]` });
  }
  return files;
}

describe('formatFiles', () => {
  it('gives the same texts, in the same order, on worker threads as on this thread', async () => {
    const files = sampleFiles();
    const here = await formatFiles(files, { threads: 1 });
    const workers = await formatFiles(files, { threads: 2 });
    expect(workers).toEqual(here);
    expect(here.map((file) => file.path)).toEqual(files.map((file) => file.path));
    expect(here[0]!.content).toBe(files[0]!.content);
    expect(here[1]!.content).toBe("export interface T0 {\n  m0: string;\n}\nexport const v0 = [];\n");
  });

  it('formats on this thread a batch that runs a worker out of its heap, and gives the same texts', async () => {
    const files = sampleFiles();
    const here = await formatFiles(files, { threads: 1 });
    // A heap too small for prettier and ts-morph to load: every batch runs its worker out of memory.
    expect(await formatFiles(files, { threads: 2, workerHeapMb: 4 })).toEqual(here);
  });

  it('formats even a little work on a worker started ahead, and ends that worker whether it had work, none, or failed', async () => {
    const files = sampleFiles().slice(0, 2);
    const here = await formatFiles(files, { threads: 1 });
    const used = startFormatWorker();
    expect(await formatFiles(files, { started: used })).toEqual(here);
    await used.exited;

    // schema.json alone: nothing to format.
    const idle = startFormatWorker();
    expect(await formatFiles(files.slice(0, 1), { started: idle })).toEqual(here.slice(0, 1));
    await idle.exited;

    const failing = startFormatWorker();
    await expect(formatFiles([{ path: 'validators/Broken.ts', content: 'export function (' }], { started: failing })).rejects.toThrow(/validators\/Broken\.ts/);
    await failing.exited;
  });

  it('names the file when prettier cannot format it, on either path', async () => {
    const files = [...sampleFiles(), { path: 'validators/Broken.ts', content: 'export function (' }];
    await expect(formatFiles(files, { threads: 1 })).rejects.toThrow(/validators\/Broken\.ts/);
    await expect(formatFiles(files, { threads: 2 })).rejects.toThrow(/validators\/Broken\.ts/);
  });

  it('takes a cached text instead of formatting again, and reports progress to the end', async () => {
    const { dir, remove } = makeTempDir('format-cache');
    try {
      const cache = new FormatCache(dir, 'fingerprint');
      const files = sampleFiles();
      const first = await formatFiles(files, { cache, threads: 2 });
      await cache.set(cache.key(files[1]!.content), 'from the cache\n');
      const progress: number[] = [];
      const second = await formatFiles(files, { cache, threads: 2, onFormatted: (done, total) => progress.push(total - done) });
      expect(second[1]!.content).toBe('from the cache\n');
      expect(second.slice(2)).toEqual(first.slice(2));
      expect(progress.at(-1)).toBe(0);
    } finally {
      remove();
    }
  });
});
