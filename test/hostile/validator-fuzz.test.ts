/**
 * Property-based: random JSON values, and arbitrary JavaScript values (null prototypes,
 * `__proto__` keys, getters are covered in test/validators), through every generated validator
 * of the fixtures and the hostile fixtures. None may throw; `is` and `validate` must agree.
 */
import { cpSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';

const RUNS = 300;
const SEED = 20261122;
type Check = (value: unknown) => boolean;
type Validate = (value: unknown) => unknown[];

const temp = makeTempDir('validator-fuzz');
const pairs: { name: string; is: Check; validate: Validate }[] = [];

beforeAll(async () => {
  const docs = path.join(temp.dir, 'docs');
  cpSync(path.join(repoRoot, 'fixtures', 'docs'), docs, { recursive: true });
  cpSync(path.join(repoRoot, 'fixtures', 'hostile', 'docs', 'resources'), path.join(docs, 'resources'), { recursive: true });
  const out = path.join(temp.dir, 'out');
  await generate({ docs: [docs], out, cacheDir: false });
  const module = (await import(pathToFileURL(path.join(out, 'index.ts')).href)) as Record<string, unknown>;
  for (const [name, is] of Object.entries(module)) {
    const match = /^is([A-Z]\w*)$/.exec(name);
    const validate = match ? module[`validate${match[1]}`] : undefined;
    if (typeof is === 'function' && typeof validate === 'function') pairs.push({ name: match![1]!, is: is as Check, validate: validate as Validate });
  }
}, 120_000);
afterAll(temp.remove);

function neverThrow(value: unknown): void {
  for (const { name, is, validate } of pairs) {
    let verdict = false;
    let errors: unknown[] = [];
    expect(() => (verdict = is(value)), name).not.toThrow();
    expect(() => (errors = validate(value)), name).not.toThrow();
    expect(verdict, `${name}: is and validate agree`).toBe(errors.length === 0);
  }
}

describe('generated validators under fuzzing', () => {
  it('exist for every fixture type and enum', () => {
    expect(pairs.map((p) => p.name)).toEqual(expect.arrayContaining(['Widget', 'Gadget', 'WidgetSize', 'Escape', 'Weird', 'Loop', 'Knot']));
  });

  it(`never throw on ${RUNS} random JSON values`, () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), neverThrow), { numRuns: RUNS, seed: SEED });
  });

  it(`never throw on ${RUNS} arbitrary values (null prototypes, odd keys, boxed values)`, () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withObjectString: true }), neverThrow), {
      numRuns: RUNS,
      seed: SEED,
    });
  });

  it('never throw on a million-element array, a __proto__ key from JSON, or a deep one', () => {
    neverThrow({ tags: new Array(1_000_000).fill('x'), labels: new Array(1_000_000).fill(1) });
    neverThrow(JSON.parse('{"__proto__": {"id": 5}, "constructor": 1, "@odata.type": "#microsoft.graph.widget"}'));
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { next: deep, parts: [deep] };
    neverThrow(deep);
  });
});
