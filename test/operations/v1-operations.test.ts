/**
 * Operations on the real Microsoft Graph v1.0 docs (`../shared/graph-docs/v1.0`), generated
 * once by the global setup: the share of API pages that yield an operation, the share of
 * operations whose request body (where the method takes one) and success response are typed by
 * generated types, the pages that yield none by cause. Skipped, with a message, where the docs
 * are absent. The full listing goes to `<repo>/.tmp/operations-report.md`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatPosition } from '../../src/diagnostics/diagnostic.js';
import type { Operation } from '../../src/model/operations/operation-model.js';
import { parsePage } from '../../src/parse/page.js';
import { readModel } from '../support/model-file.js';
import { repoRoot, skipMessage, v1DocsDir, v1Present } from '../support/shared-corpus.js';
import { formatFigure, groupBy, measureCoverage, percentage, type Coverage } from './support/coverage.js';
import { runtimeExports } from './support/runtime-exports.js';

/** Minimum percentages; the test fails below either. */
const FLOOR_PAGES_WITH_OPERATION = 97;
const FLOOR_BOTH_ENDS_RESOLVED = 90;

/** Items shown per group on the console; the report file has them all. */
const CONSOLE_CAP = 8;
const reportFile = path.join(repoRoot, '.tmp', 'operations-report.md');

if (!v1Present) console.log(skipMessage('v1.0 operations'));

describe.skipIf(!v1Present)('v1.0 operations (../shared/graph-docs)', () => {
  it('most API pages yield an operation, and most operations are typed at both ends', () => {
    const run = inject('v1Run');
    if (run === null) {
      console.log(skipMessage('v1.0 operations'));
      return;
    }
    const model = readModel(run.outDir);
    const apiPages = readdirSync(path.join(v1DocsDir, 'api'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `api/${name}`);
    const coverage = measureCoverage(model, apiPages);
    const report = formatReport(coverage, model.operations.length);
    mkdirSync(path.dirname(reportFile), { recursive: true });
    writeFileSync(reportFile, report.join('\n') + '\n');
    console.log([...formatReport(coverage, model.operations.length, CONSOLE_CAP), `Full listing: ${reportFile}`].join('\n'));

    // `index.ts` re-exports the models, the runtime and operations.ts: one name in two breaks it.
    const declared = [...runtimeExports(), 'GraphOperations', ...bodyTypeNames(model.operations)];
    expect([...model.types, ...model.enums].map((item) => item.tsName).filter((name) => declared.includes(name)), 'model names the runtime or operations.ts also declares').toEqual([]);

    expect(percentage(coverage.pagesWithOperation), 'share of API pages with an operation').toBeGreaterThanOrEqual(FLOOR_PAGES_WITH_OPERATION);
    expect(percentage(coverage.bothEndsResolved), 'share of operations typed at both ends').toBeGreaterThanOrEqual(FLOOR_BOTH_ENDS_RESOLVED);
  });
});

function bodyTypeNames(operations: readonly Operation[]): string[] {
  return operations.flatMap((operation) => (operation.requestBody.kind === 'parameters' ? [operation.requestBody.tsName] : []));
}

/**
 * Why a page yields no operation, in the generator's own words: the page reader's
 * `operation-not-found` diagnostic, or the kind of page it took the page for.
 */
function causeOf(file: string): string {
  const facts = parsePage(file, readFileSync(path.join(v1DocsDir, file), 'utf8'));
  if (facts.kind !== 'api') return `read as a ${facts.kind} page (doc_type "${facts.frontMatter.docType ?? ''}"), not an API page`;
  const diagnostic = facts.diagnostics.find((d) => d.code === 'operation-not-found');
  return diagnostic?.message ?? 'operations read, none kept in the model';
}

function formatReport(coverage: Coverage, operations: number, cap = Infinity): string[] {
  const lines = [
    '# Operations on v1.0',
    '',
    formatFigure('API pages with an operation', coverage.pagesWithOperation) + `  [floor ${FLOOR_PAGES_WITH_OPERATION}%]`,
    formatFigure('operations typed at both ends', coverage.bothEndsResolved) + `  [floor ${FLOOR_BOTH_ENDS_RESOLVED}%]`,
    formatFigure('  request body typed (or none taken)', coverage.bodyResolved),
    formatFigure('  success response typed', coverage.responseResolved),
    `${operations} operations in all.`,
    '',
    `## API pages without an operation (${coverage.pagesWithout.length}), by cause`,
  ];
  for (const [cause, pages] of groupBy(coverage.pagesWithout.map((file) => ({ file, cause: causeOf(file) })), (item) => item.cause)) {
    lines.push('', `### ${cause} (${pages.length})`, ...pages.slice(0, cap).map((page) => `- ${page.file}`));
    if (pages.length > cap) lines.push(`- ... ${pages.length - cap} more`);
  }
  lines.push('', `## Operations not typed at both ends (${coverage.unresolved.length}), by reason`);
  const reasons = coverage.unresolved.flatMap(({ operation, reasons }) => reasons.map((reason) => ({ operation, reason: generalised(reason) })));
  for (const [reason, items] of groupBy(reasons, (item) => item.reason)) {
    lines.push('', `### ${reason} (${items.length})`, ...items.slice(0, cap).map(({ operation }) => `- ${operation.method} ${operation.path} (${formatPosition(operation.source)})`));
    if (items.length > cap) lines.push(`- ... ${items.length - cap} more`);
  }
  return lines;
}

/** A reason without the names and numbers in it, to group like with like. */
function generalised(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/\([^)]*\)/g, '(…)').replace(/\b\d{3}\b/g, 'NNN').replace(/\b[\w.]+ is not a generated/, 'X is not a generated');
}
