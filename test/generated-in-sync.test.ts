/**
 * `generated/` is the committed output of `fixtures/docs` (the snapshot of the emitted code):
 * it must be exactly what the generator writes now, and the generator must write the same
 * bytes every time. After a deliberate change, `npm run generate` refreshes it.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { repoRoot } from './support/shared-corpus.js';
import { makeTempDir, readTree } from './support/temp-dir.js';

const fixtures = path.join(repoRoot, 'fixtures', 'docs');
const committed = path.join(repoRoot, 'generated');
const temp = makeTempDir('fixture-output');
afterAll(temp.remove);

describe('generated/', () => {
  it('is exactly the current output of fixtures/docs (run `npm run generate` after a deliberate change)', async () => {
    const out = path.join(temp.dir, 'first');
    await generate({ docs: [fixtures], out });
    const fresh = readTree(out);
    const onDisk = readTree(committed);
    expect([...onDisk.keys()], 'file list').toEqual([...fresh.keys()]);
    for (const [file, content] of fresh) {
      expect(onDisk.get(file), `generated/${file} is stale`).toBe(content);
    }
  });

  it('is written byte for byte the same on a second run into a fresh folder', async () => {
    const first = path.join(temp.dir, 'first');
    const second = path.join(temp.dir, 'second');
    await generate({ docs: [fixtures], out: second });
    expect(readTree(second)).toEqual(readTree(first));
  });
});
