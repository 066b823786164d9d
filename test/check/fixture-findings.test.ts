/**
 * graphdoc check on pages with one mistake each: each gives exactly its one finding, at the
 * offending value's line and column; the clean pages give none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckResult } from '../../src/check/check.js';
import { CLEAN, EXPECTED, checkDocs } from './support.js';

describe('graphdoc check on one mistake a page', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check({ docs: [checkDocs], cacheDir: false, threads: 1 });
  });

  const findingsOf = (page: string) =>
    result.diagnostics.filter((diagnostic) => diagnostic.source.file === page).map(({ source, severity, code, message }) => ({ page: source.file, line: source.line, column: source.column, severity, code, message }));

  it.each(EXPECTED.map((expected) => [expected.page, expected] as const))('reports the one mistake of %s, at the value', (page, expected) => {
    expect(findingsOf(page)).toEqual([expected]);
  });

  it.each(CLEAN)('reports nothing on %s', (page) => {
    expect(findingsOf(page)).toEqual([]);
  });

  it('checks the pages given alone, against the model of the whole docs', async () => {
    const one = await check({ docs: [checkDocs], pages: ['api/gizmo-get-enum-member.md'], cacheDir: false, threads: 1 });
    expect(one.diagnostics.map((diagnostic) => `${diagnostic.source.file}:${diagnostic.source.line} ${diagnostic.code}`)).toEqual(['api/gizmo-get-enum-member.md:62 example-value-invalid']);
  });
});
