/**
 * The manifest a run writes into the output, end to end: it changes only where what the change
 * report compares changes, and a manifest written by an earlier graphdoc, or one that cannot be
 * read, never stops a run.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../src/generate.js';
import type { SchemaModel } from '../../src/model/schema-model.js';
import { MANIFEST_FILE } from '../../src/write/manifest.js';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';

const temp = makeTempDir('manifest-output');
afterAll(temp.remove);
const dir = (name: string): string => path.join(temp.dir, name);

/** A fresh copy of the fixture docs. */
function docsCopy(name: string): string {
  cpSync(path.join(repoRoot, 'fixtures', 'docs'), dir(name), { recursive: true });
  return dir(name);
}

/** Replaces `from` with `to` in a page, failing where `from` is not there. */
function edit(docs: string, page: string, from: string, to: string): void {
  const file = path.join(docs, page);
  const text = readFileSync(file, 'utf8');
  expect(text, `${page} holds ${JSON.stringify(from)}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/** A run that builds the model: each test changes the docs or the output between runs. */
async function run(docs: string, out: string): Promise<GenerateResult & { model: SchemaModel }> {
  const result = await generate({ docs: [docs], out: dir(out), cacheDir: dir('cache') });
  if (!result.model) throw new Error(`nothing changed in ${out}: the run built no model`);
  return result as GenerateResult & { model: SchemaModel };
}

const manifestOf = (out: string): string => readFileSync(path.join(dir(out), MANIFEST_FILE), 'utf8');

describe('the manifest in the output', () => {
  it('changes no line where two lines of prose are added above a table', async () => {
    const docs = docsCopy('prose-docs');
    const before = await run(docs, 'prose');
    const manifest = manifestOf('prose');
    edit(docs, 'resources/widget.md', '## Properties\n\n', '## Properties\n\nEvery widget has these properties.\nSome are read-only.\n\n');
    const after = await run(docs, 'prose');
    const line = (result: { model: SchemaModel }): number | undefined => result.model.types.find((type) => type.name === 'widget')?.properties[0]?.source.line;
    expect(line(after), 'the edit moved the properties down the page').toBe(line(before)! + 3);
    expect(manifestOf('prose')).toBe(manifest);
    expect(after.write.written).not.toContain(MANIFEST_FILE);
  });

  it('reads a manifest written by graphdoc 0.1 (the whole model under "model") and reports the same changes as from its own', async () => {
    const docs = docsCopy('earlier-docs');
    const first = await run(docs, 'current');
    await run(docs, 'earlier');
    // The manifest as graphdoc 0.1 wrote it.
    const { types, enums, operations } = first.model;
    const files = (JSON.parse(manifestOf('earlier')) as { files: string[] }).files;
    writeFileSync(path.join(dir('earlier'), MANIFEST_FILE), JSON.stringify({ generator: 'graphdoc', version: '0.1.0', files, model: { types, enums, operations } }, null, 1) + '\n');

    edit(docs, 'resources/widget.md', '|serialNumber|Int64|', '|serialNumber|String|');
    const fromCurrent = await run(docs, 'current');
    const fromEarlier = await run(docs, 'earlier');
    expect(fromCurrent.changes?.changes.map((change) => change.description)).toEqual(['widget.serialNumber: Int64 → String']);
    expect(fromEarlier.changes).toEqual(fromCurrent.changes);
    expect(manifestOf('earlier')).toBe(manifestOf('current'));
  });

  it('runs on over a manifest whose model cannot be read, with nothing to compare with', async () => {
    const docs = docsCopy('unreadable-docs');
    await run(docs, 'unreadable');
    const files = (JSON.parse(manifestOf('unreadable')) as { files: string[] }).files;
    const unreadable = [
      { generator: 'graphdoc', version: '0.1.0', files, model: { types: [{ qualifiedName: 'microsoft.graph.widget' }], enums: [], operations: [] } },
      { generator: 'graphdoc', version: '0.2.0', files, types: [{ type: 'widget', properties: ['serialNumber Text'] }], enums: [], operations: [] },
    ];
    for (const manifest of unreadable) {
      writeFileSync(path.join(dir('unreadable'), MANIFEST_FILE), JSON.stringify(manifest));
      const result = await run(docs, 'unreadable');
      expect(result.changes, JSON.stringify(manifest)).toBeUndefined();
      expect(result.write.written).toEqual([MANIFEST_FILE]);
    }
  });
});
