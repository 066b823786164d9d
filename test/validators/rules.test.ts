/**
 * The validation rules, one at a time, on validators generated from a small model built here:
 * each rule with values it must accept and values it must reject, through `is`, `validate`
 * (paths, expectations, sources) and `assert`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edm, enumOf, json, pageOf, smallModel, typeOf, unknownType } from './support/small-model.js';
import { generateAndImport, validatorsOf, type Generated } from './support/generated-module.js';

const model = smallModel(
  [
    { name: 'entity', properties: [['id', edm('String'), { nullable: false }]] },
    {
      name: 'item',
      base: 'entity',
      properties: [
        ['name', edm('String')],
        ['count', edm('Int32'), { nullable: false }],
        ['size', edm('Int64')],
        ['small', edm('Int16')],
        ['tiny', edm('Byte')],
        ['signed', edm('SByte')],
        ['ratio', edm('Double')],
        ['price', edm('Decimal')],
        ['ok', edm('Boolean')],
        ['created', edm('DateTimeOffset')],
        ['day', edm('Date')],
        ['at', edm('TimeOfDay')],
        ['took', edm('Duration')],
        ['key', edm('Guid')],
        ['blob', edm('Binary')],
        ['color', enumOf('color')],
        ['tone', enumOf('tone', true)],
        ['colors', enumOf('color'), { collection: true, nullable: false }],
        ['tags', edm('String'), { collection: true }],
        ['part', typeOf('part')],
        ['parts', typeOf('part'), { collection: true }],
        ['extra', json],
        ['anything', unknownType],
        ['parent', typeOf('item')],
        ['constructor', edm('String')],
        ['a/b~c', edm('Int32')],
        ['@microsoft.graph.downloadUrl', edm('String')],
      ],
    },
    { name: 'special', base: 'item', properties: [['level', edm('Int32')]] },
    { name: 'superSpecial', base: 'special', properties: [['depth', edm('Int32')]] },
    { name: 'other', base: 'entity', properties: [['note', edm('String')]] },
    {
      name: 'part',
      properties: [
        ['partId', edm('Guid')],
        ['quantity', edm('Int32'), { nullable: false }],
        ['inner', typeOf('part')],
      ],
    },
    { name: 'bag', openType: true, properties: [['label', edm('String')]] },
    { name: 'empty' },
  ],
  { color: ['red', 'green', 'blue'], tone: ['warm', 'cool'], nothing: [] },
);

let generated: Generated;
let item: ReturnType<typeof validatorsOf>;
let special: ReturnType<typeof validatorsOf>;
let entity: ReturnType<typeof validatorsOf>;
let part: ReturnType<typeof validatorsOf>;

beforeAll(async () => {
  generated = await generateAndImport(model, 'validator-rules');
  item = validatorsOf(generated.module, 'Item');
  special = validatorsOf(generated.module, 'Special');
  entity = validatorsOf(generated.module, 'Entity');
  part = validatorsOf(generated.module, 'Part');
});
afterAll(() => generated?.remove());

/** Accepted by `is` and by `validate` (no errors). */
function expectValid(v: ReturnType<typeof validatorsOf>, value: unknown, options?: { strict?: boolean }): void {
  expect(v.validate(value, options)).toEqual([]);
  expect(v.is(value, options)).toBe(true);
}

/** Rejected by `is`, and by `validate` with an error at each of `paths` (and only there). */
function expectInvalid(v: ReturnType<typeof validatorsOf>, value: unknown, paths: string[], options?: { strict?: boolean; maxDepth?: number }): void {
  expect(v.is(value, options)).toBe(false);
  expect(v.validate(value, options).map((error) => error.path)).toEqual(paths);
}

