/** A config file's "diagnostics" changes a code's severity or turns it off, for check and generate alike. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';
import { makeTempDir } from '../support/temp-dir.js';
import { checkDocs } from './support.js';

const temp = makeTempDir('check-severities');
afterAll(temp.remove);
const output = captureOutput();

function config(name: string, diagnostics: unknown): string {
  const file = path.join(temp.dir, name);
  writeFileSync(file, JSON.stringify({ docs: [checkDocs], out: 'out', diagnostics }));
  return file;
}

describe('severities from the config file', () => {
  it('turns a code off', async () => {
    await main(['check', '--config', config('off.json', { 'placeholder-value': 'off' }), '--no-cache', '--threads', '1'], temp.dir);
    expect(output.stdout).not.toContain('placeholder-value');
  });

  it('makes a warning an error, which fails the check', async () => {
    const file = config('error.json', { 'todo-placeholder': 'error', 'example-value-invalid': 'warning', 'request-url-invalid': 'off', 'link-broken': 'off', 'anchor-broken': 'off', 'request-body-required-missing': 'off' });
    expect(await main(['check', '--config', file, '--no-cache', '--threads', '1'], temp.dir)).toBe(1);
    expect(output.stderr).toMatch(/errors fail the check: 1 finding:\n .*gizmo-get-todo\.md:20:16 error todo-placeholder:/);
  });

  it('rejects a code the catalogue does not have, exit 2', async () => {
    expect(await main(['check', '--config', config('bad.json', { 'placeholder-values': 'off' }), '--no-cache'], temp.dir)).toBe(2);
    expect(output.stderr).toContain('"diagnostics" names "placeholder-values", which is no graphdoc code');
  });

  it('applies to generate too', async () => {
    const file = config('generate.json', { 'request-block-contradicted': 'off' });
    await main(['generate', '--config', file, '--no-cache'], temp.dir);
    expect(output.stderr).not.toContain('request-block-contradicted');
  });
});

describe('generate --strict', () => {
  it('names the errors that failed it, also with --quiet', async () => {
    const docs = path.join(checkDocs, '..', '..', 'docs');
    expect(await main(['generate', '--docs', docs, '--out', path.join(temp.dir, 'strict'), '--no-cache', '--strict', '--quiet'], temp.dir)).toBe(1);
    expect(output.stderr).toMatch(/graphdoc: --strict fails on errors: 1 finding:\n {2}\S*resources\/widgetowner\.md:20:1 error unresolved-type:/);
  });

  it('counts in its summary line only what it shows', async () => {
    const docs = path.join(checkDocs, '..', '..', 'docs');
    await main(['generate', '--docs', docs, '--out', path.join(temp.dir, 'counts'), '--no-cache'], temp.dir);
    const shown = output.stderr.split('\n').filter((line) => / (error|warning|info) [a-z-]+: /.test(line)).length;
    const summary = /; (\d+) errors?, (\d+) warnings?(?:, (\d+) info)?/.exec(output.stderr);
    expect(Number(summary?.[1]) + Number(summary?.[2]) + Number(summary?.[3] ?? 0)).toBe(shown);
  });
});
