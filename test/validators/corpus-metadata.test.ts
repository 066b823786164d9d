/**
 * Payloads built from the v1.0 metadata, not from the docs (support/metadata-payloads.ts): one
 * valid payload per documented type that the metadata has, and mutations of it that no
 * validator may accept. Floors: 95% of valid payloads accepted, every mutation rejected.
 * Where docs and metadata disagree, rejections are classified and listed as such, and mutations
 * target only properties the docs define as the metadata does (the others are listed).
 * Full listing: `.tmp/validators-metadata-report.md`.
 */
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readCsdlFile } from '../conformance/csdl.js';
import { readModel } from '../support/model-file.js';
import { skipMessage, v1MetadataFile, v1Present } from '../support/shared-corpus.js';
import { docsAgree } from './support/agreement.js';
import { CAUSE_TITLES, classifyError, type Cause } from './support/classify.js';
import { MetadataChecker } from './support/metadata-check.js';
import { buildValidPayload, mutationsOf, type MutationKind } from './support/metadata-payloads.js';
import { ModelView } from './support/model-view.js';
import { OutputValidators } from './support/output-validators.js';
import { percent, tally, writeReport } from './support/report.js';

/** Minimum percentage of valid payloads accepted. */
const FLOOR_VALID_ACCEPTED = 95;
/** Minimum percentage of mutations rejected. */
const FLOOR_MUTATIONS_REJECTED = 100;
const CONSOLE_CAP = 20;

const run = inject('v1Run');
if (!v1Present || !run) console.log(skipMessage('validators on metadata payloads'));

