/**
 * The manifest of the real v1.0 output (generated once by the global setup): within its size
 * budget, and a summary from which the change report gives what the whole model gives, before
 * and after a few real edits.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { compareModels, type ModelSummary } from '../../src/model/compare-models.js';
import type { StructuredType } from '../../src/model/schema-model.js';
import { MANIFEST_FILE, manifestText, parseManifest, readManifest } from '../../src/write/manifest.js';
import { summaryLines } from '../../src/write/manifest-summary.js';
import { readModel, type SavedModel } from '../support/model-file.js';
import { skipMessage, v1Present } from '../support/shared-corpus.js';

/** Issue 12: the manifest of the v1.0 output holds at most 1 MB. */
const MANIFEST_BUDGET_BYTES = 1_000_000;

const run = inject('v1Run');
if (!v1Present || !run) console.log(skipMessage('the v1.0 manifest'));

describe.skipIf(!v1Present || !run)('the v1.0 manifest', () => {
  const outDir = run?.outDir ?? '';

  it('holds at most 1 MB', () => {
    const bytes = statSync(path.join(outDir, MANIFEST_FILE)).size;
    console.log(`v1.0 ${MANIFEST_FILE}: ${bytes.toLocaleString('en-US')} bytes`);
    expect(bytes).toBeLessThanOrEqual(MANIFEST_BUDGET_BYTES);
  });

  it('keeps exactly the summary of the model behind the output', async () => {
    const model = readModel(outDir);
    const summary = (await readManifest(outDir))?.summary;
    expect(summary).toBeDefined();
    expect(summaryLines(summary!)).toEqual(summaryLines(model));
    expect(compareModels(summary!, model).changes).toEqual([]);
  });

  it('gives the changes the whole models give, after a few real edits', async () => {
    const before = readModel(outDir);
    const summary = (await readManifest(outDir))!.summary!;
    const after = structuredClone(before);
    const type = (name: string): StructuredType => after.types.find((item) => item.qualifiedName === `microsoft.graph.${name}`)!;
    // A property removed, one retyped, one made read-only; a base type changed; an enum member
    // removed; a response and an alternative path dropped; an operation removed.
    type('user').properties = type('user').properties.filter((property) => property.name !== 'mail');
    type('user').properties.find((property) => property.name === 'accountEnabled')!.type = { kind: 'primitive', edm: 'Edm.String' };
    type('group').properties.find((property) => property.name === 'displayName')!.readOnly = true;
    type('application').baseType = 'microsoft.graph.entity';
    after.enums[0]!.members.pop();
    const withAlternative = after.operations.find((operation) => (operation.alternatives?.length ?? 0) > 0)!;
    withAlternative.alternatives = withAlternative.alternatives!.slice(1);
    withAlternative.responses = [];
    after.operations.splice(after.operations.length - 1, 1);

    const fromModels = compareModels(before, after);
    expect(fromModels.changes.length).toBeGreaterThanOrEqual(8);
    expect(compareModels(summary, after)).toEqual(fromModels);
    expect(compareModels(summary, readBack(after))).toEqual(fromModels);
  });
});

function readBack(model: SavedModel): ModelSummary {
  return parseManifest(manifestText({ generator: 'graphdoc', version: '0.0.0-test', files: [], summary: model }))!.summary!;
}
