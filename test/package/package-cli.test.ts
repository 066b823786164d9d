/** `--emit` and `--package-name` through the `graphdoc` command: files, ownership, --check, config, usage errors. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { generate } from '../../src/generate.js';
import { repoRoot } from '../support/shared-corpus.js';
import { listFiles, makeTempDir } from '../support/temp-dir.js';
import { captureOutput } from '../support/capture-output.js';

const fixtures = path.join(repoRoot, 'fixtures', 'docs');
const temp = makeTempDir('package-cli');
afterAll(temp.remove);
const dir = (name: string): string => path.join(temp.dir, name);

const output = captureOutput();

function manifestFiles(out: string): string[] {
  return (JSON.parse(readFileSync(path.join(out, 'graphdoc-manifest.json'), 'utf8')) as { files: string[] }).files;
}

describe('graphdoc generate --emit and --package-name', () => {
  it('switches between ts and js output, owning package.json, and --check follows the mode', async () => {
    const out = dir('switch');
    const cache = ['--cache-dir', dir('switch-cache')];
    const js = ['--emit', 'js', '--package-name', '@example/widgets'];
    expect(await main(['generate', '--docs', fixtures, '--out', out, '--quiet', ...cache])).toBe(0);
    expect(existsSync(path.join(out, 'models.ts'))).toBe(true);
    expect(existsSync(path.join(out, 'validators', 'Widget.js'))).toBe(true);

    // Same docs, same cache: the settings changed, so this is no "nothing changed" run.
    expect(await main(['generate', '--docs', fixtures, '--out', out, '--quiet', ...cache, ...js])).toBe(0);
    const files = listFiles(out);
    expect(files).toEqual(expect.arrayContaining(['models.js', 'models.d.ts', 'index.js', 'index.d.ts', 'validators/Widget.js', 'validators/Widget.d.ts']));
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    expect(manifestFiles(out)).toContain('package.json');

    output.stderr = '';
    expect(await main(['generate', '--docs', fixtures, '--out', out, '--check', ...cache, ...js])).toBe(0);
    expect(output.stderr).toContain('is up to date');
    expect(await main(['generate', '--docs', fixtures, '--out', out, '--check', ...cache])).toBe(1);
    expect(output.stderr).toMatch(/^ {2}index\.ts$/m);
    expect(output.stderr).toMatch(/^ {2}package\.json$/m);

    // Dropping the flags removes what only they produced.
    expect(await main(['generate', '--docs', fixtures, '--out', out, '--quiet', ...cache])).toBe(0);
    expect(existsSync(path.join(out, 'package.json'))).toBe(false);
    expect(existsSync(path.join(out, 'models.js'))).toBe(false);
    expect(existsSync(path.join(out, 'models.ts'))).toBe(true);
  });

  it('reads emit and packageName from the config file, and flags win', async () => {
    const project = dir('project');
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'graphdoc.config.json'), JSON.stringify({ docs: [path.relative(project, fixtures)], out: 'types', emit: 'js', packageName: 'widgets' }));
    expect(await main(['generate', '--quiet', '--no-cache'], project)).toBe(0);
    expect(existsSync(path.join(project, 'types', 'index.js'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(project, 'types', 'package.json'), 'utf8'))).toMatchObject({ name: 'widgets', types: './index.d.ts' });
    expect(await main(['generate', '--quiet', '--no-cache', '--config', 'graphdoc.config.json', '--emit', 'ts', '--package-name', 'other'], project)).toBe(0);
    expect(JSON.parse(readFileSync(path.join(project, 'types', 'package.json'), 'utf8'))).toMatchObject({ name: 'other', types: './index.ts' });
  });

  it.each([
    [['--package-name', 'My Widgets'], 'is not a valid npm package name'],
    [['--package-name', '@example'], 'is not a valid npm package name'],
    [['--emit', 'cjs'], '--emit must be "ts" or "js", not "cjs"'],
  ])('refuses %j as bad usage, writing nothing', async (flags, message) => {
    const out = dir(`bad-${flags.join('-').replace(/[^a-z]/gi, '')}`);
    expect(await main(['generate', '--docs', fixtures, '--out', out, ...flags])).toBe(2);
    expect(output.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a config file with an unknown emit mode or a package name that is not a string', async () => {
    for (const [key, value, message] of [
      ['emit', 'esm', '"emit" must be "ts" or "js"'],
      ['packageName', 7, '"packageName" must be a string'],
    ] as const) {
      const project = dir(`bad-config-${key}`);
      mkdirSync(project, { recursive: true });
      writeFileSync(path.join(project, 'graphdoc.config.json'), JSON.stringify({ docs: [fixtures], out: 'types', [key]: value }));
      expect(await main(['generate'], project)).toBe(2);
      expect(output.stderr).toContain(message);
    }
  });

  it('refuses an invalid package name through the API too, before reading the docs', async () => {
    await expect(generate({ docs: [path.join(temp.dir, 'no-such-docs')], out: dir('api'), packageName: 'Bad' })).rejects.toThrow('"Bad" is not a valid npm package name');
  });
});