describe('the root', () => {
  it('accepts an object, even an empty one', () => {
    expectValid(item, {});
    expectValid(validatorsOf(generated.module, 'Empty'), {});
  });
  it('rejects arrays, null and primitives at the root', () => {
    for (const value of [[], [{}], null, undefined, 'text', 42, true]) expectInvalid(item, value, ['']);
    expect(item.validate([])[0]).toMatchObject({ expected: 'microsoft.graph.item', found: 'array (0 items)', source: pageOf('item') });
  });
});

describe('primitives', () => {
  const cases: [string, unknown[], unknown[]][] = [
    ['name', ['', 'text'], [1, true, {}, []]],
    ['count', [0, -2147483648, 2147483647], [1.5, 2147483648, -2147483649, '1', NaN, Infinity]],
    ['size', [0, 9007199254740993, -9223372036854775808], [0.5, '1', 1e20]],
    ['small', [-32768, 32767], [32768, -32769, 1.1]],
    ['tiny', [0, 255], [-1, 256, 2.5]],
    ['signed', [-128, 127], [128, -129]],
    ['ratio', [0, -1.5, 1e300], ['1.5', Infinity, NaN]],
    ['price', [12.25], ['12.25']],
    ['ok', [true, false], ['true', 0]],
    ['created', ['2024-05-01T08:00:00Z', '2024-05-01T08:00:00.1234567Z', '2024-02-29T23:59:59+05:30', '2024-05-01T08:00Z'], ['2024-05-01', '2024-05-01T08:00:00', '2024-13-01T00:00:00Z', '2023-02-29T00:00:00Z', '2024-05-01 08:00:00Z', 1714550400000]],
    ['day', ['2024-05-01', '2024-02-29'], ['2024-5-1', '2023-02-29', '2024-05-01T00:00:00Z', '20240501']],
    ['at', ['08:30', '08:30:00', '23:59:59.0000000'], ['24:00:00', '8:30', '08:60', '08:30:00Z']],
    ['took', ['PT1H30M', 'P90D', 'PT0.5S', '-P1DT2H', 'PT0S'], ['P', 'PT', '1H', 'PT1.5H', 'P1Y', 'PT1H1H', 'PT1M1H']],
    ['key', ['6a1a5f4e-1b2c-4d3e-8f90-0123456789ab', '6A1A5F4E-1B2C-4D3E-8F90-0123456789AB'], ['6a1a5f4e1b2c4d3e8f900123456789ab', '6a1a5f4e-1b2c-4d3e-8f90-0123456789ag', '{6a1a5f4e-1b2c-4d3e-8f90-0123456789ab}']],
    ['blob', ['', 'aGVsbG8=', 'aGVsbG8', 'a-_b', '+/+/'], ['a', 'aGVsbG8==', 'a b=', 'aGVs=bG8']],
  ];
  for (const [name, good, bad] of cases) {
    it(`${name}: accepts ${good.length} values, rejects ${bad.length}`, () => {
      for (const value of good) expectValid(item, { [name]: value });
      for (const value of bad) expectInvalid(item, { [name]: value }, [`/${name}`]);
    });
  }
  it('says what it expected and what it found, with the property page', () => {
    expect(item.validate({ count: 1.5, key: 'nope' })).toEqual([
      { path: '/count', expected: 'Int32', found: 'number 1.5', source: pageOf('item') },
      { path: '/key', expected: 'Guid or null', found: 'string "nope"', source: pageOf('item') },
    ]);
  });
});

describe('null', () => {
  it('is accepted where the docs allow it and rejected where they say not nullable', () => {
    expectValid(item, { name: null, tags: null, part: null, color: null, created: null });
    expectInvalid(item, { count: null }, ['/count']);
    expectInvalid(item, { id: null }, ['/id']);
    expectInvalid(item, { colors: null }, ['/colors']);
    expectInvalid(item, { parts: [null] }, ['/parts/0']);
    expectInvalid(item, { tags: ['a', null] }, ['/tags/1']);
  });
});

