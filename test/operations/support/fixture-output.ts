/** Generates `fixtures/docs` into a fresh folder under `.tmp/`, once per test file that asks. */
import path from 'node:path';
import { generate, type GenerateResult } from '../../../src/generate.js';
import { repoRoot } from '../../support/shared-corpus.js';
import { makeTempDir } from '../../support/temp-dir.js';

export const fixturesDir = path.join(repoRoot, 'fixtures', 'docs');

export interface FixtureOutput {
  dir: string;
  result: GenerateResult;
  remove: () => void;
}

let pending: Promise<FixtureOutput> | undefined;

export function fixtureOutput(): Promise<FixtureOutput> {
  pending ??= (async () => {
    const temp = makeTempDir('operations-fixtures');
    const result = await generate({ docs: [fixturesDir], out: temp.dir });
    return { dir: temp.dir, result, remove: temp.remove };
  })();
  return pending;
}
