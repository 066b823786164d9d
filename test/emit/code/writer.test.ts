/** The writer lays out what it writes, and a module writes only what its code uses. */
import { describe, expect, it } from 'vitest';
import { Name, _ } from '../../../src/emit/code/code.js';
import { tsArray, tsLiteral, tsNullable, tsUnion, writeArray, writeInterface, writeUnionAlias } from '../../../src/emit/code/declarations.js';
import { docComment } from '../../../src/emit/code/doc-comment.js';
import { ModuleWriter } from '../../../src/emit/code/module-writer.js';
import { CodeWriter, writeFunction } from '../../../src/emit/code/writer.js';

const [value, depth, strict] = ['value', 'depth', 'strict'].map((text) => new Name(text)) as [Name, Name, Name];

describe('CodeWriter', () => {
  it('indents each block two spaces and writes one statement a line', () => {
    const writer = new CodeWriter();
    writer.block(_`function f()`, (body) => body.if(_`${value}`, (then) => then.line(_`return 1;`), (otherwise) => otherwise.line(_`return 2;`)));
    expect(writer.toString()).toBe('function f() {\n  if (value) {\n    return 1;\n  } else {\n    return 2;\n  }\n}\n');
  });

  it('writes try and catch, with or without the error', () => {
    const error = new Name('error');
    const writer = new CodeWriter().tryCatch((w) => w.line(_`a();`), error, (w) => w.line(_`b(${error});`)).tryCatch((w) => w.line(_`c();`), undefined, (w) => w.line(_`d();`));
    expect(writer.toString()).toBe('try {\n  a();\n} catch (error) {\n  b(error);\n}\ntry {\n  c();\n} catch {\n  d();\n}\n');
  });

  it('writes one blank line between sections, never two and never first', () => {
    const writer = new CodeWriter().blank().line(_`a;`).blank().blank().line(_`b;`);
    expect(writer.toString()).toBe('a;\n\nb;\n');
  });

  it('knows every name its lines use', () => {
    const writer = new CodeWriter().line(_`${value} = ${depth};`);
    expect(writer.names()).toEqual(new Set([value, depth]));
  });
});

describe('writeFunction', () => {
  it('leaves out parameters after the last one the body uses, and marks an unused one before it', () => {
    const writer = new CodeWriter();
    writeFunction(writer, { name: new Name('check'), parameters: [value, depth, strict], exported: true }, (body) => body.line(_`return ${depth} > 0;`));
    expect(writer.toString()).toBe('export function check(_value, depth) {\n  return depth > 0;\n}\n');
  });

  it('by the names the body mentions, not by its text: a string that spells a parameter is no use of it', () => {
    const writer = new CodeWriter();
    writeFunction(writer, { name: new Name('f'), parameters: [value] }, (body) => body.line(_`return ${'value'};`));
    expect(writer.toString()).toBe('function f() {\n  return "value";\n}\n');
  });
});

