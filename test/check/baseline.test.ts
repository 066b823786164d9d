/** The baseline: known findings left out and counted, new ones reported, by check and by generate. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { baselineText, withoutKnown } from '../../src/diagnostics/baseline.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { captureOutput } from '../support/capture-output.js';
import { makeTempDir } from '../support/temp-dir.js';
import { EXPECTED, checkDocs } from './support.js';

const finding = (file: string, line: number, message = '/size: expected GizmoSize, found string "huge"'): Diagnostic => ({
  code: 'example-value-invalid',
  severity: 'error',
  message,
  source: { file, line, column: 3 },
});
const baselineOf = (diagnostics: Diagnostic[]) => JSON.parse(baselineText(diagnostics)) as Parameters<typeof withoutKnown>[1];

describe('withoutKnown', () => {
  it('takes a finding that moved to another line as known', () => {
    expect(withoutKnown([finding('api/a.md', 40)], baselineOf([finding('api/a.md', 12)]))).toEqual({ diagnostics: [], known: 1 });
  });

  it('reports one more of a finding than the baseline counts, the last on the page', () => {
    expect(withoutKnown([finding('api/a.md', 12), finding('api/a.md', 30)], baselineOf([finding('api/a.md', 12)]))).toEqual({ diagnostics: [finding('api/a.md', 30)], known: 1 });
  });

  it('reports the same finding on another page as new', () => {
    expect(withoutKnown([finding('api/b.md', 12)], baselineOf([finding('api/a.md', 12)])).diagnostics).toEqual([finding('api/b.md', 12)]);
  });

  it('reports a finding whose message changed (another value) as new', () => {
    const changed = finding('api/a.md', 12, '/size: expected GizmoSize, found string "vast"');
    expect(withoutKnown([changed], baselineOf([finding('api/a.md', 12)])).diagnostics).toEqual([changed]);
  });
});

describe('graphdoc baseline, then check and generate', () => {
  const temp = makeTempDir('check-baseline');
  afterAll(temp.remove);
  const output = captureOutput();
  const docs = path.join(temp.dir, 'docs');
  const baseline = path.join(temp.dir, 'graphdoc-baseline.json');
  cpSync(checkDocs, docs, { recursive: true });
  const checkArgs = ['check', '--docs', docs, '--no-cache', '--threads', '1', '--baseline', baseline];

  it('writes every finding of the docs to the baseline file', async () => {
    expect(await main(['baseline', '--docs', docs, '--no-cache', '--threads', '1', '--baseline', baseline], temp.dir)).toBe(0);
    const written = JSON.parse(readFileSync(baseline, 'utf8')) as { findings: Record<string, { code: string }[]> };
    expect(Object.entries(written.findings).flatMap(([page, findings]) => findings.map((f) => `${page} ${f.code}`))).toEqual(EXPECTED.map((e) => `${e.page} ${e.code}`));
  });

  it('check then reports nothing, exits 0, and says how many known findings it left out', async () => {
    expect(await main(checkArgs, temp.dir)).toBe(0);
    expect(output.stdout).toBe('');
    expect(output.stderr).toContain(`0 errors, 0 warnings; ${EXPECTED.length} known findings left out (graphdoc-baseline.json)`);
  });

  it('check reports a new mistake alone', async () => {
    const page = path.join(docs, 'api', 'gizmo-get.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('"weight": 250', '"weight": "250"'));
    expect(await main(checkArgs, temp.dir)).toBe(1);
    expect(output.stdout).toBe('docs/api/gizmo-get.md:63:13 error example-value-invalid: /weight: expected Int32 or null, found string "250"\n');
  });

  it('generate leaves out the findings the baseline holds, and says so', async () => {
    expect(await main(['generate', '--docs', docs, '--out', path.join(temp.dir, 'out'), '--no-cache', '--baseline', baseline], temp.dir)).toBe(0);
    expect(output.stderr).not.toContain('request-block-contradicted');
    expect(output.stderr).toMatch(/1 known finding left out \(graphdoc-baseline\.json\)/);
  });
});