describe.skipIf(!v1Present || !run)('payloads built from the v1.0 metadata through the generated validators', () => {
  let model: ModelView;
  let metadata: MetadataChecker;
  let validators: OutputValidators;
  beforeAll(() => {
    model = new ModelView(readModel(run!.outDir));
    metadata = new MetadataChecker(readCsdlFile(v1MetadataFile));
    validators = new OutputValidators(run!.outDir);
  });

  it(`accepts at least ${FLOOR_VALID_ACCEPTED}% of valid payloads and rejects every mutation`, async () => {
    const notInMetadata: string[] = [];
    const payloadsMetadataRejects: string[] = [];
    const rejected: { type: string; cause: Cause; lines: string[] }[] = [];
    const mutationFailures: string[] = [];
    const disagreements: { type: string; kind: MutationKind; properties: string[] }[] = [];
    const omitted: string[] = [];
    const inconsistent: string[] = [];
    let payloads = 0;
    let accepted = 0;
    let mutations = 0;
    let mutationsRejected = 0;
    const mutationKinds: MutationKind[] = [];

    for (const type of model.allTypes().sort((a, b) => (a.qualifiedName < b.qualifiedName ? -1 : 1))) {
      const csdlType = metadata.type(type.qualifiedName);
      const checks = await validators.of(type.tsName);
      if (!csdlType || !checks) {
        notInMetadata.push(type.qualifiedName);
        continue;
      }
      const valid = buildValidPayload(metadata, csdlType.qualifiedName);
      // The payload names the type as the docs spell it (the metadata may differ in case).
      valid.payload['@odata.type'] = `#${type.qualifiedName}`;
      omitted.push(...valid.omitted);
      if (metadata.check(csdlType.qualifiedName, valid.payload).length > 0) payloadsMetadataRejects.push(type.qualifiedName);
      payloads++;
      const errors = checks.validate(valid.payload);
      if (checks.is(valid.payload) !== (errors.length === 0)) inconsistent.push(type.qualifiedName);
      if (errors.length === 0) accepted++;
      else {
        const classified = errors.map((error) => ({ error, ...classifyError(error, valid.payload, type.qualifiedName, { model, metadata }, []) }));
        const cause: Cause = classified.some((entry) => entry.cause === 'validator-wrong') ? 'validator-wrong' : 'docs-metadata-disagreement';
        rejected.push({
          type: type.qualifiedName,
          cause,
          lines: classified.map(({ error, cause: errorCause, detail }) => `    ${error.path}: expected ${error.expected}, found ${error.found} [${errorCause}: ${detail}]`),
        });
      }

      const properties = model.properties(type.qualifiedName);
      const result = mutationsOf(metadata, valid, (property, kind) => docsAgree(model, metadata, properties.get(property.name), property, kind));
      disagreements.push(...result.disagreements.map((entry) => ({ type: type.qualifiedName, ...entry })));
      for (const mutation of result.mutations) {
        mutations++;
        mutationKinds.push(mutation.kind);
        const isRejected = !checks.is(mutation.value);
        const validateRejects = checks.validate(mutation.value).length > 0;
        if (isRejected !== validateRejects) inconsistent.push(`${type.qualifiedName} (${mutation.kind})`);
        if (isRejected) mutationsRejected++;
        else mutationFailures.push(`${type.qualifiedName}: ${mutation.kind}${mutation.property ? ` (${mutation.property})` : ''} accepted`);
      }
    }

    const byCause = (cause: Cause) => rejected.filter((entry) => entry.cause === cause);
    const summary = [
      `Metadata payloads (v1.0): ${payloads} documented types that the metadata has (${notInMetadata.length} documented types it lacks, not tested).`,
      `Valid payloads accepted: ${accepted} of ${payloads} (${percent(accepted, payloads)}; floor ${FLOOR_VALID_ACCEPTED}%). Rejected: ${rejected.length}:`,
      ...(['docs-metadata-disagreement', 'validator-wrong'] as Cause[]).map((cause) => `  ${byCause(cause).length} ${CAUSE_TITLES[cause]}`),
      `  (properties left out of payloads because their type recurses: ${omitted.length})`,
      `Mutations rejected: ${mutationsRejected} of ${mutations} (${percent(mutationsRejected, mutations)}; floor ${FLOOR_MUTATIONS_REJECTED}%), by kind:`,
      ...tally(mutationKinds).map(([kind, count]) => `  ${count} ${kind}`),
      `Mutations not made because no candidate property is defined by the docs as by the metadata (docs/metadata disagreements): ${disagreements.length}, by kind:`,
      ...tally(disagreements.map((entry) => entry.kind)).map(([kind, count]) => `  ${count} ${kind}`),
    ];
    const details = (cap: number): string[] => [
      ...rejected.slice(0, cap).flatMap((entry) => [`- rejected valid payload of ${entry.type} (${entry.cause})`, ...entry.lines]),
      ...(rejected.length > cap ? [`  ... and ${rejected.length - cap} more`] : []),
      ...mutationFailures.slice(0, cap).map((line) => `- MUTATION ACCEPTED: ${line}`),
      ...disagreements.slice(0, cap).map((entry) => `- no mutation "${entry.kind}" for ${entry.type}: docs differ from the metadata on ${entry.properties.join(', ')}`),
      ...(disagreements.length > cap ? [`  ... and ${disagreements.length - cap} more`] : []),
    ];
    const file = writeReport('validators-metadata-report.md', [...summary, '', ...details(Number.POSITIVE_INFINITY), '', 'Documented types the metadata lacks:', ...notInMetadata]);
    console.log([...summary, ...details(CONSOLE_CAP), `Full listing: ${file}`].join('\n'));

    expect(payloads, 'payloads built').toBeGreaterThan(0);
    expect(payloadsMetadataRejects, 'payloads the metadata itself rejects (a payload builder bug)').toEqual([]);
    expect(inconsistent, 'where is() and validate() disagree').toEqual([]);
    expect((accepted / payloads) * 100, 'valid payloads accepted, %').toBeGreaterThanOrEqual(FLOOR_VALID_ACCEPTED);
    expect(byCause('validator-wrong').map((entry) => entry.type), 'valid payloads rejected although docs and metadata agree').toEqual([]);
    expect((mutationsRejected / mutations) * 100, 'mutations rejected, %').toBeGreaterThanOrEqual(FLOOR_MUTATIONS_REJECTED);
    expect(mutationFailures, 'mutations accepted').toEqual([]);
  });
});
