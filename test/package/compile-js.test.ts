import { describe, expect, it } from 'vitest';
import { header } from '../../src/emit/templates.js';
import { compileToJs } from '../../src/package/compile-js.js';

const top = header();

describe('compileToJs', () => {
  it('gives each .ts file a .js and a .d.ts under the header, keeping JSDoc and @__PURE__, and passes other files through', async () => {
    const source = `${top}
import type { Widget } from '../models/Widget.js';
import { helper } from './helper.js';

const KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(['a']);

/** Whether \`value\` is a widget. */
export function isWidget(value: unknown): value is Widget {
  return helper(value, KEYS);
}
`;
    const files = await compileToJs([
      { path: 'validators/Widget.ts', content: source },
      { path: 'schema.json', content: '{}\n' },
    ]);
    expect(files.map((file) => file.path)).toEqual(['schema.json', 'validators/Widget.d.ts', 'validators/Widget.js']);
    const [json, dts, js] = files.map((file) => file.content);
    expect(json).toBe('{}\n');
    for (const text of [dts, js]) expect(text!.startsWith(`${top}\n`)).toBe(true);
    expect(dts).toContain('/** Whether `value` is a widget. */\nexport declare function isWidget(value: unknown): value is Widget;');
    expect(dts).toContain("import type { Widget } from '../models/Widget.js';");
    expect(dts).not.toContain('helper');
    expect(js).toContain('/* @__PURE__ */ new Set');
    expect(js).toContain("import { helper } from './helper.js';");
    expect(js).not.toContain('models/Widget.js');
    expect(js).toContain('export function isWidget(value) {');
  });

  it('fails on code that isolated declarations cannot describe, naming every file and line, and returns nothing', async () => {
    const files = [
      { path: 'models/Good.ts', content: 'export type Good = string;\n' },
      { path: 'models/Bad.ts', content: `${top}\nexport const members = ['a', 'b'];\n` },
      { path: 'validators/Bad.ts', content: 'export function f(a: number) {\n  return a;\n}\n' },
    ];
    await expect(compileToJs(files)).rejects.toThrow(/models\/Bad\.ts:4:24 .*isolatedDeclarations[\s\S]*validators\/Bad\.ts:1:17 .*return type/);
  });

  it('fails on a syntax error, naming the file', async () => {
    await expect(compileToJs([{ path: 'index.ts', content: 'export const = ;\n' }])).rejects.toThrow(/index\.ts:1:\d+ /);
  });
});
