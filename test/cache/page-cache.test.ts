import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PageCache, pagePackFile } from '../../src/cache/page-cache.js';
import { parserFingerprint } from '../../src/cache/fingerprint.js';
import { parsePage } from '../../src/parse/page.js';
import { makeTempDir } from '../support/temp-dir.js';

const temp = makeTempDir('page-cache');
afterAll(temp.remove);

const page = '# widget resource type\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|How big.|\n';
const other = '# gadget resource type\n\n|Property|Type|Description|\n|-|-|-|\n|name|String|What it is called.|\n';

describe('PageCache', () => {
  it('gives back exactly the facts it stored, after a save, under a key of fingerprint, path and bytes', async () => {
    const pack = path.join(temp.dir, 'a.pack');
    const cache = new PageCache(pack, 'fp');
    const facts = parsePage('resources/widget.md', page);
    const key = cache.key('resources/widget.md', page);
    cache.set(key, facts);
    expect(cache.get(key, 'resources/widget.md')).toEqual(facts);
    await cache.save();
    const reopened = new PageCache(pack, 'fp');
    expect(reopened.has(key)).toBe(true);
    expect(reopened.get(key, 'resources/widget.md')).toEqual(facts);
    expect(cache.key('resources/widget.md', page + ' ')).not.toBe(key);
    expect(cache.key('resources/other.md', page)).not.toBe(key);
    expect(new PageCache(pack, 'another parser').key('resources/widget.md', page)).not.toBe(key);
    // A pack another parser wrote is not read at all.
    expect(new PageCache(pack, 'another parser').has(key)).toBe(false);
  });

  it('saves the entries the run asked for or stored, and no others', async () => {
    const pack = path.join(temp.dir, 'used.pack');
    const cache = new PageCache(pack, 'fp');
    const first = cache.key('resources/widget.md', page);
    const gadget = cache.key('resources/gadget.md', other);
    cache.set(first, parsePage('resources/widget.md', page));
    cache.set(gadget, parsePage('resources/gadget.md', other));
    await cache.save();

    // The next run finds widget.md edited and gadget.md as it was.
    const edited = `${page}\nMore prose.\n`;
    const second = new PageCache(pack, 'fp');
    const now = second.key('resources/widget.md', edited);
    expect(second.has(now)).toBe(false);
    expect(second.has(gadget)).toBe(true);
    second.set(now, parsePage('resources/widget.md', edited));
    await second.save();

    const third = new PageCache(pack, 'fp');
    expect(third.has(first)).toBe(false);
    expect(third.get(gadget, 'resources/gadget.md')).toEqual(parsePage('resources/gadget.md', other));
    expect(readFileSync(pack, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    // gadget.md removed from the docs: a run that asks only for widget.md and stores nothing
    // still drops gadget.md's entry.
    const fourth = new PageCache(pack, 'fp');
    expect(fourth.get(now, 'resources/widget.md')).toEqual(parsePage('resources/widget.md', edited));
    await fourth.save();
    expect(new PageCache(pack, 'fp').has(gadget)).toBe(false);
    expect(readFileSync(pack, 'utf8').trimEnd().split('\n')).toHaveLength(2);
  });

  it('keeps a pack for each set of docs folders', () => {
    expect(pagePackFile('cache', ['docs/v1.0'])).toBe(pagePackFile('cache', [path.resolve('docs/v1.0')]));
    expect(pagePackFile('cache', ['a', 'b'])).toBe(pagePackFile('cache', ['b', 'a', 'b']));
    expect(pagePackFile('cache', ['docs/v1.0'])).not.toBe(pagePackFile('cache', ['docs/beta']));
    expect(path.dirname(pagePackFile('cache', ['docs']))).toBe(path.join('cache', 'page-packs'));
  });

  it('writes the same pack for the same pages, whatever order they were stored in', async () => {
    const packs = [path.join(temp.dir, 'order-1.pack'), path.join(temp.dir, 'order-2.pack')];
    const pages: [string, string][] = [['resources/widget.md', page], ['resources/gadget.md', other]];
    for (const [n, order] of [pages, [...pages].reverse()].entries()) {
      const cache = new PageCache(packs[n]!, 'fp');
      for (const [file, text] of order) cache.set(cache.key(file, text), parsePage(file, text));
      await cache.save();
    }
    expect(readFileSync(packs[0]!, 'utf8')).toBe(readFileSync(packs[1]!, 'utf8'));
  });

  it('ignores a line that is cut short, not JSON, of another file or lacking its lists', async () => {
    const pack = path.join(temp.dir, 'b.pack');
    const cache = new PageCache(pack, 'fp');
    const key = cache.key('resources/widget.md', page);
    cache.set(key, parsePage('resources/widget.md', page));
    await cache.save();
    const [header, good] = readFileSync(pack, 'utf8').split('\n') as [string, string];
    const reopen = (line: string): PageCache => (writeFileSync(pack, `${header}\n${line}\n`), new PageCache(pack, 'fp'));

    expect(reopen(good.slice(0, good.length / 2)).get(key, 'resources/widget.md')).toBeUndefined();
    expect(reopen(good.slice(0, 40)).has(key)).toBe(false);
    expect(reopen(good.replace('"resources/widget.md"', '"resources/other.md"')).get(key, 'resources/widget.md')).toBeUndefined();
    expect(reopen(good).get(key, 'resources/other.md')).toBeUndefined();
    expect(reopen(`${key}\t"resources/widget.md"\t${JSON.stringify({ file: 'resources/widget.md', types: 'nope' })}`).get(key, 'resources/widget.md')).toBeUndefined();
    expect(reopen(good).get(key, 'resources/widget.md')).toEqual(parsePage('resources/widget.md', page));
    expect(reopen(good).get('0'.repeat(64), 'resources/widget.md')).toBeUndefined();
    writeFileSync(pack, 'not a pack at all');
    expect(new PageCache(pack, 'fp').has(key)).toBe(false);
  });

  it('reads nothing until asked, writes nothing with nothing stored, and leaves no temporary files', async () => {
    const dir = path.join(temp.dir, 'c');
    const cache = new PageCache(path.join(dir, 'pages.pack'), 'fp');
    await cache.save();
    expect(existsSync(dir)).toBe(false);
    cache.set(cache.key('resources/widget.md', page), parsePage('resources/widget.md', page));
    await cache.save();
    expect(readdirSync(dir)).toEqual(['pages.pack']);
  });
});

describe('parserFingerprint', () => {
  it('is a stable sha-256 of the parser code', () => {
    expect(parserFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(parserFingerprint()).toBe(parserFingerprint());
  });
});
