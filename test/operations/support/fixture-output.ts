/** Generates `fixtures/docs` into a fresh folder under `.tmp/`, once per test file that asks. */
import path from 'node:path';
import { generate, type GenerateResult } from '../../../src/generate.js';
import type { SchemaModel } from '../../../src/model/schema-model.js';
import { repoRoot } from '../../support/shared-corpus.js';
import { makeTempDir } from '../../support/temp-dir.js';

export const fixturesDir = path.join(repoRoot, 'fixtures', 'docs');

export interface FixtureOutput {
  dir: string;
  result: GenerateResult;
  /** The model the run built (into a fresh folder, a run always builds one). */
  model: SchemaModel;
  remove: () => void;
}

let pending: Promise<FixtureOutput> | undefined;

export function fixtureOutput(): Promise<FixtureOutput> {
  pending ??= (async () => {
    const temp = makeTempDir('operations-fixtures');
    const result = await generate({ docs: [fixturesDir], out: temp.dir });
    if (!result.model) throw new Error(`generating ${fixturesDir} into a fresh folder built no model`);
    return { dir: temp.dir, result, model: result.model, remove: temp.remove };
  })();
  return pending;
}
