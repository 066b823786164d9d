/**
 * `graphdoc check --format text | json | github | sarif` on the one-mistake pages: every format
 * places each finding at the same page, line and column with the same code and message, and the
 * SARIF log is valid against the pinned SARIF 2.1.0 schema.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';
import { repoRoot } from '../support/shared-corpus.js';
import { EXPECTED, checkDocs } from './support.js';

const output = captureOutput();
const pathOf = (page: string): string => path.relative(repoRoot, path.join(checkDocs, page)).split(path.sep).join('/');
const run = (format: string): Promise<number> => main(['check', '--docs', checkDocs, '--no-cache', '--threads', '1', '--format', format], repoRoot);

describe('graphdoc check output formats', () => {
  it('text: one line per finding, path:line:column severity code: message, exit 1 on errors', async () => {
    expect(await run('text')).toBe(1);
    const expected = EXPECTED.map((e) => `${pathOf(e.page)}:${e.line}:${e.column} ${e.severity} ${e.code}: ${e.message}`);
    expect(output.stdout.trimEnd().split('\n')).toEqual(expected);
  });

  it('text: the summary counts the findings it shows, and the errors that fail the run are named', async () => {
    await run('text');
    expect(output.stderr).toMatch(/graphdoc check: 16 pages checked, \d+ examples \(\d+ valid, \d+ invalid.*\); 6 errors, 6 warnings; /);
    expect(output.stderr).toContain(`graphdoc: errors fail the check: 6 findings:\n  ${pathOf('api/gizmo-get-base-url.md')}:46:5 error request-url-invalid:`);
  });

  it('json: each finding with its page, path, line, column, severity, code and message', async () => {
    expect(await run('json')).toBe(1);
    const report = JSON.parse(output.stdout) as { diagnostics: { code: string; severity: string; message: string; source: { file: string; line: number; column: number; path: string } }[] };
    expect(report.diagnostics.map((d) => ({ page: d.source.file, line: d.source.line, column: d.source.column, severity: d.severity, code: d.code, message: d.message, path: d.source.path }))).toEqual(
      EXPECTED.map((e) => ({ ...e, path: pathOf(e.page) })),
    );
  });

  it('github: one workflow command per finding, escaped, at the same places', async () => {
    expect(await run('github')).toBe(1);
    const command = { error: 'error', warning: 'warning', info: 'notice' };
    const escape = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const expected = EXPECTED.map((e) => `::${command[e.severity]} file=${escape(pathOf(e.page)).replace(/:/g, '%3A').replace(/,/g, '%2C')},line=${e.line},col=${e.column},title=${e.code}::${escape(e.message)}`);
    expect(output.stdout.trimEnd().split('\n')).toEqual(expected);
  });

  it('sarif: a SARIF 2.1.0 log valid against the schema', async () => {
    expect(await run('sarif')).toBe(1);
    const schema = createRequire(import.meta.url)('./sarif/sarif-2.1.0-rtm.5.json') as object;
    // The schema's language pattern (`^[a-zA-Z]{2}|...]?$`) is not valid with the u flag.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    formats.default(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(JSON.parse(output.stdout));
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('sarif: one result per finding, its rule, level and region as in the other formats', async () => {
    await run('sarif');
    interface Result {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
    }
    const log = JSON.parse(output.stdout) as { runs: { results: Result[]; tool: { driver: { rules: { id: string }[] } } }[] };
    const level = { error: 'error', warning: 'warning', info: 'note' };
    expect(
      log.runs[0]!.results.map((r) => ({ code: r.ruleId, level: r.level, message: r.message.text, uri: r.locations[0]!.physicalLocation.artifactLocation.uri, ...r.locations[0]!.physicalLocation.region })),
    ).toEqual(EXPECTED.map((e) => ({ code: e.code, level: level[e.severity], message: e.message, uri: pathOf(e.page), startLine: e.line, startColumn: e.column })));
  });
});
