/**
 * Scale: a docs tree that documents 10,000 requests (v1.0's resource pages, and one synthetic API
 * page per request over them, see `support/synthetic-operations.ts`) generates output that
 * type-checks under the strictest flags, in js mode (the three-times test covers ts mode), with
 * every request in the runtime list and in `GraphOperations`. Skipped, with a message, where
 * `../shared/graph-docs/v1.0` is absent.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../src/generate.js';
import type { SchemaModel } from '../../src/model/schema-model.js';
import { builtModel } from '../support/output-index.js';
import { skipMessage, v1DocsDir, v1Present } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';
import { checkOutput, runtimeOperations, type CheckedOutput } from './support/check-output.js';
import { writeSyntheticOperations, type SyntheticTree } from './support/synthetic-operations.js';

const OPERATIONS = 10_000;
const SETUP_TIMEOUT_MS = 900_000;

if (!v1Present) console.log(skipMessage('scale: 10,000 operations'));

describe.skipIf(!v1Present)(`scale: a docs tree of ${OPERATIONS} operations`, () => {
  const temp = v1Present ? makeTempDir('scale-10k') : undefined;
  const out = temp ? path.join(temp.dir, 'out') : '';
  let tree: SyntheticTree;
  let result: GenerateResult;
  let model: SchemaModel;
  let checked: CheckedOutput;

  beforeAll(async () => {
    const docs = path.join(temp!.dir, 'docs');
    tree = writeSyntheticOperations(v1DocsDir, docs, OPERATIONS);
    result = await generate({ docs: [docs], out, emit: 'js' });
    model = builtModel(result, 'generating 10,000 operations');
    checked = checkOutput(out);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => temp?.remove());

  it('type-checks under the strictest flags with no error', () => {
    expect({ errors: checked.errors.length, first: checked.errors.slice(0, 20) }).toEqual({ errors: 0, first: [] });
  });

  it('models one operation per API page, each on a path and method of its own', () => {
    expect(tree.apiPages).toBe(OPERATIONS);
    expect(result.stats.operations).toBe(OPERATIONS);
    const keys = new Set(model.operations.map((operation) => `${operation.method} ${operation.path}`));
    expect(keys.size).toBe(OPERATIONS);
  });

  it('has every operation in the runtime list and in GraphOperations', async () => {
    expect(await runtimeOperations(out)).toHaveLength(OPERATIONS);
    expect(checked.mapEntries).toBe(OPERATIONS);
  });

  it('reads the synthetic pages as written: no diagnostic, bodies and responses typed', () => {
    const onApiPage = result.diagnostics.filter((diagnostic) => diagnostic.source.file.startsWith('api/'));
    expect(onApiPage.map((d) => `${d.source.file}: ${d.code} ${d.message}`).slice(0, 20)).toEqual([]);
    const typedResponses = model.operations.filter((operation) => operation.responses.some((response) => response.body.kind === 'type'));
    expect(typedResponses).toHaveLength(tree.byKind.list + tree.byKind.create + tree.byKind.get + tree.byKind.action);
    const bodies = (kind: string): number => model.operations.filter((operation) => operation.requestBody.kind === kind).length;
    expect({ create: bodies('create'), update: bodies('update'), parameters: bodies('parameters') }).toEqual({
      create: tree.byKind.create,
      update: tree.byKind.update,
      parameters: tree.byKind.action,
    });
  });
});
