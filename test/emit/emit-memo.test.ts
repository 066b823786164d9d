/** The emit memo: a module whose lookups answer as when it was made is not made again, unless its text is asked for. */
import { describe, expect, it } from 'vitest';
import { memoisedFile, ModelAnswers, type EmitMemo } from '../../src/emit/emit-memo.js';
import { TypeHierarchy } from '../../src/emit/type-hierarchy.js';
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
