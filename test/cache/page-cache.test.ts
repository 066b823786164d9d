import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PageCache } from '../../src/cache/page-cache.js';
import { parserFingerprint } from '../../src/cache/fingerprint.js';
import { parsePage } from '../../src/parse/page.js';
import { makeTempDir } from '../support/temp-dir.js';

const temp = makeTempDir('page-cache');
afterAll(temp.remove);

const page = '# widget resource type\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|How big.|\n';

function entryFile(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.json`);
}

describe('PageCache', () => {
  it('gives back exactly the facts it stored, under a key of fingerprint, path and bytes', async () => {
    const cache = new PageCache(path.join(temp.dir, 'a'), 'fp');
    const facts = parsePage('resources/widget.md', page);
    const key = cache.key('resources/widget.md', page);
    await cache.set(key, facts);
    expect(await cache.get(key, 'resources/widget.md')).toEqual(facts);
    expect(cache.key('resources/widget.md', page + ' ')).not.toBe(key);
    expect(cache.key('resources/other.md', page)).not.toBe(key);
    expect(new PageCache(path.join(temp.dir, 'a'), 'another parser').key('resources/widget.md', page)).not.toBe(key);
  });

  it('ignores an entry that is not JSON, belongs to another key or file, or lacks its lists', async () => {
    const dir = path.join(temp.dir, 'b');
    const cache = new PageCache(dir, 'fp');
    const key = cache.key('resources/widget.md', page);
    await cache.set(key, parsePage('resources/widget.md', page));
    const file = entryFile(dir, key);
    const good = readFileSync(file, 'utf8');

    writeFileSync(file, good.slice(0, good.length / 2));
    expect(await cache.get(key, 'resources/widget.md')).toBeUndefined();
    writeFileSync(file, good.replace(key, 'f'.repeat(64)));
    expect(await cache.get(key, 'resources/widget.md')).toBeUndefined();
    expect((writeFileSync(file, good), await cache.get(key, 'resources/other.md'))).toBeUndefined();
    writeFileSync(file, JSON.stringify({ key, facts: { file: 'resources/widget.md', types: 'nope' } }));
    expect(await cache.get(key, 'resources/widget.md')).toBeUndefined();
    expect(await cache.get('0'.repeat(64), 'resources/widget.md')).toBeUndefined();
  });

  it('leaves no temporary files behind', async () => {
    const dir = path.join(temp.dir, 'c');
    const cache = new PageCache(dir, 'fp');
    const key = cache.key('resources/widget.md', page);
    await cache.set(key, parsePage('resources/widget.md', page));
    expect(readdirSync(path.join(dir, key.slice(0, 2)))).toEqual([`${key}.json`]);
  });
});

describe('parserFingerprint', () => {
  it('is a stable sha-256 of the parser code', () => {
    expect(parserFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(parserFingerprint()).toBe(parserFingerprint());
  });
});
