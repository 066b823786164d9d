/**
 * graphdoc check on the real v1.0 docs: the examples by outcome, the findings by code, and the
 * precision of the value errors: the share the service metadata confirms, decided per error as
 * the validators' conformance test decides it (`test/validators/support/classify.ts`: the
 * metadata rejects the value too). Floor: 90%. The unconfirmed ones are listed by cause in
 * `.tmp/check-v1-report.md`. Skipped where the shared docs are absent.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { check, type CheckResult } from '../../src/check/check.js';
import type { ExampleError } from '../../src/check/example-checks.js';
import type { Operation } from '../../src/model/operations/operation-model.js';
import { readCsdlFile } from '../conformance/csdl.js';
import { skipMessage, v1DocsDir, v1MetadataFile, v1Present } from '../support/shared-corpus.js';
import { classifyError, type Classified } from '../validators/support/classify.js';
import { MetadataChecker } from '../validators/support/metadata-check.js';
import { ModelView } from '../validators/support/model-view.js';
import { percent, tally, writeReport } from '../validators/support/report.js';

const PRECISION_FLOOR = 0.9;
const run = inject('v1Run');
if (!v1Present || !run) console.log(skipMessage('graphdoc check on v1.0'));

/** A value error: a value the validators rejected (a placeholder among them), not a missing property or an unexpected body. */
const VALUE_CODES = new Set(['example-value-invalid', 'placeholder-value']);

describe.skipIf(!v1Present || !run)('graphdoc check on the v1.0 docs', () => {
  let result: CheckResult;
  let judged: { error: ExampleError; where: string; verdict: Classified | { cause: 'not judged'; detail: string } }[];

  beforeAll(async () => {
    // The page cache the global setup's generate filled: check reads the docs as generate does.
    result = await check({ docs: [v1DocsDir] });
    const model = new ModelView(result.model);
    const operations = new Map(result.model.operations.map((operation) => [operation.id, operation]));
    const metadata = new MetadataChecker(readCsdlFile(v1MetadataFile));
    judged = result.examples.flatMap((example) =>
      example.errors
        .filter((error) => VALUE_CODES.has(error.code))
        .map((error) => {
          const where = `${example.file}:${example.line}`;
          const root = error.rootType ? { type: error.rootType, item: error.item, path: error.path.slice(error.prefix.length) } : parameterRoot(error, operations.get(example.against ?? ''));
          if (!root) return { error, where, verdict: { cause: 'not judged' as const, detail: `a parameter of ${example.against} that is not an object of a documented type; the metadata's types cannot judge it` } };
          return { error, where, verdict: classifyError({ ...error, path: root.path }, root.item, root.type, { model, metadata }, metadata.check(root.type, root.item)) };
        }),
    );
    const confirmed = judged.filter((entry) => entry.verdict.cause === 'example-wrong').length;
    const unconfirmed = judged.filter((entry) => entry.verdict.cause !== 'example-wrong');
    const judgeable = judged.filter((entry) => entry.verdict.cause !== 'not judged').length;
    const lines = [
      `graphdoc check, v1.0 (${result.stats.pages} pages, ${(result.stats.milliseconds / 1000).toFixed(1)} s): ${result.examples.length} request and response examples`,
      ...tally(result.examples.map((example) => example.outcome)).map(([outcome, count]) => `  ${count} ${outcome}`),
      `Findings by code (${result.diagnostics.length}):`,
      ...tally(result.diagnostics.map((diagnostic) => `${diagnostic.code} (${diagnostic.severity})`)).map(([code, count]) => `  ${count} ${code}`),
      `Value errors: ${judged.length}; the metadata can judge ${judgeable}, and confirms ${confirmed} of them (${percent(confirmed, judgeable)}, floor ${PRECISION_FLOOR * 100}%); unconfirmed by cause:`,
      ...tally(unconfirmed.map((entry) => entry.verdict.cause)).map(([cause, count]) => `  ${count} ${cause}`),
    ];
    const listing = unconfirmed.map((entry) => `- ${entry.where} ${entry.error.path}: expected ${entry.error.expected}, found ${entry.error.found} [${entry.verdict.cause}: ${entry.verdict.detail}]`);
    const file = writeReport('check-v1-report.md', [...lines, '', '## Unconfirmed value errors', ...listing]);
    console.log([...lines, `Unconfirmed, each with its cause: ${file}`].join('\n'));
  });

  it('checks examples, and finds most of them valid', () => {
    const valid = result.examples.filter((example) => example.outcome === 'valid').length;
    const invalid = result.examples.filter((example) => example.outcome === 'invalid').length;
    expect(valid).toBeGreaterThan(invalid);
  });

  it(`reports value errors the service metadata confirms, ${PRECISION_FLOOR * 100}% of those it can judge at least`, () => {
    const judgeable = judged.filter((entry) => entry.verdict.cause !== 'not judged');
    const confirmed = judgeable.filter((entry) => entry.verdict.cause === 'example-wrong').length;
    expect(judgeable.length).toBeGreaterThan(0);
    expect(confirmed / judgeable.length).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it('rejects no value that docs and metadata agree is fine', () => {
    expect(judged.filter((entry) => entry.verdict.cause === 'validator-wrong').map((entry) => `${entry.where} ${entry.error.path}`)).toEqual([]);
  });
});

/**
 * For an error in an action's parameters (`/mediaConfig/@odata.type`), the parameter's value as
 * the item to judge, where the docs type it as an object of a documented type: the metadata
 * knows that type, if not the action. Undefined for a primitive, enum or Json parameter.
 */
function parameterRoot(error: ExampleError, operation: Operation | undefined): { type: string; item: unknown; path: string } | undefined {
  if (operation?.requestBody.kind !== 'parameters') return undefined;
  const [name = '', ...rest] = error.path.slice(1).split('/');
  const parameter = operation.requestBody.parameters.find((candidate) => candidate.name === name);
  if (parameter?.type.kind !== 'type') return undefined;
  let item = (error.item as Record<string, unknown> | undefined)?.[name];
  if (parameter.collection) {
    const index = rest.shift();
    item = Array.isArray(item) ? item[Number(index)] : undefined;
  }
  return item === undefined ? undefined : { type: parameter.type.type, item, path: rest.length > 0 ? `/${rest.join('/')}` : '' };
}
