/**
 * buildModel over every fixture page (discovered as `generate` does), against the inventory
 * and the model rows of fixtures/README.md.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { discoverPages } from '../../src/discover/discover.js';
import { buildModel } from '../../src/model/build-model.js';
import type { EnumType, Property, SchemaModel, StructuredType } from '../../src/model/schema-model.js';
import { parsePage } from '../../src/parse/page.js';
import type { PageFacts } from '../../src/parse/page-facts.js';

const DOCS = fileURLToPath(new URL('../../fixtures/docs', import.meta.url));

let pages: PageFacts[];
let model: SchemaModel;

beforeAll(async () => {
  const discovered = await discoverPages([DOCS]);
  pages = await Promise.all(discovered.map(async (p) => parsePage(p.file, await readFile(join(p.root, p.file), 'utf8'))));
  model = buildModel(pages);
});

function type(qualifiedName: string): StructuredType {
  const found = model.types.find((t) => t.qualifiedName === qualifiedName);
  if (!found) throw new Error(`no type ${qualifiedName}`);
  return found;
}

function enumType(qualifiedName: string): EnumType {
  const found = model.enums.find((e) => e.qualifiedName === qualifiedName);
  if (!found) throw new Error(`no enum ${qualifiedName}`);
  return found;
}

function prop(typeName: string, name: string): Property {
  const found = type(`microsoft.graph.${typeName}`).properties.find((p) => p.name === name);
  if (!found) throw new Error(`no property ${typeName}.${name}`);
  return found;
}

function typeOf(typeName: string, name: string): { type: Property['type']; collection: boolean } {
  const p = prop(typeName, name);
  return { type: p.type, collection: p.collection };
}

describe('discovery', () => {
  it('finds every page except includes/ (the op-* pages pin down operations, test/operations)', () => {
    expect(pages.map((p) => p.file).filter((file) => !file.startsWith('api/op-'))).toStrictEqual([
      'api/cog-post.md',
      'api/flange-update.md',
      'api/sprocket-post.md',
      'api/widget-assignparts.md',
      'api/widget-post.md',
      'api/widget-update.md',
      'resources/contosorecords-usagerecord.md',
      'resources/entity.md',
      'resources/enums.md',
      'resources/gadget.md',
      'resources/widget.md',
      'resources/widgetbase.md',
      'resources/widgetlabel.md',
      'resources/widgetowner.md',
      'resources/widgetpart.md',
      'resources/widgets-overview.md',
      'resources/widgetsize.md',
    ]);
  });
});

describe('inventory', () => {
  it('exactly 11 interfaces, with qualified names, names, namespaces and tsNames', () => {
    expect(model.types.map((t) => [t.qualifiedName, t.name, t.namespace, t.tsName])).toStrictEqual([
      ['microsoft.graph.cog', 'cog', 'microsoft.graph', 'Cog'],
      ['microsoft.graph.contosoRecords.usageRecord', 'usageRecord', 'microsoft.graph.contosoRecords', 'UsageRecord'],
      ['microsoft.graph.entity', 'entity', 'microsoft.graph', 'Entity'],
      ['microsoft.graph.flange', 'flange', 'microsoft.graph', 'Flange'],
      ['microsoft.graph.gadget', 'gadget', 'microsoft.graph', 'Gadget'],
      ['microsoft.graph.sprocket', 'sprocket', 'microsoft.graph', 'Sprocket'],
      ['microsoft.graph.widget', 'widget', 'microsoft.graph', 'Widget'],
      ['microsoft.graph.widgetBase', 'widgetBase', 'microsoft.graph', 'WidgetBase'],
      ['microsoft.graph.widgetLabel', 'widgetLabel', 'microsoft.graph', 'WidgetLabel'],
      ['microsoft.graph.widgetOwner', 'widgetOwner', 'microsoft.graph', 'WidgetOwner'],
      ['microsoft.graph.widgetPart', 'widgetPart', 'microsoft.graph', 'WidgetPart'],
    ]);
  });

  it('exactly 12 enums, with qualified names, tsNames and derivedName flags', () => {
    expect(model.enums.map((e) => [e.qualifiedName, e.tsName, e.derivedName])).toStrictEqual([
      ['microsoft.graph.gadgetFinish', 'GadgetFinish', true],
      ['microsoft.graph.gadgetProtocol', 'GadgetProtocol', true],
      ['microsoft.graph.ownerRole', 'OwnerRole', false],
      ['microsoft.graph.partCondition', 'PartCondition', false],
      ['microsoft.graph.sprocketCoating', 'SprocketCoating', true],
      ['microsoft.graph.sprocketGrade', 'SprocketGrade', false],
      ['microsoft.graph.widgetColor', 'WidgetColor', false],
      ['microsoft.graph.widgetOwnerContactMethod', 'WidgetOwnerContactMethod', true],
      ['microsoft.graph.widgetOwnerRegion', 'WidgetOwnerRegion', true],
      ['microsoft.graph.widgetPartMaterial', 'WidgetPartMaterial', true],
      ['microsoft.graph.widgetSize', 'WidgetSize', false],
      ['microsoft.graph.widgetStatus', 'WidgetStatus', false],
    ]);
  });

  it('nothing that must not exist', () => {
    const tsNames = [...model.types, ...model.enums].map((x) => x.tsName);
    for (const absent of ['PreviewNote', 'GadgetSize', 'OwnerBadge']) expect(tsNames).not.toContain(absent);
    expect(tsNames.filter((n) => /assignparts/i.test(n))).toStrictEqual([]);
    expect(model.types.flatMap((t) => t.properties.map((p) => p.name))).not.toContain('previewChannel');
    expect(model.types.filter((t) => t.source.file === 'resources/widgets-overview.md')).toStrictEqual([]);
  });
});

describe('enums', () => {
  it('WidgetSize keeps its page order, values and descriptions', () => {
    const size = enumType('microsoft.graph.widgetSize');
    expect(size.members).toStrictEqual([
      { name: 'small', value: '0', description: 'Fits in one hand.' },
      { name: 'medium', value: '1', description: 'Fits on a desk.' },
      { name: 'large', value: '2', description: 'Needs a shelf of its own.' },
    ]);
    expect(size.source).toStrictEqual({ file: 'resources/widgetsize.md', line: 18, column: 1 });
  });

  it('members of the other enums', () => {
    const members = (q: string) => enumType(q).members.map((m) => m.name);
    expect(members('microsoft.graph.widgetColor')).toStrictEqual(['red', 'green', 'blue']);
    expect(enumType('microsoft.graph.widgetColor').members.map((m) => m.description)).toStrictEqual([
      'The body is painted red.',
      'The body is painted green.',
      'The body is painted blue.',
    ]);
    expect(members('microsoft.graph.widgetStatus')).toStrictEqual(['draft', 'active', 'retired']);
    expect(members('microsoft.graph.ownerRole')).toStrictEqual(['maintainer', 'viewer', 'unknownFutureValue']);
    expect(members('microsoft.graph.partCondition')).toStrictEqual(['new', 'used', 'refurbished']);
    expect(members('microsoft.graph.gadgetFinish')).toStrictEqual(['matte', 'glossy', 'satin']);
    expect(members('microsoft.graph.gadgetProtocol')).toStrictEqual(['usb', 'bluetooth', 'infrared']);
    expect(members('microsoft.graph.widgetOwnerContactMethod')).toStrictEqual(['email', 'phone', 'none']);
    expect(members('microsoft.graph.widgetOwnerRegion')).toStrictEqual(['emea', 'amer', 'apac']);
    expect(members('microsoft.graph.widgetPartMaterial')).toStrictEqual(['steel', 'brass', 'plastic']);
  });

  it('derived enums are sourced at the property row that lists them', () => {
    expect(enumType('microsoft.graph.gadgetFinish').source).toStrictEqual({ file: 'resources/gadget.md', line: 22, column: 1 });
    expect(enumType('microsoft.graph.widgetOwnerRegion').source).toStrictEqual({ file: 'resources/widgetowner.md', line: 24, column: 1 });
  });
});

describe('enum references: open vs closed', () => {
  it.each<[string, string, unknown]>([
    ['gadget', 'finish', { kind: 'enum', enum: 'microsoft.graph.gadgetFinish' }],
    ['gadget', 'size', { kind: 'enum', enum: 'microsoft.graph.widgetSize' }],
    ['widget', 'color', { kind: 'enum', enum: 'microsoft.graph.widgetColor' }],
    ['widget', 'size', { kind: 'enum', enum: 'microsoft.graph.widgetSize' }],
    ['widgetBase', 'status', { kind: 'enum', enum: 'microsoft.graph.widgetStatus' }],
    ['widgetOwner', 'role', { kind: 'enum', enum: 'microsoft.graph.ownerRole' }],
    ['gadget', 'protocol', { kind: 'enum', enum: 'microsoft.graph.gadgetProtocol', open: true }],
    ['widgetOwner', 'contactMethod', { kind: 'enum', enum: 'microsoft.graph.widgetOwnerContactMethod', open: true }],
    ['widgetOwner', 'region', { kind: 'enum', enum: 'microsoft.graph.widgetOwnerRegion', open: true }],
    ['widgetPart', 'material', { kind: 'enum', enum: 'microsoft.graph.widgetPartMaterial', open: true }],
  ])('%s.%s', (typeName, name, expected) => {
    expect(prop(typeName, name).type).toStrictEqual(expected);
  });
});

describe('inheritance', () => {
  it('base types', () => {
    expect(Object.fromEntries(model.types.map((t) => [t.qualifiedName, t.baseType ?? null]))).toStrictEqual({
      'microsoft.graph.cog': null,
      'microsoft.graph.contosoRecords.usageRecord': null,
      'microsoft.graph.entity': null,
      'microsoft.graph.flange': null,
      'microsoft.graph.gadget': 'microsoft.graph.widgetBase',
      'microsoft.graph.sprocket': null,
      'microsoft.graph.widget': 'microsoft.graph.widgetBase',
      'microsoft.graph.widgetBase': 'microsoft.graph.entity',
      'microsoft.graph.widgetLabel': null,
      'microsoft.graph.widgetOwner': 'microsoft.graph.entity',
      'microsoft.graph.widgetPart': null,
    });
  });

  it('derivedTypes, transitive and sorted', () => {
    expect(Object.fromEntries(model.types.map((t) => [t.qualifiedName, t.derivedTypes]))).toStrictEqual({
      'microsoft.graph.cog': [],
      'microsoft.graph.contosoRecords.usageRecord': [],
      'microsoft.graph.entity': ['microsoft.graph.gadget', 'microsoft.graph.widget', 'microsoft.graph.widgetBase', 'microsoft.graph.widgetOwner'],
      'microsoft.graph.flange': [],
      'microsoft.graph.gadget': [],
      'microsoft.graph.sprocket': [],
      'microsoft.graph.widget': [],
      'microsoft.graph.widgetBase': ['microsoft.graph.gadget', 'microsoft.graph.widget'],
      'microsoft.graph.widgetLabel': [],
      'microsoft.graph.widgetOwner': [],
      'microsoft.graph.widgetPart': [],
    });
  });

  it('Entity has id (Edm.String, read-only, not nullable); WidgetBase does not re-declare it', () => {
    expect(type('microsoft.graph.entity').properties.map((p) => [p.name, p.type, p.nullable, p.readOnly])).toStrictEqual([
      ['id', { kind: 'primitive', edm: 'Edm.String' }, false, true],
    ]);
    expect(type('microsoft.graph.widgetBase').properties.map((p) => p.name)).toStrictEqual(['createdDateTime', 'displayName', 'status']);
  });

  it('no type re-declares a property of an ancestor', () => {
    const byName = new Map(model.types.map((t) => [t.qualifiedName, t]));
    for (const t of model.types) {
      const own = new Set(t.properties.map((p) => p.name));
      for (let base = t.baseType; base; base = byName.get(base)?.baseType) {
        for (const p of byName.get(base)!.properties) expect(own.has(p.name), `${t.name}.${p.name}`).toBe(false);
      }
    }
  });
});

describe('properties', () => {
  it('Widget: resource page order (Properties, Relationships), then activationCode from the create page', () => {
    expect(type('microsoft.graph.widget').properties.map((p) => [p.name, p.relationship])).toStrictEqual([
      ['color', false],
      ['isActive', false],
      ['parts', false],
      ['serialNumber', false],
      ['size', false],
      ['tags', false],
      ['weightInGrams', false],
      ['gadgets', true],
      ['owner', true],
      ['activationCode', false],
    ]);
  });

  it('activationCode is merged into Widget with its source on the api page; displayName is not re-declared', () => {
    const activation = prop('widget', 'activationCode');
    expect(activation.type).toStrictEqual({ kind: 'primitive', edm: 'Edm.String' });
    expect(activation.collection).toBe(false);
    expect(activation.source).toStrictEqual({ file: 'api/widget-post.md', line: 45, column: 1 });
    expect(type('microsoft.graph.widget').source).toStrictEqual({ file: 'resources/widget.md', line: 59, column: 1 });
  });

  it('size keeps the resource page description and source', () => {
    const size = prop('widget', 'size');
    expect(size.description).toBe('The size class of the widget.');
    expect(size.source.file).toBe('resources/widget.md');
  });

  it('the action parameters are not merged into Widget', () => {
    const names = type('microsoft.graph.widget').properties.map((p) => p.name);
    expect(names).not.toContain('addParts');
    expect(names).not.toContain('removePartIds');
  });

  it.each<[string, string, unknown]>([
    ['widget', 'parts', { type: { kind: 'type', type: 'microsoft.graph.widgetPart' }, collection: true }],
    ['widget', 'gadgets', { type: { kind: 'type', type: 'microsoft.graph.gadget' }, collection: true }],
    ['widget', 'owner', { type: { kind: 'type', type: 'microsoft.graph.widgetOwner' }, collection: false }],
    ['widget', 'tags', { type: { kind: 'primitive', edm: 'Edm.String' }, collection: true }],
    ['widget', 'serialNumber', { type: { kind: 'primitive', edm: 'Edm.Int64' }, collection: false }],
    ['gadget', 'spareParts', { type: { kind: 'type', type: 'microsoft.graph.widgetPart' }, collection: true }],
    ['gadget', 'labels', { type: { kind: 'primitive', edm: 'Edm.String' }, collection: true }],
    ['gadget', 'settings', { type: { kind: 'json' }, collection: false }],
    ['widgetOwner', 'favoritePart', { type: { kind: 'type', type: 'microsoft.graph.widgetPart' }, collection: false }],
    ['widgetOwner', 'preferences', { type: { kind: 'json' }, collection: false }],
    ['widgetOwner', 'badge', { type: { kind: 'unknown' }, collection: false }],
    ['widgetPart', 'partId', { type: { kind: 'primitive', edm: 'Edm.Guid' }, collection: false }],
  ])('%s.%s', (typeName, name, expected) => {
    expect(typeOf(typeName, name)).toStrictEqual(expected);
  });

  it('usageRecord.widget (qualified link text) resolves to microsoft.graph.widget', () => {
    const widget = type('microsoft.graph.contosoRecords.usageRecord').properties.find((p) => p.name === 'widget');
    expect(widget?.type).toStrictEqual({ kind: 'type', type: 'microsoft.graph.widget' });
  });

  it('badge keeps the type cell as written', () => {
    expect(prop('widgetOwner', 'badge').typeText).toBe('[ownerBadge](ownerbadge.md)');
  });

  it('read-only and nullable flags', () => {
    const all = model.types.flatMap((t) => t.properties.map((p) => ({ id: `${t.name}.${p.name}`, p })));
    expect(all.filter((x) => x.p.readOnly).map((x) => x.id).sort()).toStrictEqual([
      'cog.id',
      'entity.id',
      'gadget.code',
      'usageRecord.id',
      'widget.gadgets',
      'widget.serialNumber',
      'widgetBase.createdDateTime',
      'widgetBase.status',
    ]);
    expect(all.filter((x) => !x.p.nullable).map((x) => x.id).sort()).toStrictEqual([
      'cog.id',
      'entity.id',
      'sprocket.id',
      'usageRecord.id',
      'widget.serialNumber',
      'widgetBase.displayName',
      'widgetPart.quantity',
    ]);
  });

  it('keys: keyProperty annotations (entity, usageRecord), "Key of the cog.", sprocket\'s id "Inherited from entity" on a type with no base', () => {
    const all = model.types.flatMap((t) => t.properties.map((p) => ({ id: `${t.name}.${p.name}`, p })));
    expect(all.filter((x) => x.p.key).map((x) => x.id).sort()).toStrictEqual(['cog.id', 'entity.id', 'sprocket.id', 'usageRecord.id']);
  });

  it('WidgetLabel: fontSize and text, no base type', () => {
    const label = type('microsoft.graph.widgetLabel');
    expect(label.baseType).toBeUndefined();
    expect(label.properties.map((p) => [p.name, p.type])).toStrictEqual([
      ['fontSize', { kind: 'primitive', edm: 'Edm.Int32' }],
      ['text', { kind: 'primitive', edm: 'Edm.String' }],
    ]);
  });
});

describe('diagnostics', () => {
  it('exactly three of severity warning or error: the contradicted $ref block, the unresolved badge and the lenient annotation', () => {
    const serious = model.diagnostics.filter((d) => d.severity !== 'info');
    expect(serious.map((d) => ({ code: d.code, source: d.source }))).toStrictEqual([
      { code: 'request-block-contradicted', source: { file: 'api/sprocket-post.md', line: 20, column: 1 } },
      { code: 'annotation-lenient-json', source: { file: 'resources/widgetlabel.md', line: 27, column: 1 } },
      { code: 'unresolved-type', source: { file: 'resources/widgetowner.md', line: 20, column: 1 } },
    ]);
  });

  it('none at all (of any severity) point at includes/ or the overview page', () => {
    expect(model.diagnostics.filter((d) => d.source.file.startsWith('includes/') || d.source.file === 'resources/widgets-overview.md')).toStrictEqual(
      [],
    );
  });

  it('the overview page and includes/ contribute nothing', () => {
    const files = [...model.types.flatMap((t) => [t.source.file, ...t.properties.map((p) => p.source.file)]), ...model.enums.map((e) => e.source.file)];
    expect(files.filter((f) => f.startsWith('includes/') || f === 'resources/widgets-overview.md')).toStrictEqual([]);
  });
});

describe('determinism', () => {
  it('building twice from the same pages gives deep-equal models', () => {
    expect(buildModel(pages)).toStrictEqual(model);
  });

  it('building from the pages in reverse order gives a deep-equal model', () => {
    expect(buildModel([...pages].reverse())).toStrictEqual(model);
  });

  it('building does not change the pages', () => {
    const before = JSON.stringify(pages);
    buildModel(pages);
    expect(JSON.stringify(pages)).toBe(before);
  });

  it('the model is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
  });
});

describe('types only API pages describe (fixtures/README.md row 12)', () => {
  it.each<[string, string[]]>([
    ['sprocket', ['id', 'teeth', 'grade', 'coating']],
    ['cog', ['id', 'grade', 'toothCount']],
    ['flange', ['diameter', 'boltCount']],
  ])('%s has exactly the rows of its page, from that page', (name, properties) => {
    const found = type(`microsoft.graph.${name}`);
    expect([found.properties.map((p) => p.name), [...new Set(found.properties.map((p) => p.source.file))]]).toStrictEqual([properties, [found.source.file]]);
  });

  it('sprocketGrade, named by two type cells and documented nowhere, is one closed enum, reported once', () => {
    expect([prop('sprocket', 'grade').type, prop('cog', 'grade').type]).toStrictEqual([
      { kind: 'enum', enum: 'microsoft.graph.sprocketGrade' },
      { kind: 'enum', enum: 'microsoft.graph.sprocketGrade' },
    ]);
    expect(model.diagnostics.filter((d) => d.code === 'enum-from-description').map((d) => d.source)).toStrictEqual([
      { file: 'api/cog-post.md', line: 30, column: 1 },
    ]);
  });

  it('create_sprocket creates at the path without the contradicted $ref and answers 201 with the sprocket', () => {
    const operation = model.operations.find((o) => o.id === 'create_sprocket');
    expect(operation && [operation.path, operation.requestBody, operation.responses]).toStrictEqual([
      '/widgets/{id}/sprockets',
      { kind: 'create', type: 'microsoft.graph.sprocket', omit: [], required: [] },
      [{ status: 201, body: { kind: 'type', type: 'microsoft.graph.sprocket', collection: false } }],
    ]);
  });
});
