/** Where the shared Graph docs live: `../shared` beside the repository (here and in CI). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shared = path.resolve(repoRoot, '../shared');
export const v1DocsDir = path.join(shared, 'graph-docs', 'v1.0');
export const v1MetadataFile = path.join(shared, 'graph-docs', 'v1.0-metadata.xml');
export const v1Present = existsSync(v1DocsDir);

/**
 * A folder for the v1.0 output of one test run (several runs may overlap on one machine). It
 * lives under the repository (gitignored `.tmp/`) so that the nearest package.json is ours
 * (`"type": "module"`) and NodeNext checks the output as ESM, as users consume it.
 */
export function v1OutDirFor(runId: number): string {
  return path.join(repoRoot, '.tmp', `v1-out-${runId}`);
}

/** What the global setup hands to the test files about the v1.0 run. */
export interface V1Run {
  /** The generated output, for this run only; the whole model is beside it (`test/support/model-file.ts`). */
  outDir: string;
  diagnostics: number;
  diagnosticsByCode: Record<string, number>;
  milliseconds: number;
}

export function skipMessage(what: string): string {
  return `${what} skipped: ${v1DocsDir} is absent (the shared Graph docs are not on this machine).`;
}
