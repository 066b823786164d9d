/** `graphdoc init`: a config file and the generate script, overwriting nothing. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../support/capture-output.js';
import { makeTempDir } from '../support/temp-dir.js';

const temp = makeTempDir('init');
afterAll(temp.remove);
const output = captureOutput();

let projects = 0;
function project(packageJson: object | undefined, folders: string[] = []): string {
  const dir = path.join(temp.dir, `p${projects++}`);
  mkdirSync(dir, { recursive: true });
  if (packageJson) writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 4)}\n`);
  for (const folder of folders) mkdirSync(path.join(dir, folder), { recursive: true });
  return dir;
}

describe('graphdoc init', () => {
  it('writes graphdoc.config.json and adds the generate script, keeping package.json as it was written', async () => {
    const dir = project({ name: 'app', scripts: { test: 'vitest' } }, ['api-reference/v1.0']);
    expect(await main(['init'], dir)).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'graphdoc.config.json'), 'utf8'))).toEqual({ docs: ['api-reference/v1.0'], out: 'src/graph' });
    const manifest = readFileSync(path.join(dir, 'package.json'), 'utf8');
    expect(JSON.parse(manifest)).toEqual({ name: 'app', scripts: { test: 'vitest', generate: 'graphdoc generate' } });
    expect(manifest).toContain('\n    "scripts"');
    expect(output.stderr.split('\n')[0]).toBe('graphdoc: wrote graphdoc.config.json: docs api-reference/v1.0, out src/graph');
  });

  it('takes --docs and --out, and keeps a generate script of the project own', async () => {
    const dir = project({ name: 'app', scripts: { generate: 'make all' } });
    expect(await main(['init', '--docs', 'reference', '--out', 'types'], dir)).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'graphdoc.config.json'), 'utf8'))).toEqual({ docs: ['reference'], out: 'types' });
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).scripts.generate).toBe('make all');
    expect(output.stderr).toContain('kept package.json\'s own "generate" script (make all)');
  });

  it('overwrites no config file, and needs a package.json, exit 2', async () => {
    const dir = project({ name: 'app' });
    expect(await main(['init'], dir)).toBe(0);
    output.stderr = '';
    expect(await main(['init'], dir)).toBe(2);
    expect(output.stderr.split('\n')[0]).toBe(`graphdoc: graphdoc.config.json exists already in ${dir}: edit it, or remove it to start again`);
    output.stderr = '';
    expect(await main(['init'], project(undefined))).toBe(2);
    expect(output.stderr.split('\n')[0]).toMatch(/^graphdoc: no package\.json in .*: run "npm init" first/);
  });
});
