import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';
import { packageJsonFile } from '../../src/package/package-json.js';
import { MANIFEST_FILE, readManifest } from '../../src/write/manifest.js';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';

const code = ['runtime/json.d.ts', 'runtime/validation.d.ts', 'runtime/validation.js', 'schema.json', 'validators/Widget.d.ts', 'validators/Widget.js'];
const tsFiles = ['index.ts', 'models.ts', ...code].map((path) => ({ path, content: '' }));
const jsFiles = ['index.d.ts', 'index.js', 'models.d.ts', 'models.js', ...code].map((path) => ({ path, content: '' }));

function parse(content: string): Record<string, unknown> & { exports: Record<string, unknown> } {
  return JSON.parse(content) as Record<string, unknown> & { exports: Record<string, unknown> };
}

describe('packageJsonFile', () => {
  it('points the index and the models at their TypeScript sources in ts mode, and the code at its modules', () => {
    const file = packageJsonFile('@example/widgets', 'ts', tsFiles);
    expect(file.path).toBe('package.json');
    const manifest = parse(file.content);
    expect(manifest).toMatchObject({ name: '@example/widgets', version: '0.0.0', type: 'module', sideEffects: false, types: './index.ts' });
    expect(manifest.exports).toEqual({
      '.': { types: './index.ts', default: './index.ts' },
      './models': { types: './models.ts', default: './models.ts' },
      './runtime/json': { types: './runtime/json.d.ts' },
      './runtime/validation': { types: './runtime/validation.d.ts', default: './runtime/validation.js' },
      './validators/Widget': { types: './validators/Widget.d.ts', default: './validators/Widget.js' },
      './schema.json': './schema.json',
      './package.json': './package.json',
    });
  });

  it('points types at the declarations and default at the modules in js mode, types first', () => {
    const manifest = parse(packageJsonFile('widgets', 'js', jsFiles).content);
    expect(manifest.types).toBe('./index.d.ts');
    expect(manifest.exports['.']).toEqual({ types: './index.d.ts', default: './index.js' });
    expect(manifest.exports['./validators/Widget']).toEqual({ types: './validators/Widget.d.ts', default: './validators/Widget.js' });
    expect(Object.keys(manifest.exports['./models'] as object)).toEqual(['types', 'default']);
    expect(Object.keys(manifest.exports)).not.toContain('./models.d');
  });

  it('ships the top-level files and folders of the files it is given, and nothing else', () => {
    expect(parse(packageJsonFile('widgets', 'ts', tsFiles).content).files).toEqual(['index.ts', 'models.ts', 'runtime', 'schema.json', 'validators']);
    expect(parse(packageJsonFile('widgets', 'js', jsFiles).content).files).toEqual(['index.d.ts', 'index.js', 'models.d.ts', 'models.js', 'runtime', 'schema.json', 'validators']);
    const more = [...tsFiles, { path: 'operations.js', content: '' }, { path: 'clients/deep/Widget.js', content: '' }];
    expect(parse(packageJsonFile('widgets', 'ts', more).content).files).toEqual(['clients', 'index.ts', 'models.ts', 'operations.js', 'runtime', 'schema.json', 'validators']);
  });

  it('refuses output without an index', () => {
    expect(() => packageJsonFile('widgets', 'ts', [{ path: 'models.ts', content: '' }])).toThrow(/no index/);
  });
});

describe('the generated package, packed', () => {
  const temp = makeTempDir('package-pack');
  afterAll(temp.remove);

  it.each(['ts', 'js'] as const)('holds every generated file but the manifest and .gitattributes (npm pack --dry-run, --emit %s)', async (emit) => {
    const out = path.join(temp.dir, emit);
    await generate({ docs: [path.join(repoRoot, 'fixtures', 'docs')], out, emit, packageName: '@example/widgets', cacheDir: path.join(temp.dir, 'cache') });
    const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: out });
    const packed = (JSON.parse(stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path).sort();
    const generated = (await readManifest(out))!.files;
    expect(generated).toContain('schema.json');
    expect(generated).toContain('.gitattributes');
    expect(packed).toEqual(generated.filter((file) => file !== '.gitattributes').sort());
    expect(packed).not.toContain(MANIFEST_FILE);
  });
});
