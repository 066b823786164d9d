/**
 * `--emit js` on the real v1.0 output: the files the global setup generated (in ts mode) go
 * through the same package stage a js run uses, then run under node. Skipped, with a message,
 * where `../shared/graph-docs/v1.0` is absent.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EmittedFile } from '../../src/emit/emit-model.js';
import { DEFAULT_CACHE_DIR } from '../../src/generate.js';
import { packageOutput } from '../../src/package/package-output.js';
import { MANIFEST_FILE, readManifest, type Manifest } from '../../src/write/manifest.js';
import { repoRoot, skipMessage, v1Present } from '../support/shared-corpus.js';
import { listFiles, makeTempDir } from '../support/temp-dir.js';

const run = inject('v1Run');
if (!v1Present || !run) console.log(skipMessage('--emit js on the v1.0 output'));

describe.skipIf(!v1Present || !run)('--emit js on the v1.0 output', () => {
  const temp = makeTempDir('v1-js');
  let source: EmittedFile[];
  let output: EmittedFile[];
  beforeAll(async () => {
    const manifest = JSON.parse(readFileSync(path.join(run!.outDir, MANIFEST_FILE), 'utf8')) as Manifest;
    source = manifest.files.map((file) => ({ path: file, content: readFileSync(path.join(run!.outDir, file), 'utf8') }));
    // graphdoc's default cache, as the global setup's run uses it: the first suite run compiles
    // every file, later ones only what changed.
    output = await packageOutput(source, { emit: 'js', packageName: '@example/graph', cacheDir: path.resolve(repoRoot, DEFAULT_CACHE_DIR) });
    for (const file of output) {
      mkdirSync(path.dirname(path.join(temp.dir, file.path)), { recursive: true });
      writeFileSync(path.join(temp.dir, file.path), file.content);
    }
  }, 600_000);
  afterAll(temp.remove);

  it('has a .js and a .d.ts for every .ts, and no .ts', () => {
    const modules = source.filter((file) => file.path.endsWith('.ts')).map((file) => file.path.slice(0, -'.ts'.length));
    expect(modules.length).toBeGreaterThan(2000);
    const expected = [
      ...modules.flatMap((module) => [`${module}.d.ts`, `${module}.js`]),
      ...source.filter((file) => !file.path.endsWith('.ts')).map((file) => file.path),
      'package.json',
    ].sort();
    expect(listFiles(temp.dir)).toEqual(expected);
  });

  it('exports the index and every module from package.json', () => {
    const manifest = JSON.parse(readFileSync(path.join(temp.dir, 'package.json'), 'utf8')) as { exports: Record<string, { default?: string }> };
    expect(manifest.exports['./validators/User']).toEqual({ types: './validators/User.d.ts', default: './validators/User.js' });
    const modules = Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'object' && entry.default ? [entry.default.slice(2)] : []));
    expect(modules.sort()).toEqual(listFiles(temp.dir).filter((file) => file.endsWith('.js')));
  });

  it('keeps the JSDoc in the declarations', () => {
    const declarations = readFileSync(path.join(temp.dir, 'validators', 'User.d.ts'), 'utf8');
    expect(declarations).toMatch(/\/\*\*\n \* Whether `value` is a \{@link User\}[^]*\*\/\nexport declare function isUser\(value: unknown, options\?: ValidationOptions\): value is User;/);
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
      }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '--eval', script]);
    const manifest = await readManifest(run!.outDir);
    expect(JSON.parse(stdout)).toEqual({ valid: true, invalid: false, errors: ['/accountEnabled'], operations: manifest?.summary?.operations.length });
  });
});