describe('enums', () => {
  it('accepts members only, case-sensitively', () => {
    expectValid(item, { color: 'green', colors: ['red', 'blue'] });
    expectInvalid(item, { color: 'Green' }, ['/color']);
    expectInvalid(item, { color: 'purple' }, ['/color']);
    expectInvalid(item, { colors: ['red', 'purple', 3] }, ['/colors/1', '/colors/2']);
    expect(item.validate({ color: 'purple' })[0]?.expected).toBe('Color (red | green | blue) or null');
  });
  it('accepts any string where the docs type it String and list values in prose', () => {
    expectValid(item, { tone: 'warm' });
    expectValid(item, { tone: 'somethingNew' });
    expectInvalid(item, { tone: 7 }, ['/tone']);
  });
  it('exports a membership check per enum', () => {
    const color = validatorsOf(generated.module, 'Color');
    expect(color.is('red')).toBe(true);
    expect(color.is('Red')).toBe(false);
    expect(color.is(['red'])).toBe(false);
    expect(color.validate('pink')).toEqual([{ path: '', expected: 'Color (red | green | blue)', found: 'string "pink"', source: 'resources/enums.md' }]);
    expect(() => color.assert('pink')).toThrow(/not a valid Color/);
    expect(validatorsOf(generated.module, 'Nothing').is('')).toBe(false);
  });
});

describe('collections', () => {
  it('must be arrays of the element type', () => {
    expectValid(item, { tags: [], parts: [{ quantity: 1 }, { quantity: 2 }] });
    expectInvalid(item, { tags: 'single' }, ['/tags']);
    expectInvalid(item, { parts: { quantity: 1 } }, ['/parts']);
    expectInvalid(item, { tags: ['a', 2, 'c', false] }, ['/tags/1', '/tags/3']);
    expect(item.validate({ tags: 'single' })[0]?.expected).toBe('Collection(String) or null');
  });
  it('reports holes of sparse arrays', () => {
    const sparse: unknown[] = ['a'];
    sparse[2] = 'c';
    expectInvalid(item, { tags: sparse }, ['/tags/1']);
  });
});

describe('nested objects', () => {
  it('are checked by their own type, with paths into them', () => {
    expectValid(item, { part: { partId: '6a1a5f4e-1b2c-4d3e-8f90-0123456789ab', quantity: 2, inner: { quantity: 1 } } });
    expectInvalid(item, { part: 'text' }, ['/part']);
    expectInvalid(item, { part: [] }, ['/part']);
    expectInvalid(item, { parts: [{ quantity: 1 }, { quantity: 'two' }] }, ['/parts/1/quantity']);
    expectInvalid(item, { part: { inner: { inner: { quantity: 0.5 } } } }, ['/part/inner/inner/quantity']);
    expect(item.validate({ parts: [{ quantity: 'two' }] })[0]).toEqual({ path: '/parts/0/quantity', expected: 'Int32', found: 'string "two"', source: pageOf('part') });
  });
  it('returns every error, not the first', () => {
    const errors = item.validate({ id: 1, count: 'x', color: 'x', tags: [1], parts: [{ quantity: 'x' }], part: { partId: 'x' } });
    expect(errors.map((error) => error.path)).toEqual(['/id', '/count', '/color', '/tags/0', '/part/partId', '/parts/0/quantity']);
  });
});

describe('json and unknown properties', () => {
  it('json: any JSON object', () => {
    expectValid(item, { extra: {} });
    expectValid(item, { extra: { a: [1, 'b', null, { c: true }] } });
    expectInvalid(item, { extra: 'text' }, ['/extra']);
    expectInvalid(item, { extra: [1] }, ['/extra']);
    expectInvalid(item, { extra: { when: new Date(0) } }, ['/extra']);
    expectInvalid(item, { extra: { f: () => 1 } }, ['/extra']);
    expectInvalid(item, { extra: { n: NaN } }, ['/extra']);
  });
  it('unknown: anything', () => {
    for (const value of [1, 'a', null, [], {}, () => 1]) expectValid(item, { anything: value });
  });
});

