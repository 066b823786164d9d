/**
 * The validators `check` runs in-process: `validateRequestBody` of one operation, written for it
 * alone so that checking one page does not load every validator, answers as the output's own
 * `validateRequestBody` does, for every operation of the fixture docs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidatorHost } from '../../src/check/validator-host.js';
import { generate } from '../../src/generate.js';
import type { SchemaModel } from '../../src/model/schema-model.js';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';

/** Bodies that every kind of request answers something of: none, empty, wrong in type, and a likely one. */
const BODIES: unknown[] = [undefined, null, {}, [], 'text', { displayName: 42 }, { displayName: 'Gear', size: 'huge' }, { addParts: [{ partId: 'p1', quantity: 'two' }] }, { '@odata.id': 'https://graph.microsoft.com/v1.0/widgetOwners/1' }];

describe('the validators check runs', () => {
  const temp = makeTempDir('validator-host');
  let model: SchemaModel;
  let host: ValidatorHost;
  let output: (operationId: string, body: unknown) => unknown[];
  beforeAll(async () => {
    const out = path.join(temp.dir, 'out');
    const result = await generate({ docs: [path.join(repoRoot, 'fixtures', 'docs')], out, emit: 'js', cacheDir: false });
    model = result.model!;
    host = await ValidatorHost.prepare(model, path.join(temp.dir, 'cache'));
    output = ((await import(pathToFileURL(path.join(out, 'operation-validators.js')).href)) as { validateRequestBody: typeof output }).validateRequestBody;
  }, 60_000);
  afterAll(() => {
    host.dispose();
    temp.remove();
  });

  it("check a request body of each operation as the output's validateRequestBody does", async () => {
    expect(model.operations.length).toBeGreaterThan(10);
    for (const operation of model.operations) {
      for (const body of BODIES) {
        expect(await host.validateRequestBody(operation.id, body), `${operation.id} ${JSON.stringify(body)}`).toEqual(output(operation.id, body));
      }
    }
  });

  it('answer an unknown operation id as the output does', async () => {
    expect(await host.validateRequestBody('no_such_operation', {})).toEqual(output('no_such_operation', {}));
  });
});
