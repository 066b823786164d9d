/**
 * A new user's first steps, from the package as npm would install it: `npm pack` (which builds
 * through `prepare`, as an install from git does), then the README's quick start, command by
 * command, in a fresh project with a copy of the fixture docs: the install (of the packed
 * tarball, where the README names the git repository), `graphdoc init`, `npm run generate`.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excerptMismatch, readmeBlock } from '../support/readme.js';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The quick start's commands: an `npm install --save-dev <graphdoc>`, then the commands after it. */
const [install, ...commands] = readmeBlock('quickstart').value.split('\n').filter((line) => line.trim() !== '');
/** A run's time, which no two runs share. */
const withoutTime = (text: string): string => text.replace(/; \d+\.\d s$/gm, '; N s');

describe('graphdoc as a new user installs it', () => {
  const temp = makeTempDir('install');
  const project = path.join(temp.dir, 'app');
  let tarball: string;
  beforeAll(async () => {
    const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', temp.dir], { cwd: repoRoot, maxBuffer: 1 << 26 });
    tarball = path.join(temp.dir, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
    cpSync(path.join(repoRoot, 'fixtures', 'docs'), path.join(project, 'docs'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2)}\n`);
    expect(install).toMatch(/^npm install --save-dev \S+$/);
    // From npm's cache where it has them (this repository's own install filled it), else the registry.
    await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-dev', tarball], { cwd: project, maxBuffer: 1 << 26 });
  }, 300_000);
  afterAll(temp.remove);

  it('packs a built graphdoc: its commands run from the package', async () => {
    const { stdout } = await run('npx', ['--no-install', 'graphdoc', '--version'], { cwd: project });
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });

  it("runs the README's quick start as it says: init, then npm run generate prints what the README shows", async () => {
    let printed = '';
    for (const command of commands) {
      const { stdout, stderr } = await run('sh', ['-c', command], { cwd: project, maxBuffer: 1 << 26 });
      printed += stdout + stderr;
    }
    expect(existsSync(path.join(project, 'graphdoc.config.json'))).toBe(true);
    expect((JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['generate']).toBe('graphdoc generate');
    expect(excerptMismatch(withoutTime(readmeBlock('output', 'quickstart').value), withoutTime(printed))).toBeUndefined();
    expect(existsSync(path.join(project, 'src', 'graph', 'index.ts'))).toBe(true);
    const { stdout } = await run(process.execPath, ['--input-type=module', '--eval', "const v = await import('./src/graph/validators.js'); console.log(v.isWidget({ id: 'w1' }), v.isWidget({ id: 1 }));"], { cwd: project });
    expect(stdout.trim()).toBe('true false');
  });
});