describe('inheritance', () => {
  it('checks base-type properties on derived types', () => {
    expectValid(special, { id: 'a', count: 1, level: 2 });
    expectInvalid(special, { id: 5 }, ['/id']);
    expect(special.validate({ id: 5 })[0]?.source).toBe(pageOf('entity'));
    expectInvalid(special, { count: 'x', level: 'y' }, ['/count', '/level']);
  });
});

describe('polymorphism through @odata.type', () => {
  it('accepts the type itself, with or without #', () => {
    expectValid(item, { '@odata.type': '#microsoft.graph.item' });
    expectValid(item, { '@odata.type': 'microsoft.graph.item' });
  });
  it('switches to the derived type named, directly or not', () => {
    expectValid(item, { '@odata.type': '#microsoft.graph.special', level: 3 });
    expectInvalid(item, { '@odata.type': '#microsoft.graph.special', level: 'high' }, ['/level']);
    expectInvalid(item, { '@odata.type': '#microsoft.graph.superSpecial', depth: 'deep', count: 'x' }, ['/count', '/depth']);
    expectValid(entity, { '@odata.type': '#microsoft.graph.superSpecial', depth: 1 });
    // Without the @odata.type, `level` is unknown to item and accepted.
    expectValid(item, { level: 'high' });
  });
  it('switches inside collections and nested properties too', () => {
    expectInvalid(item, { parent: { '@odata.type': '#microsoft.graph.special', level: 'x' } }, ['/parent/level']);
  });
  it('rejects a type that is not the expected one or derived from it', () => {
    expectInvalid(item, { '@odata.type': '#microsoft.graph.other' }, ['/@odata.type']);
    expectInvalid(item, { '@odata.type': '#microsoft.graph.entity' }, ['/@odata.type']);
    expectInvalid(special, { '@odata.type': '#microsoft.graph.item' }, ['/@odata.type']);
    expectInvalid(item, { '@odata.type': '#microsoft.graph.Item' }, ['/@odata.type']);
    expectInvalid(item, { '@odata.type': 42 }, ['/@odata.type']);
    expect(item.validate({ '@odata.type': '#microsoft.graph.other' })[0]?.expected).toBe(
      '"#microsoft.graph.item" or a type derived from it (#microsoft.graph.special, #microsoft.graph.superSpecial)',
    );
  });
  it('still checks the properties when @odata.type is wrong', () => {
    expect(item.validate({ '@odata.type': 'nope', count: 'x' }).map((error) => error.path)).toEqual(['/@odata.type', '/count']);
  });
});

