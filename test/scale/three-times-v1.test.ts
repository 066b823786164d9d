/**
 * Scale: a docs tree three times the size of v1.0 (v1.0's pages, and a copy of each in two more
 * namespaces, see `support/namespaced-copies.ts`) generates output that type-checks under the
 * strictest flags. Before the operations list had a declared type, `operations.ts` at this size
 * failed with TS2590 ("Expression produces a union type that is too complex to represent").
 * Skipped, with a message, where `../shared/graph-docs/v1.0` is absent.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../src/generate.js';
import { builtModel } from '../support/output-index.js';
import type { Operation } from '../../src/model/operations/operation-model.js';
import type { SchemaModel } from '../../src/model/schema-model.js';
import { skipMessage, v1DocsDir, v1Present } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';
import { checkOutput, runtimeOperations, type CheckedOutput } from './support/check-output.js';
import { copyNamespace, writeNamespacedCopies, type CopiedTree } from './support/namespaced-copies.js';

const COPIES = ['north', 'south'];
/** The real pages' namespaces, and each copy's. */
const REAL = 'v1.0';
type Family = typeof REAL | (typeof COPIES)[number];
const SETUP_TIMEOUT_MS = 900_000;

if (!v1Present) console.log(skipMessage('scale: three times v1.0'));

