import { describe, expect, it } from 'vitest';
import { packageJsonFile } from '../../src/package/package-json.js';

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

  it('refuses output without an index', () => {
    expect(() => packageJsonFile('widgets', 'ts', [{ path: 'models.ts', content: '' }])).toThrow(/no index/);
  });
});