describe('instance annotations and unknown properties', () => {
  const annotated = { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#items/$entity', '@odata.etag': 'W/"1"', 'parts@odata.nextLink': 'https://next', 'parts@odata.count': 3 };
  it('accepts annotations always, unknown properties unless strict', () => {
    expectValid(item, annotated, { strict: true });
    expectValid(item, { ...annotated, somethingNew: 1 });
    expectInvalid(item, { somethingNew: 1, count: 1 }, ['/somethingNew'], { strict: true });
    expect(item.validate({ 'a/b': 1 }, { strict: true })[0]?.path).toBe('/a~1b');
  });
  it('applies strict to nested objects and to the derived type named', () => {
    expectInvalid(item, { part: { quantity: 1, extra: true } }, ['/part/extra'], { strict: true });
    expectValid(item, { '@odata.type': '#microsoft.graph.special', level: 1 }, { strict: true });
  });
  it('accepts unknown properties of an open type even when strict', () => {
    expectValid(validatorsOf(generated.module, 'Bag'), { label: 'a', anything: 1 }, { strict: true });
  });
  it('checks documented properties whose names contain @ like any other', () => {
    expectInvalid(item, { '@microsoft.graph.downloadUrl': 5 }, ['/@microsoft.graph.downloadUrl']);
  });
});

describe('awkward property names', () => {
  it('reads names Object.prototype also has only where they are own properties', () => {
    expectValid(item, {});
    expectValid(item, { constructor: 'c' });
    expectInvalid(item, { constructor: 5 }, ['/constructor']);
  });
  it('escapes names in paths as JSON Pointer tokens', () => {
    expectInvalid(item, { 'a/b~c': 'x' }, ['/a~1b~0c']);
  });
});

describe('hostile input', () => {
  it('never throws: getters that throw, revoked proxies', () => {
    const throwing = Object.defineProperty({}, 'count', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(item.is(throwing)).toBe(false);
    expect(item.validate(throwing)).toEqual([{ path: '', expected: 'readable properties', found: 'reading threw: boom', source: pageOf('item') }]);
    const throwingPart = Object.defineProperty({}, 'quantity', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(item.validate({ part: throwingPart, count: 'x' }).map((error) => error.path)).toEqual(['/count', '/part']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(item.is(proxy)).toBe(false);
    expect(item.validate(proxy)).toHaveLength(1);
    expect(item.is({ part: proxy })).toBe(false);
    expect(() => item.validate({ part: proxy })).not.toThrow();
  });
  it('accepts null-prototype objects', () => {
    const bare = Object.assign(Object.create(null) as object, { count: 1, tags: ['a'] });
    expectValid(item, bare);
  });
  it('stops cyclic objects at the depth limit instead of recursing forever', () => {
    const cyclic: Record<string, unknown> = { count: 1 };
    cyclic.parent = cyclic;
    expect(item.is(cyclic)).toBe(false);
    const errors = item.validate(cyclic);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.found).toBe('too deep');
    expect(errors[0]?.path.startsWith('/parent/parent/')).toBe(true);
  });
  it('rejects deep input as too deep, without exhausting the stack', () => {
    let deep: Record<string, unknown> = { quantity: 1 };
    for (let i = 0; i < 100_000; i++) deep = { quantity: 1, inner: deep };
    expect(part.is(deep)).toBe(false);
    expect(part.validate(deep).map((error) => error.found)).toEqual(['too deep']);
    let json: unknown = 1;
    for (let i = 0; i < 100_000; i++) json = [json];
    expectInvalid(item, { extra: { deep: json } }, ['/extra']);
  });
  it('honours maxDepth', () => {
    const nested = { quantity: 1, inner: { quantity: 1, inner: { quantity: 1 } } };
    expect(part.is(nested, { maxDepth: 3 })).toBe(true);
    expect(part.is(nested, { maxDepth: 2 })).toBe(false);
    expect(part.validate(nested, { maxDepth: 2 })).toEqual([{ path: '/inner/inner', expected: 'at most 2 levels of nested objects', found: 'too deep', source: pageOf('part') }]);
  });
  // No timing here (timings live in `npm run bench`): a check that backtracked on these
  // megabyte strings would not finish within the test's timeout.
  it('rejects megabyte adversarial strings in every format check', () => {
    const long = `${'9'.repeat(999_999)}!`;
    for (const key of ['created', 'day', 'at', 'took', 'key', 'blob']) {
      expect(item.is({ [key]: long })).toBe(false);
      expect(item.is({ [key]: `P${'1D'.repeat(500_000)}` })).toBe(false);
    }
  });
});

describe('assert', () => {
  it('returns quietly for valid values and throws one error listing every problem', () => {
    expect(() => item.assert({ count: 1 })).not.toThrow();
    let thrown: unknown;
    try {
      item.assert({ count: 'x', tags: [1] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    const error = thrown as Error & { errors: unknown[]; typeName: string };
    expect(error.name).toBe('ValidationFailedError');
    expect(error.typeName).toBe('Item');
    expect(error.errors).toHaveLength(2);
    expect(error.message).toContain('/count: expected Int32, found string "x" (resources/item.md)');
    expect(error.message).toContain('/tags/0: expected String, found number 1');
    expect(error).toBeInstanceOf(generated.module.ValidationFailedError as new () => Error);
  });
});