describe.skipIf(!v1Present)('scale: a docs tree three times the size of v1.0', () => {
  const temp = v1Present ? makeTempDir('scale-3x') : undefined;
  let tree: CopiedTree;
  let v1: GenerateResult;
  let scaled: GenerateResult;
  let v1Model: SchemaModel;
  let scaledModel: SchemaModel;
  let checked: CheckedOutput;
  let familyOf: (namespace: string) => Family;

  beforeAll(async () => {
    const docs = path.join(temp!.dir, 'docs');
    const out = path.join(temp!.dir, 'out');
    tree = writeNamespacedCopies(v1DocsDir, docs, COPIES);
    familyOf = namespaceFamilies(tree.subNamespaces);
    // v1.0's own figures, from the page cache the global setup filled; nothing is written.
    v1 = await generate({ docs: [v1DocsDir], out: path.join(temp!.dir, 'v1-unwritten'), check: true });
    scaled = await generate({ docs: [docs], out });
    v1Model = builtModel(v1, 'generating v1.0');
    scaledModel = builtModel(scaled, 'generating three times v1.0');
    checked = checkOutput(out);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => temp?.remove());

  it('type-checks under the strictest flags with no error', () => {
    expect({ errors: checked.errors.length, first: checked.errors.slice(0, 20) }).toEqual({ errors: 0, first: [] });
  });

  it('reads three times the pages and models three times the types, enums and operations of v1.0', () => {
    const copies = COPIES.length + 1;
    expect(scaled.stats.pages).toBe(copies * v1.stats.pages);
    expect(scaled.stats.types).toBe(copies * v1.stats.types);
    expect(scaled.stats.enums).toBe(copies * v1.stats.enums);
    // A copy may split in two a request that v1.0 lists under the bare `/me` and another route:
    // see the per-page test below.
    const splittable = v1Model.operations.filter(hasBareMeRoute).length;
    expect(scaled.stats.operations).toBeGreaterThanOrEqual(copies * v1.stats.operations);
    expect(scaled.stats.operations).toBeLessThanOrEqual(copies * v1.stats.operations + COPIES.length * splittable);
  });

  it('gives each namespace its own types and enums, named apart', () => {
    for (const family of [REAL, ...COPIES]) {
      expect(scaledModel.types.filter((type) => familyOf(type.namespace) === family), `types of ${family}`).toHaveLength(v1.stats.types);
      expect(scaledModel.enums.filter((item) => familyOf(item.namespace) === family), `enums of ${family}`).toHaveLength(v1.stats.enums);
    }
    const tsNames = [...scaledModel.types, ...scaledModel.enums].map((item) => item.tsName.toLowerCase());
    expect(new Set(tsNames).size).toBe(tsNames.length);
  });

  it("documents each page's requests in every copy, on paths of its own", () => {
    const realCounts = operationsByPage(scaledModel.operations.filter((operation) => pageFamily(operation.source.file) === REAL));
    expect(realCounts).toEqual(operationsByPage(v1Model.operations));
    const aliases = aliasPages(v1Model.operations);
    for (const copy of COPIES) {
      const copyCounts = operationsByPage(scaledModel.operations.filter((operation) => pageFamily(operation.source.file) === copy));
      for (const [page, count] of realCounts) {
        // The one rewrite that changes how a page's requests group: a bare `/me` is the alias of
        // `/users/{id}` only at the root (`tailOf`), so `/north/me` stands alone.
        if (aliases.has(page)) expect(copyCounts.get(page), `${copy}: ${page}`).toBeGreaterThanOrEqual(count);
        else expect(copyCounts.get(page), `${copy}: ${page}`).toBe(count);
      }
    }
    const keys = scaledModel.operations.map((operation) => `${operation.method} ${operation.path}`);
    const v1Keys = new Set(v1Model.operations.map((operation) => `${operation.method} ${operation.path}`));
    expect(new Set(keys).size, 'distinct method and path pairs').toBeGreaterThanOrEqual((COPIES.length + 1) * v1Keys.size);
  });

  it('has every operation in the runtime list and every path and method in GraphOperations', async () => {
    expect(await runtimeOperations(path.join(temp!.dir, 'out'))).toHaveLength(scaled.stats.operations);
    const mapped = new Set(scaledModel.operations.filter((operation) => operation.sharesPathWith === undefined).map((operation) => `${operation.method} ${operation.path}`));
    expect(checked.mapEntries).toBeGreaterThanOrEqual(mapped.size);
  });

  it('links each copy within itself as v1.0 is linked', () => {
    const real = references(scaledModel, familyOf, REAL);
    expect(real.byKind).toEqual(references(v1Model, familyOf, REAL).byKind);
    for (const copy of COPIES) {
      const copied = references(scaledModel, familyOf, copy);
      expect(copied.byKind, `${copy}: property types by kind`).toEqual(real.byKind);
      // The model's lookups reach outside a page's namespace by design (`microsoft.graph`, then
      // anywhere; an unnamed enum takes a same-membered named one's name): a few references may.
      expect(copied.elsewhere.length, `${copy}: references to another namespace, ${copied.elsewhere.slice(0, 10).join(', ')}`).toBeLessThan(
        copied.total / 100,
      );
    }
  });
});

/** Which family a namespace belongs to: `microsoft.graph.north` and `microsoft.graph.northCallRecords` are `north`'s. */
function namespaceFamilies(subNamespaces: readonly string[]): (namespace: string) => Family {
  const families = new Map<string, Family>();
  for (const copy of COPIES) for (const sub of [undefined, ...subNamespaces]) families.set(copyNamespace(copy, sub).toLowerCase(), copy);
  return (namespace) => families.get(namespace.toLowerCase()) ?? REAL;
}

/** The family of a page, by its file name (`api/north-user-get.md` is `north`'s). */
function pageFamily(file: string): Family {
  const base = path.basename(file);
  return COPIES.find((copy) => base.startsWith(`${copy}-`)) ?? REAL;
}

/** Operations per page, the page named as v1.0 names it. */
function operationsByPage(operations: readonly Operation[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const operation of operations) {
    const page = path.basename(operation.source.file).replace(new RegExp(`^(?:${COPIES.join('|')})-`), '');
    counts.set(page, (counts.get(page) ?? 0) + 1);
  }
  return counts;
}

/** A request one of whose routes is the bare `/me`. */
function hasBareMeRoute(operation: Operation): boolean {
  return [operation.path, ...(operation.alternatives ?? []).map((alternative) => alternative.path)].includes('/me');
}

/** v1.0's pages that list the bare `/me` as a route of a request. */
function aliasPages(operations: readonly Operation[]): Set<string> {
  return new Set(operations.filter(hasBareMeRoute).map((operation) => path.basename(operation.source.file)));
}

/** Property types of one family's types, by kind, and the references that leave the family. */
function references(model: SchemaModel, familyOf: (namespace: string) => Family, family: Family): { byKind: Record<string, number>; elsewhere: string[]; total: number } {
  const byKind: Record<string, number> = {};
  const elsewhere: string[] = [];
  let total = 0;
  const namespaceOf = (qualifiedName: string): string => qualifiedName.slice(0, qualifiedName.lastIndexOf('.'));
  for (const type of model.types.filter((item) => familyOf(item.namespace) === family)) {
    const targets = type.baseType ? [type.baseType] : [];
    byKind['base type'] = (byKind['base type'] ?? 0) + targets.length;
    for (const property of type.properties) {
      byKind[property.type.kind] = (byKind[property.type.kind] ?? 0) + 1;
      if (property.type.kind === 'type') targets.push(property.type.type);
      if (property.type.kind === 'enum') targets.push(property.type.enum);
    }
    total += targets.length;
    for (const target of targets) if (familyOf(namespaceOf(target)) !== family) elsewhere.push(`${type.qualifiedName} → ${target}`);
  }
  return { byKind, elsewhere, total };
}
