/**
 * `--emit js` on the real v1.0 docs: the same code as ts mode, with the types and the index as
 * JavaScript and declarations, a package.json that exports every module, and modules that run
 * under plain node. Skipped, with a message, where `../shared/graph-docs/v1.0` is absent.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generate, type GenerateResult } from '../../src/generate.js';
import { skipMessage, v1DocsDir, v1Present } from '../support/shared-corpus.js';
import { listFiles, makeTempDir, readTree } from '../support/temp-dir.js';

const run = inject('v1Run');
if (!v1Present || !run) console.log(skipMessage('--emit js on the v1.0 output'));

describe.skipIf(!v1Present || !run)('--emit js on the v1.0 output', () => {
  const temp = makeTempDir('v1-js');
  let result: GenerateResult;
  let files: string[];
  beforeAll(async () => {
    // graphdoc's default cache, as the global setup's run used it: no page is parsed again.
    result = await generate({ docs: [v1DocsDir], out: temp.dir, emit: 'js', packageName: '@example/graph' });
    files = listFiles(temp.dir);
  }, 600_000);
  afterAll(temp.remove);

  it('is JavaScript with a .d.ts beside every module, and no TypeScript source', () => {
    const modules = files.filter((file) => file.endsWith('.js'));
    expect(modules.length).toBeGreaterThan(1400);
    for (const module of modules) expect(files, module).toContain(module.replace(/\.js$/, '.d.ts'));
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  });

  it('differs from ts mode only in the index, the models and package.json', () => {
    const js = readTree(temp.dir);
    const ts = readTree(run!.outDir);
    const own = (file: string): boolean => /^(index|models)\.(ts|js|d\.ts)$/.test(file) || file === 'package.json' || file === 'graphdoc-manifest.json';
    expect([...js.keys()].filter((file) => !own(file))).toEqual([...ts.keys()].filter((file) => !own(file)));
    for (const [file, content] of js) if (!own(file)) expect(content, file).toBe(ts.get(file));
    expect(js.get('index.d.ts')).toBe(ts.get('index.ts'));
  });

  it('exports the index and every module from package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(temp.dir, 'package.json'), 'utf8')) as { exports: Record<string, { default?: string }> };
    expect(manifest.exports['./validators/User']).toEqual({ types: './validators/User.d.ts', default: './validators/User.js' });
    const modules = Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'object' && entry.default ? [entry.default.slice(2)] : []));
    expect(modules.sort()).toEqual(files.filter((file) => file.endsWith('.js')));
  });

  it('keeps the JSDoc in the declarations', () => {
    expect(readFileSync(path.join(temp.dir, 'models.d.ts'), 'utf8')).toMatch(/\/\*\*\n \* Represents an Azure AD user account[^]*\*\/\nexport interface User extends DirectoryObject \{/);
    expect(readFileSync(path.join(temp.dir, 'runtime', 'validation.d.ts'), 'utf8')).toMatch(/\/\*\*\n \* `isWidget\(value, options\?\)`: whether `value` is a `T`[^]*\*\/\nexport type IsValidFunction<T>/);
  });

  it('runs under plain node: the index loads and its validators and operations work', async () => {
    // A child process, so node loads the modules itself rather than through vitest's transform.
    const script = `
      const graph = await import(${JSON.stringify(pathToFileURL(path.join(temp.dir, 'index.js')).href)});
      console.log(JSON.stringify({
        valid: graph.isUser({ id: 'u1', displayName: 'Adele', accountEnabled: true }),
        invalid: graph.isUser({ accountEnabled: 'yes' }),
        errors: graph.validateUser({ accountEnabled: 'yes' }).map((error) => error.path),
        operations: graph.operations.length,
        ageGroups: graph.AgeGroupValues,
      }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script]);
    expect(JSON.parse(stdout)).toEqual({ valid: true, invalid: false, errors: ['/accountEnabled'], operations: result.stats.operations, ageGroups: ['minor', 'notAdult', 'adult'] });
  });
});
