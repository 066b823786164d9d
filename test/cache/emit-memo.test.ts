/**
 * The emit memo keeps, per one-item file, what its making looked up; the lookups are recorded by
 * TypeHierarchy. A memo entry is used only where every lookup answers as before and its text is
 * still in the format cache; anything foreign or corrupt is a miss.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmitMemoFile } from '../../src/cache/emit-memo.js';
import { FormatCache } from '../../src/cache/format-cache.js';
import { ModelAnswers } from '../../src/emit/item-files.js';
import { TypeHierarchy } from '../../src/emit/type-hierarchy.js';
import type { SchemaModel, StructuredType } from '../../src/model/schema-model.js';
import { makeTempDir } from '../support/temp-dir.js';

const temp = makeTempDir('emit-memo');
afterAll(temp.remove);

function type(name: string, baseType?: string, derivedTypes: string[] = []): StructuredType {
  return {
    name,
    namespace: 'microsoft.graph',
    qualifiedName: `microsoft.graph.${name}`,
    tsName: name[0]!.toUpperCase() + name.slice(1),
    ...(baseType ? { baseType: `microsoft.graph.${baseType}` } : {}),
    derivedTypes: derivedTypes.map((derived) => `microsoft.graph.${derived}`),
    properties: [],
    source: { file: `resources/${name}.md`, line: 1, column: 1 },
  } as unknown as StructuredType;
}

const model = (types: StructuredType[]): Pick<SchemaModel, 'types' | 'enums'> => ({ types, enums: [] });

describe('TypeHierarchy.recordReads', () => {
  it('records every lookup, found or not, also where the answer came from its own cache', () => {
    const hierarchy = new TypeHierarchy(model([type('entity', undefined, ['widget']), type('widget', 'entity'), type('orphan', 'missing')]));
    const widget = hierarchy.type('microsoft.graph.widget')!;
    const first = new Set<string>();
    hierarchy.recordReads(first, () => hierarchy.properties(widget));
    expect([...first].sort()).toEqual(['t:microsoft.graph.entity', 't:microsoft.graph.widget']);
    const again = new Set<string>();
    hierarchy.recordReads(again, () => hierarchy.properties(widget));
    expect(again).toEqual(first);
    const orphan = new Set<string>();
    hierarchy.recordReads(orphan, () => hierarchy.properties(hierarchy.type('microsoft.graph.orphan')!));
    expect(orphan).toContain('t:microsoft.graph.missing');
    const outside = new Set<string>();
    hierarchy.recordReads(outside, () => undefined);
    hierarchy.type('microsoft.graph.entity');
    expect(outside.size).toBe(0);
  });
});

describe('ModelAnswers', () => {
  it('keys a file by what its lookups answer: a change to a read type changes it, a change elsewhere does not', () => {
    const before = new ModelAnswers(model([type('entity'), type('widget', 'entity'), type('gadget')]), (name) => name);
    const after = new ModelAnswers(model([type('entity', undefined, ['widget']), type('widget', 'entity'), type('gadget')]), (name) => name);
    const reads = ['t:microsoft.graph.widget', 't:microsoft.graph.entity'];
    expect(after.key('validators/Widget.ts', reads)).not.toBe(before.key('validators/Widget.ts', reads));
    expect(after.key('validators/Gadget.ts', ['t:microsoft.graph.gadget'])).toBe(before.key('validators/Gadget.ts', ['t:microsoft.graph.gadget']));
    expect(before.key('a.ts', ['t:microsoft.graph.nothing'])).not.toBe(new ModelAnswers(model([type('nothing')]), (name) => name).key('a.ts', ['t:microsoft.graph.nothing']));
  });
});

describe('EmitMemoFile', () => {
  const texts = new FormatCache(path.join(temp.dir, 'formatted'), 'fp');
  const file = path.join(temp.dir, 'emitted.json');

  it('gives back a noted file once its text is cached, where the key over its reads is unchanged', async () => {
    const memo = new EmitMemoFile(file, 'fp', texts);
    expect(memo.reuse('models/Widget.ts', () => 'k')).toBeUndefined();
    memo.note('models/Widget.ts', ['t:microsoft.graph.widget'], 'k');
    memo.note('models/Gadget.ts', ['t:microsoft.graph.gadget'], 'g');
    await texts.set('format-key', 'export interface Widget {}\n');
    memo.formatted('models/Widget.ts', 'format-key');
    await memo.save();

    const next = new EmitMemoFile(file, 'fp', texts);
    const asked: (readonly string[])[] = [];
    expect(next.reuse('models/Widget.ts', (reads) => (asked.push(reads), 'k'))).toBe('export interface Widget {}\n');
    expect(asked).toEqual([['t:microsoft.graph.widget']]);
    expect(next.reuse('models/Widget.ts', () => 'changed')).toBeUndefined();
    // Never formatted, so never saved.
    expect(next.reuse('models/Gadget.ts', () => 'g')).toBeUndefined();
    expect(new EmitMemoFile(file, 'another generator', texts).reuse('models/Widget.ts', () => 'k')).toBeUndefined();
  });

  it('treats a corrupt memo, a malformed entry or a text gone from the format cache as a miss', async () => {
    writeFileSync(file, '{ not json');
    expect(new EmitMemoFile(file, 'fp', texts).reuse('models/Widget.ts', () => 'k')).toBeUndefined();
    writeFileSync(file, JSON.stringify({ fingerprint: 'fp', files: { 'models/Widget.ts': { reads: 'all', key: 'k', formatKey: 'format-key' }, 'models/Gone.ts': { reads: [], key: 'k', formatKey: 'nowhere' } } }));
    const memo = new EmitMemoFile(file, 'fp', texts);
    expect(memo.reuse('models/Widget.ts', () => 'k')).toBeUndefined();
    expect(memo.reuse('models/Gone.ts', () => 'k')).toBeUndefined();
    expect(memo.reuse('__proto__', () => 'k')).toBeUndefined();
  });
});
