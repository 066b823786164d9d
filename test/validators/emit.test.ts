/**
 * What the validator and JSON Schema emitters write: one module per type and enum (JavaScript
 * with a `.d.ts` beside it), names that never clash in the index, no runtime dependency,
 * deterministic output, termination on cyclic type graphs, and a `schema.json` that Ajv
 * accepts and that agrees with the validators.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emitOutput } from '../../src/emit/emit-model.js';
import { emitJsonSchema } from '../../src/emit/json-schema/emit-json-schema.js';
import { header } from '../../src/emit/templates.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import { strictErrors } from '../support/strict-compiler.js';
import { listFiles, makeTempDir } from '../support/temp-dir.js';
import { edm, enumOf, smallModel, typeOf } from './support/small-model.js';
import { generateAndImport, validatorsOf, type Generated } from './support/generated-module.js';

const model = smallModel(
  [
    { name: 'entity', properties: [['id', edm('String'), { nullable: false }]] },
    { name: 'node', base: 'entity', properties: [['next', typeOf('node')], ['children', typeOf('node'), { collection: true }], ['peer', typeOf('peer')], ['kind', enumOf('kind')]] },
    { name: 'leaf', base: 'node', properties: [['weight', edm('Double')], ['when', edm('DateTimeOffset')], ['key', edm('Guid')], ['day', edm('Date')]] },
    { name: 'peer', properties: [['back', typeOf('node')], ['count', edm('Int32'), { nullable: false }], ['at', edm('TimeOfDay')], ['took', edm('Duration')], ['blob', edm('Binary')]] },
    { name: 'kindValues', properties: [['x', edm('String')]] },
  ],
  { kind: ['a', 'b'] },
);

/** The syntax errors of a JavaScript module, one line each. */
function syntaxErrors(code: string): string[] {
  const output = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { allowJs: true, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }, fileName: 'module.js' });
  return (output.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

describe('the emitted files', () => {
  const files = emitOutput(model, 'ts');
  const paths = files.map((file) => file.path);

  it('writes one validator module (JavaScript and declarations) per type and per enum, and schema.json', () => {
    for (const name of ['Entity', 'Node', 'Leaf', 'Peer', 'KindValues', 'Kind']) expect(paths).toEqual(expect.arrayContaining([`validators/${name}.js`, `validators/${name}.d.ts`]));
    expect(paths).toEqual(expect.arrayContaining(['runtime/validation.js', 'runtime/validation.d.ts', 'schema.json']));
  });

  it('writes every validator module as JavaScript that parses', () => {
    for (const file of files.filter((candidate) => candidate.path.endsWith('.js'))) expect(syntaxErrors(file.content), file.path).toEqual([]);
  });

  it('re-exports each module from the index: models, validators, operations, and not schema.json', () => {
    const index = files.find((file) => file.path === 'index.ts')!.content;
    for (const module of ['models', 'validators', 'operations', 'operation-validators']) expect(index).toContain(`export * from "./${module}.js";`);
    expect(index).not.toContain('schema.json');
  });

  it('keeps the validators\' internal workers out of the index and the declarations', () => {
    const barrel = files.find((file) => file.path === 'validators.js')!.content;
    const declarations = files.filter((file) => file.path.endsWith('.d.ts')).map((file) => file.content).join('\n');
    expect(barrel).toContain('isNode');
    expect(barrel).not.toMatch(/\b_is|\b_validate/);
    expect(declarations).not.toMatch(/\b_is|\b_validate/);
    expect(files.find((file) => file.path === 'validators/Node.js')!.content).toContain('export function _isNode(');
  });

  it('imports nothing but other generated files', () => {
    for (const file of files.filter((candidate) => /\.(js|ts)$/.test(candidate.path))) {
      const specifiers = [...file.content.matchAll(/ from "([^"]+)"/g)].map((match) => match[1]!);
      const folder = path.posix.dirname(file.path);
      for (const specifier of specifiers) {
        expect(specifier, file.path).toMatch(/^\.\.?\//);
        const target = path.posix.join(folder, specifier).replace(/\.js$/, '');
        expect(paths.some((candidate) => [`${target}.js`, `${target}.ts`, `${target}.d.ts`].includes(candidate)), `${file.path} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('is deterministic, and terminates on cyclic type graphs (node → peer → node, node → node)', () => {
    expect(emitOutput(model, 'ts')).toEqual(files);
    expect(emitValidators(model, header())).toEqual(emitValidators(model, header()));
  });

  it('compiles under the strictest flags with no name exported twice, even with a type named like an enum\'s Values constant', () => {
    const temp = makeTempDir('validator-emit-compile');
    try {
      for (const file of files) {
        mkdirSync(path.dirname(path.join(temp.dir, file.path)), { recursive: true });
        writeFileSync(path.join(temp.dir, file.path), file.content);
      }
      expect(strictErrors([path.join(temp.dir, 'index.ts')])).toEqual([]);
    } finally {
      temp.remove();
    }
  });

  it('copes with dangling references and duplicate names in the model', () => {
    const broken = smallModel([{ name: 'thing', properties: [['ghost', typeOf('missing')], ['gone', enumOf('missingEnum')]] }]);
    broken.enums.push(...smallModel([], { kind: ['x'] }).enums, ...smallModel([], { kind: ['y'] }).enums);
    const emitted = emitValidators(broken, header());
    expect(emitted.map((file) => file.path)).toEqual(['validators/Thing.js', 'validators/Thing.d.ts', 'validators/Kind.js', 'validators/Kind.d.ts']);
    expect(emitted[2]!.content).toContain('"y"');
  });
});

describe('schema.json', () => {
  let generated: Generated;
  beforeAll(async () => {
    generated = await generateAndImport(model, 'validator-emit');
  });
  afterAll(() => generated?.remove());

  it('is JSON Schema 2020-12 with one definition per type and enum', () => {
    const schema = JSON.parse(readFileSync(path.join(generated.dir, 'schema.json'), 'utf8')) as { $schema: string; $defs: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs).sort()).toEqual(['Entity', 'Kind', 'KindValues', 'Leaf', 'Node', 'Peer']);
    expect(listFiles(generated.dir)).toContain('schema.json');
  });

  it('compiles under Ajv in strict mode and agrees with the validators', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv, ['date-time', 'date', 'uuid']);
    ajv.addSchema(JSON.parse(emitJsonSchema(model).content) as object, 'schema');
    const samples: [string, unknown][] = [
      ['Node', {}],
      ['Node', { id: 'a', kind: 'a', next: { id: 'b', kind: 'b' }, children: [{ id: 'c' }] }],
      ['Node', { kind: 'c' }],
      ['Node', { id: null }],
      ['Node', { next: null, kind: null, children: null }],
      ['Node', { children: {} }],
      ['Node', { '@odata.type': '#microsoft.graph.leaf', weight: 'heavy' }],
      ['Node', { '@odata.type': 'microsoft.graph.leaf', weight: 2.5, when: '2024-05-01T08:00:00Z' }],
      ['Node', { '@odata.type': '#microsoft.graph.peer' }],
      ['Node', { next: { '@odata.type': '#microsoft.graph.leaf', key: 'not-a-guid' } }],
      ['Entity', { '@odata.type': '#microsoft.graph.leaf', day: '2024-05-01' }],
      ['Entity', { '@odata.type': '#microsoft.graph.leaf', day: '2024-05-32' }],
      ['Peer', { count: 1, at: '08:30:00', took: 'PT1H', blob: 'aGVsbG8=' }],
      ['Peer', { count: 1.5 }],
      ['Peer', { count: 2147483648 }],
      ['Peer', { at: '25:00' }],
      ['Peer', { took: 'P1Y' }],
      ['Peer', { took: 'PT' }],
      ['Peer', { blob: 'a' }],
      ['Peer', { back: { peer: { count: 'x' } } }],
      ['Peer', []],
      ['Peer', null],
      ['Kind', 'a'],
      ['Kind', 'z'],
    ];
    for (const [tsName, value] of samples) {
      const ajvValidate = ajv.getSchema(`schema#/$defs/${tsName}`)!;
      const ours = validatorsOf(generated.module, tsName).is(value);
      expect(ajvValidate(value), `${tsName} ${JSON.stringify(value)}`).toBe(ours);
    }
  });
});

describe('hostile names in the model', () => {
  const hostile = smallModel(
    [
      {
        name: 'odd',
        properties: [
          ['__proto__', edm('Int32')],
          ['toString', edm('Int32')],
          ["it's", edm('Int32')],
          ['a"b\\c', edm('Int32')],
          ['*/ end', edm('Int32')],
          ['${x}', edm('Int32')],
          ['mood', enumOf('quote')],
        ],
      },
    ],
    { quote: ["it's", 'say "hi"', 'back\\slash', '*/'] },
  );
  let generated: Generated;
  beforeAll(async () => {
    generated = await generateAndImport(hostile, 'validator-hostile');
  });
  afterAll(() => generated?.remove());

  it('still yields working validators and schema', () => {
    const odd = validatorsOf(generated.module, 'Odd');
    for (const name of ['__proto__', 'toString', "it's", 'a"b\\c', '*/ end', '${x}']) {
      const valid = JSON.parse(JSON.stringify({ [name]: 1 })) as unknown;
      const invalid = JSON.parse(JSON.stringify({ [name]: 'one' })) as unknown;
      expect(odd.is(valid), name).toBe(true);
      expect(odd.validate(invalid).map((error) => error.path), name).toEqual([`/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
    expect(odd.is({})).toBe(true);
    for (const member of ["it's", 'say "hi"', 'back\\slash', '*/']) expect(odd.is({ mood: member }), member).toBe(true);
    expect(odd.is({ mood: 'say hi' })).toBe(false);
    const schema = JSON.parse(readFileSync(path.join(generated.dir, 'schema.json'), 'utf8')) as { $defs: { Odd: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.$defs.Odd.properties)).toContain('__proto__');
  });

  it('writes validator modules that parse, even for a property name with a line break', () => {
    const withBreak = smallModel([{ name: 'odd', properties: [['line\nbreak', edm('Int32')], ['*/', enumOf('quote')]] }], { quote: ['a\nb', '\u2028'] });
    const emitted = emitValidators(withBreak, header());
    expect(emitted.map((file) => file.path)).toEqual(['validators/Odd.js', 'validators/Odd.d.ts', 'validators/Quote.js', 'validators/Quote.d.ts']);
    for (const file of emitted.filter((candidate) => candidate.path.endsWith('.js'))) expect(syntaxErrors(file.content), file.path).toEqual([]);
  });
});

describe('a type with thousands of properties', () => {
  const count = 2_500;
  const wide = smallModel(
    [{ name: 'wide', properties: Array.from({ length: count }, (_, i) => [`p${i}`, i % 3 === 0 ? edm('Int32') : edm('String'), { collection: i % 5 === 0 }] as const).map(([name, type, options]) => [name, type, options]) }],
  );
  let generated: Generated;
  beforeAll(async () => {
    generated = await generateAndImport(wide, 'validator-wide');
  });
  afterAll(() => generated?.remove());

  it('has declarations that compile under the strictest flags', () => {
    expect(strictErrors([path.join(generated.dir, 'validators', 'Wide.d.ts')])).toEqual([]);
  });

  it('checks every property, the last one included', () => {
    const v = validatorsOf(generated.module, 'Wide');
    const last = `p${count - 2}`; // a String, past the first parts
    expect(v.is({ p0: [1], [last]: 'x' })).toBe(true);
    expect(v.is({ [last]: 5 })).toBe(false);
    expect(v.validate({ p1: 1, [last]: 5 }).map((error) => error.path)).toEqual(['/p1', `/${last}`]);
  });
});

const run = inject('v1Run');
describe.skipIf(!run)('the v1.0 output', () => {
  it('keeps every internal worker out of the declarations and the index', () => {
    const outDir = run!.outDir;
    const declarations = listFiles(outDir).filter((file) => file.endsWith('.d.ts') || file === 'index.ts' || file === 'validators.js');
    expect(declarations.length).toBeGreaterThan(1400);
    for (const file of declarations) expect(readFileSync(path.join(outDir, file), 'utf8'), file).not.toMatch(/\b_is[A-Z]|\b_validate[A-Z]/);
  });
});
