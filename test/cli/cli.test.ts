/** The `graphdoc` command, run in-process: exit codes, help, config file, output ownership. */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';
import { captureOutput } from '../support/capture-output.js';

const fixtures = path.join(repoRoot, 'fixtures', 'docs');
const temp = makeTempDir('cli');
afterAll(temp.remove);

const output = captureOutput();

function outDir(name: string): string {
  return path.join(temp.dir, name);
}

describe('graphdoc', () => {
  it('prints usage for --help and for generate --help, exit 0', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(output.stdout).toContain('graphdoc generate --docs <dir>');
    output.stdout = '';
    expect(await main(['generate', '--help'])).toBe(0);
    expect(output.stdout).toContain('--strict');
    expect(output.stdout).toContain('Exit codes:');
  });

  it('rejects an unknown command or option with exit 2 and the usage', async () => {
    expect(await main(['frobnicate'])).toBe(2);
    expect(output.stderr).toContain('unknown command "frobnicate"');
    output.stderr = '';
    expect(await main(['generate', '--docs', fixtures, '--out', outDir('x'), '--bogus'])).toBe(2);
    expect(output.stderr.split('\n')[0]).toBe('graphdoc: unknown option --bogus');
  });

  it.each([
    [[], 'graphdoc: no command given'],
    [['generat'], 'graphdoc: unknown command "generat" (did you mean "generate"?)'],
    [['generate', '--dcos', 'docs', '--out', 'out'], 'graphdoc: unknown option --dcos (did you mean "--docs"?)'],
    [['generate', '--docs', 'docs', '--out', 'out', '--emitt', 'js'], 'graphdoc: unknown option --emitt (did you mean "--emit"?)'],
    [['generate', 'docs'], 'graphdoc: unexpected argument "docs": every value follows its option (--docs <dir>, --out <dir>)'],
  ])('refuses %j before any work, exit 2, first line %j', async (argv, first) => {
    expect(await main(argv, temp.dir)).toBe(2);
    expect(output.stderr.split('\n')[0]).toBe(first);
  });

  it('refuses a config key it does not know, naming the one meant, and one of the wrong type', async () => {
    const project = outDir('bad-config');
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'graphdoc.config.json'), JSON.stringify({ docs: ['docs'], out: 'out', stict: true, emitt: 'js' }));
    expect(await main(['generate'], project)).toBe(2);
    // Every wrong key at once.
    expect(output.stderr.split('\n').slice(0, 2)).toEqual([
      `graphdoc: config file ${path.join(project, 'graphdoc.config.json')}: unknown key "stict" (did you mean "strict"?)`,
      `graphdoc: config file ${path.join(project, 'graphdoc.config.json')}: unknown key "emitt" (did you mean "emit"?)`,
    ]);
    output.stderr = '';
    writeFileSync(path.join(project, 'graphdoc.config.json'), JSON.stringify({ docs: ['docs'], out: 'out', threads: 'two' }));
    expect(await main(['generate'], project)).toBe(2);
    expect(output.stderr.split('\n')[0]).toBe(`graphdoc: config file ${path.join(project, 'graphdoc.config.json')}: "threads" must be a whole number of 1 or more`);
  });

  it('takes every option from the config file, paths relative to it, and the command line wins', async () => {
    const project = outDir('full-config');
    mkdirSync(project, { recursive: true });
    const config = { docs: [path.relative(project, fixtures)], out: 'types', report: 'changes.md', failOnBreaking: true, threads: 1, cacheDir: false, quiet: true, emit: 'js', packageName: 'widgets' };
    writeFileSync(path.join(project, 'graphdoc.config.json'), JSON.stringify(config));
    expect(await main(['generate'], project)).toBe(0);
    expect(existsSync(path.join(project, 'changes.md'))).toBe(true);
    expect(existsSync(path.join(project, 'types', 'index.js'))).toBe(true);
    expect(output.stderr.trim().split('\n')).toHaveLength(1); // quiet: the summary line alone
    expect(await main(['generate', '--emit', 'ts', '--package-name', 'other'], project)).toBe(0);
    expect(existsSync(path.join(project, 'types', 'index.ts'))).toBe(true);
  });

  it('refuses an output path that is a file, and an empty docs folder, before reading a page, exit 2', async () => {
    const file = path.join(temp.dir, 'a-file.txt');
    writeFileSync(file, 'not a folder\n');
    expect(await main(['generate', '--docs', fixtures, '--out', file], temp.dir)).toBe(2);
    expect(output.stderr.split('\n')[0]).toBe('graphdoc: --out a-file.txt is a file, not a folder: give the folder the output goes in');
    output.stderr = '';
    const empty = outDir('empty-docs');
    mkdirSync(path.join(empty, 'includes'), { recursive: true });
    writeFileSync(path.join(empty, 'includes', 'snippet.md'), 'an include\n');
    expect(await main(['generate', '--docs', empty, '--out', outDir('empty-out')], temp.dir)).toBe(2);
    expect(output.stderr.split('\n')[0]).toMatch(/^graphdoc: no pages in .*empty-docs: graphdoc reads every \*\.md below the docs folders/);
    expect(existsSync(outDir('empty-out'))).toBe(false);
  });

  it('says there is nothing to check where --check names an output folder that does not exist, exit 1', async () => {
    expect(await main(['generate', '--docs', fixtures, '--out', outDir('never-generated'), '--check'], temp.dir)).toBe(1);
    expect(output.stderr.split('\n')[0]).toBe('graphdoc: never-generated does not exist: nothing to check; run graphdoc generate first');
  });

  it('counts in its summary what adds up, with the grammar right', async () => {
    expect(await main(['generate', '--docs', fixtures, '--out', outDir('counted'), '--quiet'])).toBe(0);
    const summary = /in (\d+) files \((\d+) written, (\d+) unchanged, (\d+) removed/.exec(output.stderr)!;
    expect(Number(summary[1])).toBe(Number(summary[2]) + Number(summary[3]));
    expect(output.stderr).toMatch(/; 1 error, 2 warnings; \d+ info not shown \(--verbose\);/);
  });

  it('says a run changed descriptions only where the API did not change', async () => {
    const docs = outDir('prose-docs');
    cpSync(fixtures, docs, { recursive: true });
    const out = outDir('prose');
    expect(await main(['generate', '--docs', docs, '--out', out, '--no-cache'])).toBe(0);
    const page = path.join(docs, 'resources', 'widgetpart.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('How many of this part the widget uses.', 'How many are used.'));
    output.stderr = '';
    expect(await main(['generate', '--docs', docs, '--out', out, '--no-cache'])).toBe(0);
    expect(output.stderr).toContain('changes since the previous output: none to the API; 1 file changed in descriptions and comments only\n');
  });

  it('marks every output file as generated for GitHub', async () => {
    const out = outDir('attributes');
    expect(await main(['generate', '--docs', fixtures, '--out', out, '--quiet'])).toBe(0);
    expect(readFileSync(path.join(out, '.gitattributes'), 'utf8')).toMatch(/^\* linguist-generated=true$/m);
  });

  it('exits 2 when a docs folder does not exist', async () => {
    expect(await main(['generate', '--docs', path.join(temp.dir, 'missing'), '--out', outDir('missing-out')])).toBe(2);
    expect(output.stderr).toContain('docs folder not found');
    expect(existsSync(outDir('missing-out'))).toBe(false);
  });

  it('generates, prints diagnostics as path:line:column with a code, and a summary', async () => {
    const out = outDir('plain');
    expect(await main(['generate', '--docs', fixtures, '--out', out], repoRoot)).toBe(0);
    expect(existsSync(path.join(out, 'index.ts'))).toBe(true);
    expect(output.stderr).toContain('fixtures/docs/resources/widgetowner.md:20:1 error unresolved-type:');
    expect(output.stderr).toMatch(/diagnostics by code: .*unresolved-type 1/);
    expect(output.stderr).toMatch(/graphdoc: 30 pages → 11 types, 12 enums, \d+ operations in \d+ files/);
  });

  it('exits 1 under --strict when there are errors, naming only those even with --quiet', async () => {
    expect(await main(['generate', '--docs', fixtures, '--out', outDir('strict'), '--strict', '--quiet'])).toBe(1);
    expect(output.stderr.split('\n').filter((line) => / (error|warning|info) [a-z-]+:/.test(line)).map((line) => line.trim().split(' ')[2])).toEqual(['unresolved-type:']);
  });

  it('prints diagnostics as JSON with --format json', async () => {
    expect(await main(['generate', '--docs', fixtures, '--out', outDir('json'), '--format', 'json'], repoRoot)).toBe(0);
    const report = JSON.parse(output.stdout) as { summary: { pages: number }; diagnostics: { code: string; source: { path: string; line: number } }[] };
    expect(report.summary.pages).toBe(30);
    expect(report.diagnostics.find((d) => d.code === 'unresolved-type')?.source).toMatchObject({
      path: 'fixtures/docs/resources/widgetowner.md',
      line: 20,
    });
  });

  it('reads graphdoc.config.json when no --docs or --out is given, paths relative to the file', async () => {
    const project = outDir('project');
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'graphdoc.config.json'), JSON.stringify({ docs: [path.relative(project, fixtures)], out: 'types' }));
    expect(await main(['generate', '--quiet'], project)).toBe(0);
    expect(existsSync(path.join(project, 'types', 'validators', 'Widget.js'))).toBe(true);
  });

  it('reports a config file that is not JSON as bad usage', async () => {
    const project = outDir('bad-config');
    mkdirSync(project, { recursive: true });
    writeFileSync(path.join(project, 'graphdoc.config.json'), '{ docs: ');
    expect(await main(['generate'], project)).toBe(2);
    expect(output.stderr).toContain('is not valid JSON');
  });

  it("keeps the user's own files in --out and removes only files it generated earlier", async () => {
    const out = outDir('owned');
    expect(await main(['generate', '--docs', fixtures, '--out', out, '--quiet'])).toBe(0);
    writeFileSync(path.join(out, 'my-notes.ts'), 'export const mine = 1;\n');
    // Pretend an earlier run generated a file that this run no longer produces.
    const manifestPath = path.join(out, 'graphdoc-manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: string[] };
    manifest.files.push('validators/Retired.js');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    writeFileSync(path.join(out, 'validators', 'Retired.js'), 'export function isRetired() {}\n');

    expect(await main(['generate', '--docs', fixtures, '--out', out, '--quiet'])).toBe(0);
    expect(readFileSync(path.join(out, 'my-notes.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(existsSync(path.join(out, 'validators', 'Retired.js'))).toBe(false);
    expect(output.stderr).toMatch(/1 removed/);
  });

  it('prints its version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await main(['--version'])).toBe(0);
    expect(output.stdout.trim()).toBe(pkg.version);
  });
});
