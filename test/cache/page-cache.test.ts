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

  it('adds the lines of pages parsed since, and writes the pack afresh once a quarter of it is unused', async () => {
    const pack = path.join(temp.dir, 'used.pack');
    const pages = Array.from({ length: 8 }, (_, n): [string, string] => [`resources/t${n}.md`, page.replaceAll('widget', `t${n}`)]);
    const lineCount = (): number => readFileSync(pack, 'utf8').trimEnd().split('\n').length;
    const first = new PageCache(pack, 'fp');
    for (const [file, text] of pages) first.set(first.key(file, text), parsePage(file, text));
    await first.save();
    expect(lineCount()).toBe(9);

    // The next run finds t0.md edited and the others as they were: one line added.
    const [file, text] = pages[0]!;
    const edited = `${text}\nMore prose.\n`;
    const second = new PageCache(pack, 'fp');
    const now = second.key(file, edited);
    expect(second.has(now)).toBe(false);
    for (const [other, otherText] of pages.slice(1)) expect(second.has(second.key(other, otherText))).toBe(true);
    second.set(now, parsePage(file, edited));
    await second.save();
    expect(lineCount()).toBe(10);
    const third = new PageCache(pack, 'fp');
    expect(third.get(now, file)).toEqual(parsePage(file, edited));
    expect(third.get(third.key(...pages[5]!), pages[5]![0])).toEqual(parsePage(...pages[5]!));

    // Three pages removed from the docs: with t0.md's old line, over a quarter of the pack unused.
    const fourth = new PageCache(pack, 'fp');
    expect(fourth.has(now)).toBe(true);
    for (const [other, otherText] of pages.slice(1, 5)) expect(fourth.has(fourth.key(other, otherText))).toBe(true);
    await fourth.save();
    expect(lineCount()).toBe(6);
    const fifth = new PageCache(pack, 'fp');
    expect(fifth.has(fifth.key(...pages[0]!))).toBe(false);
    expect(fifth.has(fifth.key(...pages[6]!))).toBe(false);
    expect(fifth.get(now, file)).toEqual(parsePage(file, edited));
  });

  it('reads a pack whose last line was cut short, and adds after it only once it is whole again', async () => {
    const pack = path.join(temp.dir, 'cut.pack');
    const pages = Array.from({ length: 8 }, (_, n): [string, string] => [`resources/t${n}.md`, page.replaceAll('widget', `t${n}`)]);
    const first = new PageCache(pack, 'fp');
    for (const [file, text] of pages) first.set(first.key(file, text), parsePage(file, text));
    await first.save();
    const whole = readFileSync(pack, 'utf8');
    writeFileSync(pack, whole.slice(0, whole.length - 20));

    const second = new PageCache(pack, 'fp');
    const [file, text] = pages[7]!;
    expect(second.get(second.key(file, text), file)).toBeUndefined();
    for (const [other, otherText] of pages.slice(0, 7)) expect(second.has(second.key(other, otherText))).toBe(true);
    second.set(second.key(file, text), parsePage(file, text));
    await second.save();
    // Written afresh, not added to the cut line.
    expect(readFileSync(pack, 'utf8')).toBe(whole);
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

  it('ignores a line that is cut short, not JSON, whose facts are another page\'s or lack their lists', async () => {
    const pack = path.join(temp.dir, 'b.pack');
    const cache = new PageCache(pack, 'fp');
    const key = cache.key('resources/widget.md', page);
    cache.set(key, parsePage('resources/widget.md', page));
    await cache.save();
    const [header, good] = readFileSync(pack, 'utf8').split('\n') as [string, string];
    const reopen = (line: string): PageCache => (writeFileSync(pack, `${header}\n${line}\n`), new PageCache(pack, 'fp'));

    expect(reopen(good.slice(0, good.length / 2)).get(key, 'resources/widget.md')).toBeUndefined();
    expect(reopen(good.slice(0, 40)).has(key)).toBe(false);
    expect(reopen(good.replace('{"file":"resources/widget.md"', '{"file":"resources/other.md"')).get(key, 'resources/widget.md')).toBeUndefined();
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
