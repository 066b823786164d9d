/**
 * The README shows what graphdoc does as it does it: each excerpt is in the file it quotes, each
 * example type-checks against the fixtures' output (in both modes, under the strictest settings)
 * and prints what its comments say, and the change report is the one a run prints. The quick
 * start itself is run from a packed graphdoc by `test/install/`.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { generate } from '../src/generate.js';
import { captureOutput } from './support/capture-output.js';
import { README, excerptMismatch, expectedPrints, headingSlugs, linkTargets, readmeBlock, readmeBlocks, type ReadmeBlock } from './support/readme.js';
import { repoRoot } from './support/shared-corpus.js';
import { strictErrors } from './support/strict-compiler.js';
import { makeTempDir } from './support/temp-dir.js';

const run = promisify(execFile);
const fixtures = path.join(repoRoot, 'fixtures', 'docs');
const temp = makeTempDir('readme');
afterAll(temp.remove);

const where = (block: ReadmeBlock): string => `README.md:${block.line}`;

describe('README', () => {
  const output = captureOutput();

  it('quotes every file as it is now, and so do the pages of docs/', () => {
    const pages = [README, ...readdirSync(path.join(repoRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => path.join(repoRoot, 'docs', name))];
    const excerpts = pages.flatMap((page) => readmeBlocks(page).map((block) => ({ page: path.relative(repoRoot, page), block })));
    expect(excerpts.filter(({ block }) => block.meta.has('file')).length).toBeGreaterThanOrEqual(6);
    for (const { page, block } of excerpts.filter(({ block }) => block.meta.has('file'))) {
      const text = readFileSync(path.join(repoRoot, block.meta.get('file')!), 'utf8');
      expect(excerptMismatch(block.value, text), `${page}:${block.line} quotes ${block.meta.get('file')}`).toBeUndefined();
    }
  });

  it('links only to files of the repository that exist, and to headings they have', () => {
    const pages = [README, ...readdirSync(path.join(repoRoot, 'docs')).filter((name) => name.endsWith('.md')).map((name) => path.join(repoRoot, 'docs', name))];
    const broken: string[] = [];
    for (const page of pages) {
      for (const target of linkTargets(page)) {
        if (/^[a-z]+:/.test(target)) continue;
        const [file, anchor] = target.split('#');
        const linked = file ? path.resolve(path.dirname(page), file) : page;
        if (!linked.startsWith(repoRoot + path.sep) || !existsSync(linked)) broken.push(`${path.relative(repoRoot, page)}: ${target}`);
        else if (anchor && !headingSlugs(linked).has(anchor)) broken.push(`${path.relative(repoRoot, page)}: ${target} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('shows the change report a run prints after the edits it describes', async () => {
    const docs = path.join(temp.dir, 'change-docs');
    const out = path.join(temp.dir, 'change-out');
    cpSync(fixtures, docs, { recursive: true });
    await generate({ docs: [docs], out, cacheDir: false });
    // serialNumber retyped, weightInGrams removed (from its table and its JSON example), a member added.
    const widget = path.join(docs, 'resources', 'widget.md');
    writeFileSync(
      widget,
      readFileSync(widget, 'utf8')
        .replace('|serialNumber|Int64|', '|serialNumber|String|')
        .replace(/\|weightInGrams\|.*\n/, '')
        .replace(/,\n\s*"weightInGrams": 250\.5/, ''),
    );
    const enums = path.join(docs, 'resources', 'enums.md');
    writeFileSync(enums, readFileSync(enums, 'utf8').replace('| refurbished\n', '| refurbished\n| damaged\n'));
    output.stderr = '';
    expect(await main(['generate', '--docs', docs, '--out', out, '--no-cache'])).toBe(0);
    const block = readmeBlock('output', 'change-report');
    expect(excerptMismatch(block.value, output.stderr), where(block)).toBeUndefined();
  });

  describe('examples', () => {
    const examples = readmeBlocks().filter((block) => block.lang === 'ts' && (block.meta.has('run') || block.meta.has('package')));
    /** A project per mode whose `src/graph` is the quick start's output, and a workspace with it as a package. */
    const projects = { ts: path.join(temp.dir, 'project-ts'), js: path.join(temp.dir, 'project-js'), package: path.join(temp.dir, 'workspace') };
    const packageName = readmeBlocks().find((block) => block.meta.has('package'))?.meta.get('package');

    beforeAll(async () => {
      await generate({ docs: [fixtures], out: path.join(projects.ts, 'src', 'graph'), cacheDir: false });
      await generate({ docs: [fixtures], out: path.join(projects.js, 'src', 'graph'), cacheDir: false, emit: 'js' });
      if (packageName) await generate({ docs: [fixtures], out: path.join(projects.package, 'node_modules', ...packageName.split('/')), cacheDir: false, emit: 'js', packageName });
      for (const dir of Object.values(projects)) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, 'package.json'), '{ "name": "example", "private": true, "type": "module" }\n');
      }
    }, 120_000);

    it('tests every TypeScript block: run, compiled as a package, compiled against v1.0 (test/client/), or quoted', () => {
      const untested = readmeBlocks().filter((block) => block.lang === 'ts' && !['run', 'package', 'v1', 'file'].some((key) => block.meta.has(key)));
      expect(untested.map(where)).toEqual([]);
    });

    it('has examples of the output in use, and of the package', () => {
      expect(examples.filter((block) => block.meta.has('run')).length).toBeGreaterThanOrEqual(2);
      expect(packageName).toBeDefined();
    });

    it.each(examples.map((block) => [where(block), block] as const))('%s type-checks under the strictest settings', (_, block) => {
      const dirs = block.meta.has('package') ? [projects.package] : [projects.ts, projects.js];
      for (const dir of dirs) {
        const file = path.join(dir, `example-${block.line}.ts`);
        writeFileSync(file, block.value);
        expect(strictErrors([file]), `${where(block)} in ${path.basename(dir)}`).toEqual([]);
      }
    });

    it.each(examples.map((block) => [where(block), block] as const))('%s runs and prints what its comments say', async (_, block) => {
      const dir = block.meta.has('package') ? projects.package : projects.js;
      const file = path.join(dir, `example-${block.line}.mjs`);
      writeFileSync(file, ts.transpileModule(block.value, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } }).outputText);
      const { stdout } = await run(process.execPath, [file], { cwd: dir });
      expect(stdout.split('\n').slice(0, -1)).toEqual(expectedPrints(block.value));
    });
  });
});
