/**
 * The docs' own JSON examples (v1.0), each run through the generated validator of the type its
 * annotation names. Failures are classified per error (support/classify.ts): docs example
 * wrong, docs/metadata disagreement, or validator wrong; the test fails on any validator wrong.
 * Full listing: `.tmp/validators-examples-report.md`.
 */
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readCsdlFile } from '../conformance/csdl.js';
import { readModel } from '../support/model-file.js';
import { skipMessage, v1DocsDir, v1MetadataFile, v1Present } from '../support/shared-corpus.js';
import { CAUSE_TITLES, classifyError, type Cause, type Classified } from './support/classify.js';
import { readDocsExamples, type DocsExample } from './support/docs-examples.js';
import type { ReportedError } from './support/generated-module.js';
import { MetadataChecker } from './support/metadata-check.js';
import { ModelView } from './support/model-view.js';
import { OutputValidators } from './support/output-validators.js';
import { percent, tally, writeReport } from './support/report.js';

/** Failures shown per cause on the console; the report file has them all. */
const CONSOLE_CAP = 15;
const CAUSE_RANK: Record<Cause, number> = { 'example-wrong': 0, 'docs-metadata-disagreement': 1, 'validator-wrong': 2 };

interface Failure {
  example: DocsExample;
  errors: (ReportedError & Classified)[];
  /** The most serious cause among the errors. */
  cause: Cause;
}

const run = inject('v1Run');
if (!v1Present || !run) console.log(skipMessage('validators on the docs examples'));

describe.skipIf(!v1Present || !run)('the docs examples through the generated validators (v1.0)', () => {
  let model: ModelView;
  let metadata: MetadataChecker;
  let validators: OutputValidators;
  beforeAll(() => {
    model = new ModelView(readModel(run!.outDir));
    metadata = new MetadataChecker(readCsdlFile(v1MetadataFile));
    validators = new OutputValidators(run!.outDir);
  });

  it('accepts every example, except where the example or the docs tables are wrong', async () => {
    const examples = readDocsExamples(v1DocsDir);
    const skipped: string[] = [];
    const failures: Failure[] = [];
    const inconsistent: string[] = [];
    let passed = 0;
    let objects = 0;

    for (const example of examples) {
      const where = `${example.file}:${example.line}`;
      if (example.body === undefined) {
        skipped.push(example.skipped!);
        continue;
      }
      const type = model.type(example.odataType);
      const checks = type ? await validators.of(type.tsName) : undefined;
      if (!type || !checks) {
        skipped.push(`annotation names a type without a validator (${example.odataType.startsWith('Edm.') ? 'primitive' : 'not documented as a type'})`);
        continue;
      }
      const items = itemsOf(example);
      if (items === undefined) {
        skipped.push('collection example whose body has no "value" array');
        continue;
      }
      const errors: (ReportedError & Classified)[] = [];
      for (const [prefix, item] of items) {
        objects++;
        const found = checks.validate(item);
        if (checks.is(item) !== (found.length === 0)) inconsistent.push(`${where}${prefix}`);
        if (found.length === 0) continue;
        const findings = metadata.check(type.qualifiedName, item);
        for (const error of found) {
          errors.push({ ...error, path: `${prefix}${error.path}`, ...classifyError(error, item, type.qualifiedName, { model, metadata }, findings) });
        }
      }
      if (errors.length === 0) passed++;
      else failures.push({ example, errors, cause: errors.reduce<Cause>((worst, error) => (CAUSE_RANK[error.cause] > CAUSE_RANK[worst] ? error.cause : worst), 'example-wrong') });
    }

    const validated = passed + failures.length;
    const byCause = (cause: Cause): Failure[] => failures.filter((failure) => failure.cause === cause);
    const summary = [
      `Docs examples (v1.0): ${examples.length} annotated request/response examples naming a type; ${skipped.length} skipped:`,
      ...tally(skipped).map(([reason, count]) => `  ${count} ${reason}`),
      `Validated ${validated} examples (${objects} objects): ${passed} pass (${percent(passed, validated)}), ${failures.length} fail:`,
      ...(Object.keys(CAUSE_TITLES) as Cause[]).map((cause) => `  ${byCause(cause).length} ${CAUSE_TITLES[cause]}`),
      '(An example counts under the most serious cause among its errors; errors by cause:',
      ...tally(failures.flatMap((failure) => failure.errors.map((error) => error.cause))).map(([cause, count]) => `  ${count} ${cause}`),
      ')',
    ];
    const listing = (cap: number): string[] =>
      (Object.keys(CAUSE_TITLES) as Cause[]).reverse().flatMap((cause) => {
        const list = byCause(cause);
        if (list.length === 0) return [];
        return [
          '',
          `## ${CAUSE_TITLES[cause]}: ${list.length} examples`,
          ...list.slice(0, cap).flatMap((failure) => [
            `- ${failure.example.file}:${failure.example.line} (${failure.example.blockType}, ${failure.example.odataType})`,
            ...failure.errors.map((error) => `    ${error.path || '(root)'}: expected ${error.expected}, found ${error.found} [${error.cause}: ${error.detail}]`),
          ]),
          ...(list.length > cap ? [`  ... and ${list.length - cap} more`] : []),
        ];
      });
    const file = writeReport('validators-examples-report.md', [...summary, ...listing(Number.POSITIVE_INFINITY)]);
    console.log([...summary, ...listing(CONSOLE_CAP), `Full listing: ${file}`].join('\n'));

    expect(validated, 'examples validated').toBeGreaterThan(0);
    expect(passed, 'examples accepted').toBeGreaterThan(0);
    expect(inconsistent, 'examples where is() and validate() disagree').toEqual([]);
    expect(
      byCause('validator-wrong').map((failure) => `${failure.example.file}:${failure.example.line}`),
      'examples a validator rejects although docs and metadata agree they are fine',
    ).toEqual([]);
  });
});

/** The objects an example holds, each with the path prefix of its errors. */
function itemsOf(example: DocsExample): [string, unknown][] | undefined {
  const body = example.body;
  if (!example.collection) return [['', body]];
  if (Array.isArray(body)) return body.map((item, index) => [`/${index}`, item]);
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).value : undefined;
  return Array.isArray(value) ? value.map((item, index) => [`/value/${index}`, item]) : undefined;
}
