/**
 * A new user's first steps, from the package as npm would install it: `npm pack` (which builds
 * through `prepare`, as an install from git does), installed into a fresh project, then
 * `graphdoc init` and `npm run generate` on a copy of the fixture docs.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe('graphdoc as a new user installs it', () => {
  const temp = makeTempDir('install');
  const project = path.join(temp.dir, 'app');
  let tarball: string;
  beforeAll(async () => {
    const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', temp.dir], { cwd: repoRoot, maxBuffer: 1 << 26 });
    tarball = path.join(temp.dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    cpSync(path.join(repoRoot, 'fixtures', 'docs'), path.join(project, 'docs'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2)}\n`);
    // From npm's cache where it has them (this repository's own install filled it), else the registry.
    await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', tarball], { cwd: project, maxBuffer: 1 << 26 });
  }, 300_000);
  afterAll(temp.remove);

  it('packs a built graphdoc: its commands run from the package', async () => {
    const { stdout } = await run('npx', ['--no-install', 'graphdoc', '--version'], { cwd: project });
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it('sets a project up with graphdoc init, and npm run generate writes the output', async () => {
    const init = await run('npx', ['--no-install', 'graphdoc', 'init', '--docs', 'docs'], { cwd: project });
    expect(init.stderr.split('\n')[0]).toBe('graphdoc: wrote graphdoc.config.json: docs docs, out src/graph');
    const generated = await run(npm, ['run', '--silent', 'generate'], { cwd: project });
    expect(generated.stderr).toMatch(/graphdoc: 30 pages → 11 types/);
    expect(existsSync(path.join(project, 'src', 'graph', 'index.ts'))).toBe(true);
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', "const v = await import('./src/graph/validators.js'); console.log(v.isWidget({ id: 'w1' }), v.isWidget({ id: 1 }));"], { cwd: project });
    expect(stdout.trim()).toBe('true false');
  });
});