describe('ModuleWriter', () => {
  it('writes only the imports and constants that the body uses, a constant used by a constant included', () => {
    const module = new ModuleWriter('// header\n');
    const report = module.import('./runtime.js', 'report');
    module.import('./runtime.js', 'unused');
    const type = module.importType('./models.js', 'User');
    const source = module.constant(module.declare('SOURCE'), _`${'user.md'}`);
    const sources = module.constant(module.declare('SOURCES'), _`[${source}]`);
    module.constant(module.declare('UNUSED'), _`1`);
    module.body.line(_`${report}(${sources}); let u: ${type};`);
    expect(module.toString()).toBe(
      '// header\n\nimport type { User } from "./models.js";\nimport { report } from "./runtime.js";\n\nconst SOURCE = "user.md";\nconst SOURCES = [SOURCE];\n\nreport(SOURCES); let u: User;\n',
    );
  });

  it('gives the same name for the same import, and a fresh one for each prefix asked again', () => {
    const module = new ModuleWriter('');
    expect(module.import('./a.js', 'x')).toBe(module.import('./a.js', 'x'));
    expect([module.fresh('SOURCE').text, module.fresh('SOURCE').text, module.fresh('SOURCE').text]).toEqual(['SOURCE', 'SOURCE2', 'SOURCE3']);
  });

  it('refuses one name declared twice, or imported from two modules', () => {
    const module = new ModuleWriter('');
    module.declare('x');
    expect(() => module.declare('x')).toThrow(/twice/);
    module.import('./a.js', 'y');
    expect(() => module.import('./b.js', 'y')).toThrow(/twice/);
  });

  it('writes a namespace import where the body uses it, before the names imported from the same module', () => {
    const module = new ModuleWriter('// header');
    const all = module.importNamespace('./validators.js', 'validators');
    expect(module.importNamespace('./validators.js', 'other')).toBe(all);
    module.importNamespace('./unused.js', 'unused');
    const one = module.import('./validators.js', 'isWidget');
    module.body.line(_`use(${all}, ${one});`);
    expect(module.toString().split('\n').slice(2, 4)).toEqual(['import * as validators from "./validators.js";', 'import { isWidget } from "./validators.js";']);
  });

  it('writes a long import one name a line, and a type among values as `type`', () => {
    const module = new ModuleWriter('');
    const names = Array.from({ length: 12 }, (_unused, i) => module.import('./runtime.js', `helperNumber${i}`));
    const type = module.importType('./runtime.js', 'Context');
    module.body.line(_`${names[0]!}(${names[11]!}); let c: ${type};`);
    expect(module.toString()).toBe('import { type Context, helperNumber0, helperNumber11 } from "./runtime.js";\n\nhelperNumber0(helperNumber11); let c: Context;\n');
    for (const name of names) module.body.line(_`${name};`);
    expect(module.toString().split('\n').slice(0, 3)).toEqual(['import {', '  type Context,', '  helperNumber0,']);
  });
});

describe('declarations', () => {
  it('quote literal types and put parentheses around a union in an array', () => {
    expect(tsUnion([tsLiteral('a'), tsLiteral("b'c")]).toString()).toBe('"a" | "b\'c"');
    expect(tsArray(_`User`).toString()).toBe('User[]');
    expect(tsArray(tsUnion([_`A`, _`B`])).toString()).toBe('(A | B)[]');
    expect(tsNullable(_`string`).toString()).toBe('string | null');
    expect(tsUnion([]).toString()).toBe('never');
  });

  it('write an interface with doc comments, quoting keys that are not identifiers', () => {
    const writer = new CodeWriter();
    writeInterface(writer, { name: new Name('User'), extends: [new Name('Entity')], doc: ['A user.'], members: [{ key: '@odata.type', optional: true, type: tsLiteral('#u') }, { key: 'id', optional: false, type: _`string`, doc: ['The key.'] }] });
    expect(writer.toString()).toBe('/** A user. */\nexport interface User extends Entity {\n  "@odata.type"?: "#u";\n  /** The key. */\n  id: string;\n}\n');
  });

  it('write a union on one line where it fits, else one member a line', () => {
    const short = new CodeWriter();
    writeUnionAlias(short, { name: new Name('Size'), members: ['s', 'm'].map(tsLiteral) });
    expect(short.toString()).toBe('export type Size = "s" | "m";\n');
    const long = new CodeWriter();
    writeUnionAlias(long, { name: new Name('Long'), members: Array.from({ length: 12 }, (_unused, i) => tsLiteral(`member${i}`)) });
    expect(long.toString().split('\n').slice(0, 3)).toEqual(['export type Long =', '  | "member0"', '  | "member1"']);
    expect(long.toString().endsWith('  | "member11";\n')).toBe(true);
  });

  it('write an array on one line where it fits, else one item a line', () => {
    const writer = new CodeWriter();
    writeArray(writer, _`export const X = `, Array.from({ length: 20 }, (_unused, i) => tsLiteral(`value${i}`)));
    expect(writer.toString().split('\n').slice(0, 2)).toEqual(['export const X = [', '  "value0",']);
  });
});

describe('docComment', () => {
  it('is one line for one short paragraph, else a block with a blank line between paragraphs', () => {
    expect(docComment(['One.'])).toEqual(['/** One. */']);
    expect(docComment(['One.', undefined, '  ', 'Two.'])).toEqual(['/**', ' * One.', ' *', ' * Two.', ' */']);
    expect(docComment([undefined])).toEqual([]);
  });

  it('cannot be closed early by docs text', () => {
    expect(docComment(['a */ b'])).toEqual(['/** a *\\/ b */']);
  });
});
