/**
 * The emit memo: a module whose lookups answer as when it was made is not made again, unless its
 * text is asked for; the operations files and schema.json, whose whole input is hashed, likewise.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverPages } from '../../src/discover/discover.js';
import { memoisedFile, ModelAnswers, type EmitMemo } from '../../src/emit/emit-memo.js';
import { emitJsonSchema } from '../../src/emit/json-schema/emit-json-schema.js';
import { emitOperations } from '../../src/emit/operations/emit-operations.js';
import { TypeHierarchy } from '../../src/emit/type-hierarchy.js';
import { buildModel } from '../../src/model/build-model.js';
import type { SchemaModel } from '../../src/model/schema-model.js';
import { parsePage } from '../../src/parse/page.js';
import { repoRoot } from '../support/shared-corpus.js';
import { edm, smallModel, typeOf } from '../validators/support/small-model.js';

/** A memo in memory, as the cache's keeps one between runs. */
function memoryMemo(): EmitMemo & { entries: Map<string, { reads: readonly string[]; key: string; hash: string }> } {
  const entries = new Map<string, { reads: readonly string[]; key: string; hash: string }>();
  return {
    entries,
    reuse: (path, keyOf) => {
      const entry = entries.get(path);
      return entry && keyOf(entry.reads) === entry.key ? entry.hash : undefined;
    },
    note: (path, reads, key, hash) => void entries.set(path, { reads, key, hash }),
  };
}

function file(model: ReturnType<typeof smallModel>, memo: EmitMemo, made: { count: number }) {
  const hierarchy = new TypeHierarchy(model);
  const node = hierarchy.types.find((type) => type.name === 'node')!;
  return memoisedFile('validators/Node.js', `t:${node.qualifiedName}`, hierarchy, { memo, answers: new ModelAnswers(hierarchy) }, () => {
    made.count++;
    // What a validator's emitter does: look up the types it checks.
    return hierarchy.properties(node).map((p) => `${p.name}:${hierarchy.type(p.type.kind === 'type' ? p.type.type : '')?.name ?? '-'}`).join(',');
  });
}

describe('the emit memo', () => {
  const model = () => smallModel([{ name: 'node', properties: [['next', typeOf('peer')], ['size', edm('Int32')]] }, { name: 'peer', properties: [['x', edm('String')]] }]);

  it('makes a module once, then knows its hash without making it while its lookups answer as before', () => {
    const memo = memoryMemo();
    const made = { count: 0 };
    const first = file(model(), memo, made);
    expect(made.count).toBe(1);
    const second = file(model(), memo, made);
    expect(made.count).toBe(1);
    expect(second.hash).toBe(memo.entries.get('validators/Node.js')!.hash);
    expect(second.content).toBe(first.content);
    expect(made.count).toBe(2);
  });

  it('makes it again when a type it looked up changes, and not when one it never looked up does', () => {
    const memo = memoryMemo();
    const made = { count: 0 };
    file(model(), memo, made);
    const unrelated = model();
    unrelated.types.push(...smallModel([{ name: 'other', properties: [['y', edm('String')]] }]).types);
    expect(file(unrelated, memo, made).hash).toBeDefined();
    expect(made.count).toBe(1);
    const changed = model();
    changed.types.find((type) => type.name === 'peer')!.properties.push(...smallModel([{ name: 'peer', properties: [['z', edm('Int32')]] }]).types[0]!.properties.slice(-1));
    expect(file(changed, memo, made).hash).toBeUndefined();
    expect(made.count).toBe(2);
  });
});

describe('the emit memo for the operations files', () => {
  const OPERATIONS_FILES = ['operations.js', 'operations.d.ts'];
  let fixtures: SchemaModel;
  beforeAll(async () => {
    const discovered = await discoverPages([path.join(repoRoot, 'fixtures', 'docs')]);
    fixtures = buildModel(discovered.map((page) => parsePage(page.file, readFileSync(path.join(page.root, page.file), 'utf8'))));
  });
  const copy = (): SchemaModel => structuredClone(fixtures);
  const operationsFiles = (model: SchemaModel, memo: EmitMemo) => emitOperations(model, '// header\n', memo);

  it('knows their hashes without making them after an edit to a type, and gives the same text when asked', () => {
    const memo = memoryMemo();
    const first = operationsFiles(copy(), memo);
    expect(first.map((file) => file.hash)).toEqual([undefined, undefined]);
    const edited = copy();
    edited.types[0]!.description = 'Edited.';
    edited.types[0]!.properties.push({ ...edited.types[0]!.properties[0]!, name: 'addedByAnEdit' });
    const second = operationsFiles(edited, memo);
    expect(second.map((file) => file.path)).toEqual(OPERATIONS_FILES);
    expect(second.map((file) => file.hash)).toEqual(OPERATIONS_FILES.map((path) => memo.entries.get(path)!.hash));
    expect(second.map((file) => file.content)).toEqual(first.map((file) => file.content));
  });

  it('makes them again when an operation or a type name changes', () => {
    const memo = memoryMemo();
    const first = operationsFiles(copy(), memo);
    const summary = copy();
    summary.operations[0]!.summary = 'Another summary';
    expect(operationsFiles(summary, memo).map((file) => file.hash)).toEqual([undefined, undefined]);
    const renamed = copy();
    const target = renamed.types.find((type) => renamed.operations.some((operation) => JSON.stringify(operation).includes(`"${type.qualifiedName}"`)))!;
    target.tsName = `${target.tsName}Renamed`;
    const again = operationsFiles(renamed, memo);
    expect(again.map((file) => file.hash)).toEqual([undefined, undefined]);
    expect(again[1]!.content).not.toBe(first[1]!.content);
  });
});

describe('the emit memo for schema.json', () => {
  let fixtures: SchemaModel;
  beforeAll(async () => {
    const discovered = await discoverPages([path.join(repoRoot, 'fixtures', 'docs')]);
    fixtures = buildModel(discovered.map((page) => parsePage(page.file, readFileSync(path.join(page.root, page.file), 'utf8'))));
  });

  it('knows its hash after an edit to prose or positions only, and makes it again after one to a property', () => {
    const memo = memoryMemo();
    const first = emitJsonSchema(structuredClone(fixtures), memo);
    const prose = structuredClone(fixtures);
    prose.types[0]!.description = 'Edited.';
    prose.types[0]!.properties[0]!.description = 'Edited too.';
    prose.types[0]!.source = { ...prose.types[0]!.source, line: prose.types[0]!.source.line + 3 };
    const second = emitJsonSchema(prose, memo);
    expect(second.hash).toBe(memo.entries.get('schema.json')!.hash);
    expect(second.content).toBe(first.content);
    const typed = structuredClone(fixtures);
    typed.types[0]!.properties[0]!.nullable = !typed.types[0]!.properties[0]!.nullable;
    const third = emitJsonSchema(typed, memo);
    expect(third.hash).toBeUndefined();
    expect(third.content).not.toBe(first.content);
  });
});
