/**
 * Parallel, cached and incremental runs write exactly what a cold single-threaded run writes;
 * a run with nothing changed writes nothing; --check catches a stale or missing file and
 * writes nothing. (Timings live in `npm run bench`, not here.)
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pagePackFile } from '../../src/cache/page-cache.js';
import { readRunState, writeRunState, type RunState } from '../../src/cache/run-state.js';
import { main } from '../../src/cli/main.js';
import { generate } from '../../src/generate.js';
import { repoRoot } from '../support/shared-corpus.js';
import { listFiles, makeTempDir, readTree } from '../support/temp-dir.js';

const temp = makeTempDir('incremental');
afterAll(temp.remove);
const docs = path.join(temp.dir, 'docs');
cpSync(path.join(repoRoot, 'fixtures', 'docs'), docs, { recursive: true });
cpSync(path.join(repoRoot, 'fixtures', 'hostile', 'docs', 'resources'), path.join(docs, 'resources'), { recursive: true });
const dir = (name: string): string => path.join(temp.dir, name);

describe('incremental generation', () => {
  it('writes the same bytes cold on one thread, in parallel, and warm from the cache', async () => {
    const cold = await generate({ docs: [docs], out: dir('cold'), threads: 1, cacheDir: false });
    const parallel = await generate({ docs: [docs], out: dir('parallel'), threads: 2, cacheDir: dir('cache') });
    const warm = await generate({ docs: [docs], out: dir('warm'), threads: 2, cacheDir: dir('cache') });
    expect(cold.stats.cachedPages).toBe(0);
    expect(parallel.stats.cachedPages).toBe(0);
    expect(warm.stats.cachedPages).toBe(warm.stats.pages);
    const expected = readTree(dir('cold'));
    expect(readTree(dir('parallel'))).toEqual(expected);
    expect(readTree(dir('warm'))).toEqual(expected);
    expect(parallel.diagnostics).toEqual(cold.diagnostics);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });

  it('writes nothing when nothing changed, and reports the same diagnostics', async () => {
    const first = await generate({ docs: [docs], out: dir('again'), cacheDir: dir('cache') });
    const times = new Map(listFiles(dir('again')).map((file) => [file, statSync(path.join(dir('again'), file)).mtimeMs]));
    const second = await generate({ docs: [docs], out: dir('again'), cacheDir: dir('cache') });
    expect(second.stats.unchanged).toBe(true);
    expect(second.write.written).toEqual([]);
    expect(second.diagnostics).toEqual(first.diagnostics);
    for (const [file, mtime] of times) expect(statSync(path.join(dir('again'), file)).mtimeMs, file).toBe(mtime);
  });

  it('reports, when nothing changed, the counts of the model it did not build and no changes', async () => {
    const first = await generate({ docs: [docs], out: dir('counts'), cacheDir: dir('cache') });
    const second = await generate({ docs: [docs], out: dir('counts'), cacheDir: dir('cache') });
    expect(second.stats.unchanged).toBe(true);
    expect(second.model).toBeUndefined();
    const counts = ({ stats }: typeof first): object => ({ pages: stats.pages, types: stats.types, enums: stats.enums, operations: stats.operations, files: stats.files });
    expect(counts(second)).toEqual(counts(first));
    expect(second.changes).toEqual({ changes: [] });
  });

  it('does not take a run state written before it kept the counts as nothing changed', async () => {
    await generate({ docs: [docs], out: dir('older-state'), cacheDir: dir('cache') });
    const state = await readRunState(dir('cache'), dir('older-state'));
    const { counts: _, ...older } = state!;
    await writeRunState(dir('cache'), dir('older-state'), older as RunState);
    const rebuilt = await generate({ docs: [docs], out: dir('older-state'), cacheDir: dir('cache') });
    expect(rebuilt.stats.unchanged).toBe(false);
    expect(rebuilt.write.written).toEqual([]);
    expect((await generate({ docs: [docs], out: dir('older-state'), cacheDir: dir('cache') })).stats.unchanged).toBe(true);
  });

  it('after one page changes, reparses only that page and writes what a cold run writes', async () => {
    const changedDocs = dir('changed-docs');
    cpSync(docs, changedDocs, { recursive: true });
    await generate({ docs: [changedDocs], out: dir('changed'), cacheDir: dir('cache-2') });
    const page = path.join(changedDocs, 'resources', 'widgetpart.md');
    const original = readFileSync(page, 'utf8');
    writeFileSync(page, original.replace('How many of this part the widget uses.', 'How many are used.'));
    expect(readFileSync(page, 'utf8')).not.toBe(original);
    const incremental = await generate({ docs: [changedDocs], out: dir('changed'), cacheDir: dir('cache-2') });
    expect(incremental.stats.cachedPages).toBe(incremental.stats.pages - 1);
    // A description: only the types' comments show it.
    expect(incremental.write.written).toEqual(['models.ts']);
    await generate({ docs: [changedDocs], out: dir('changed-cold'), threads: 1, cacheDir: false });
    expect(readTree(dir('changed'))).toEqual(readTree(dir('changed-cold')));
  });

  it('after edits to a base type, an enum, a referenced type and a request path, writes what a cold run writes', async () => {
    const editedDocs = dir('edited-docs');
    cpSync(docs, editedDocs, { recursive: true });
    await generate({ docs: [editedDocs], out: dir('edited'), cacheDir: dir('cache-edited') });
    const edit = (file: string, change: (text: string) => string): void => {
      const page = path.join(editedDocs, file);
      const before = readFileSync(page, 'utf8');
      writeFileSync(page, change(before));
      expect(readFileSync(page, 'utf8'), file).not.toBe(before);
    };
    // An inherited property (widget's validators must check it), an enum member (labels in
    // error messages), a referenced type that is gone, and a request's path.
    edit('resources/widgetbase.md', (text) => text.replace('|displayName|String|', '|serialNumber|Int32|The serial number.|\n|displayName|String|'));
    edit('resources/enums.md', (text) => text.replace('|retired|', '|retired|\n|archived|'));
    rmSync(path.join(editedDocs, 'resources', 'widgetlabel.md'));
    edit('api/op-widget-get.md', (text) => text.replace('GET /widgetOwners/{id}/widgets/{id}', 'GET /widgetOwners/{owner-id}/widgets/{id}'));

    const warm = await generate({ docs: [editedDocs], out: dir('edited'), cacheDir: dir('cache-edited') });
    await generate({ docs: [editedDocs], out: dir('edited-cold'), threads: 1, cacheDir: false });
    expect(readTree(dir('edited'))).toEqual(readTree(dir('edited-cold')));
    expect(warm.write.written).toEqual(expect.arrayContaining(['validators/Widget.js', 'validators/WidgetStatus.js', 'models.ts', 'operations.d.ts']));
    expect(warm.write.removed).toEqual(expect.arrayContaining(['validators/WidgetLabel.js', 'validators/WidgetLabel.d.ts']));
    expect(readFileSync(path.join(dir('edited'), 'operations.d.ts'), 'utf8')).toContain('/widgetOwners/{owner-id}/widgets/{id}');
  });

  it('takes a page whose size and modification time are as the last run found them as unchanged, as make does, and reads it where its cache entry is gone', async () => {
    const stampedDocs = dir('stamped-docs');
    cpSync(docs, stampedDocs, { recursive: true });
    const page = path.join(stampedDocs, 'resources', 'widgetpart.md');
    // A whole second, which any file system keeps exactly.
    const mtime = new Date('2024-05-01T08:00:00Z');
    utimesSync(page, mtime, mtime);
    await generate({ docs: [stampedDocs], out: dir('stamped'), cacheDir: dir('cache-stamped') });
    const { size } = statSync(page);
    const original = readFileSync(page, 'utf8');
    // The same number of bytes, and the old modification time put back: not seen.
    const edited = original.replace('How many of this part the widget uses.', 'How many of this part the widget owns.');
    expect(Buffer.byteLength(edited)).toBe(size);
    writeFileSync(page, edited);
    utimesSync(page, mtime, mtime);
    const unseen = await generate({ docs: [stampedDocs], out: dir('stamped'), cacheDir: dir('cache-stamped') });
    expect(unseen.stats.unchanged).toBe(true);
    // A new modification time (an editor's save, a checkout, touch): read, parsed, written.
    utimesSync(page, new Date(), new Date());
    const seen = await generate({ docs: [stampedDocs], out: dir('stamped'), cacheDir: dir('cache-stamped') });
    expect(seen.write.written).toContain('models.ts');
    expect(readFileSync(path.join(dir('stamped'), 'models.ts'), 'utf8')).toContain('How many of this part the widget owns.');
    // A page taken as unchanged whose cache entry is gone is read and parsed after all.
    rmSync(pagePackFile(dir('cache-stamped'), [stampedDocs]), { force: true });
    writeFileSync(path.join(stampedDocs, 'resources', 'widget.md'), readFileSync(path.join(stampedDocs, 'resources', 'widget.md'), 'utf8') + '\n');
    const rebuilt = await generate({ docs: [stampedDocs], out: dir('stamped-again'), cacheDir: dir('cache-stamped') });
    await generate({ docs: [stampedDocs], out: dir('stamped-cold'), threads: 1, cacheDir: false });
    expect(rebuilt.stats.cachedPages).toBe(0);
    expect(readTree(dir('stamped-again'))).toEqual(readTree(dir('stamped-cold')));
  });

  it('does not take page stamps from a run of other parser code, whose cache keys would find that code\'s facts', async () => {
    await generate({ docs: [docs], out: dir('other-parser'), cacheDir: dir('cache-other-parser') });
    const state = (await readRunState(dir('cache-other-parser'), dir('other-parser')))!;
    expect(Object.keys(state.pages ?? {}).length).toBeGreaterThan(0);
    // As an older graphdoc left it: every page's stamp still matches, but its key was made by other
    // parser code and names no entry this parser made.
    const older: RunState = { ...state, inputs: 'other inputs', parser: 'other parser code', pages: Object.fromEntries(Object.entries(state.pages!).map(([page, [size, mtime]]) => [page, [size, mtime, 'f'.repeat(64)]])) };
    await writeRunState(dir('cache-other-parser'), dir('other-parser'), older);
    const again = await generate({ docs: [docs], out: dir('other-parser'), cacheDir: dir('cache-other-parser') });
    // The pages were read and keyed afresh, so every one was found in this parser's cache.
    expect(again.stats.unchanged).toBe(false);
    expect(again.stats.cachedPages).toBe(again.stats.pages);
  });

  it('rewrites a validator module edited by hand, though the emit memo knows it unchanged', async () => {
    await generate({ docs: [docs], out: dir('memo'), cacheDir: dir('cache-memo') });
    const module = path.join(dir('memo'), 'validators', 'WidgetPart.js');
    const made = readFileSync(module, 'utf8');
    writeFileSync(module, '// edited by hand\n');
    // A page changes, so the run is no "nothing changed" one: the memo answers for WidgetPart.js.
    const page = path.join(docs, 'resources', 'gadget.md');
    const original = readFileSync(page, 'utf8');
    writeFileSync(page, `${original}\n`);
    try {
      const again = await generate({ docs: [docs], out: dir('memo'), cacheDir: dir('cache-memo') });
      expect(again.write.written).toContain('validators/WidgetPart.js');
      expect(readFileSync(module, 'utf8')).toBe(made);
    } finally {
      writeFileSync(page, original);
    }
  });

  it('keeps the cached pages of two docs trees that share a cache, though their paths are the same', async () => {
    const beta = dir('docs-beta');
    cpSync(docs, beta, { recursive: true });
    const widget = path.join(beta, 'resources', 'widget.md');
    writeFileSync(widget, `${readFileSync(widget, 'utf8')}\nIn beta.\n`);
    await generate({ docs: [docs], out: dir('tree-v1'), cacheDir: dir('cache-trees') });
    await generate({ docs: [beta], out: dir('tree-beta'), cacheDir: dir('cache-trees') });
    // Into new folders, so that neither run takes the fast path of a run with nothing changed.
    const v1 = await generate({ docs: [docs], out: dir('tree-v1-again'), cacheDir: dir('cache-trees') });
    const again = await generate({ docs: [beta], out: dir('tree-beta-again'), cacheDir: dir('cache-trees') });
    expect(v1.stats.cachedPages).toBe(v1.stats.pages);
    expect(again.stats.cachedPages).toBe(again.stats.pages);
  });

  it('ignores corrupt and foreign cache entries and rebuilds them', async () => {
    await generate({ docs: [docs], out: dir('corrupt-a'), cacheDir: dir('cache-3') });
    const pack = pagePackFile(dir('cache-3'), [docs]);
    // Every other entry's facts cut short, the others' moved to a key no page has.
    const [header, ...entries] = readFileSync(pack, 'utf8').trimEnd().split('\n');
    writeFileSync(pack, [header, ...entries.map((entry, i) => (i % 2 === 0 ? entry.slice(0, entry.length - 10) : `${'f'.repeat(64)}${entry.slice(64)}`))].join('\n'));
    rmSync(path.join(dir('cache-3'), 'runs'), { recursive: true, force: true });
    const rebuilt = await generate({ docs: [docs], out: dir('corrupt-b'), cacheDir: dir('cache-3') });
    expect(rebuilt.stats.cachedPages).toBe(0);
    expect(readTree(dir('corrupt-b'))).toEqual(readTree(dir('corrupt-a')));
    // The pack was written afresh: a run into another folder finds every page's entry sound.
    const again = await generate({ docs: [docs], out: dir('corrupt-c'), cacheDir: dir('cache-3') });
    expect(again.stats.cachedPages).toBe(again.stats.pages);
  });
});

describe('graphdoc generate --check', () => {
  async function check(out: string): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
    const code = await main(['generate', '--docs', docs, '--out', out, '--check', '--no-cache']);
    vi.restoreAllMocks();
    return { code, stderr };
  }

  it('exits 0 on an up-to-date output, and 1 listing a stale and a missing file, writing nothing', async () => {
    const out = dir('checked');
    await generate({ docs: [docs], out, cacheDir: false });
    expect((await check(out)).code).toBe(0);

    writeFileSync(path.join(out, 'models.ts'), '// edited by hand\n');
    rmSync(path.join(out, 'validators', 'Gadget.js'));
    const before = readTree(out);
    const { code, stderr } = await check(out);
    expect(code).toBe(1);
    expect(stderr).toContain('  models.ts\n');
    expect(stderr).toContain('  validators/Gadget.js\n');
    expect(stderr).toMatch(/2 files in .* are stale or missing/);
    expect(readTree(out)).toEqual(before);
  });
});
