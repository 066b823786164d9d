/**
 * parsePage on the fixture pages (fixtures/docs), against the parsing rows of
 * fixtures/README.md. Pages are read from disk and parsed once per file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { parsePage } from '../../src/parse/page.js';
import type { PageFacts, PropertyFacts, TypeFacts } from '../../src/parse/page-facts.js';
import { isPropertyTable, readPropertyRows } from '../../src/parse/property-table.js';
import { readTable } from '../../src/parse/tables.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const DOCS = fileURLToPath(new URL('../../fixtures/docs/', import.meta.url));

function textOf(file: string): string {
  return readFileSync(DOCS + file, 'utf8');
}

const cache = new Map<string, PageFacts>();
function page(file: string): PageFacts {
  let facts = cache.get(file);
  if (!facts) {
    facts = parsePage(file, textOf(file));
    cache.set(file, facts);
  }
  return facts;
}

function onlyType(file: string): TypeFacts {
  const types = page(file).types;
  expect(types).toHaveLength(1);
  return types[0]!;
}

function property(file: string, name: string): PropertyFacts {
  const found = onlyType(file).properties.find((p) => p.name === name);
  if (!found) throw new Error(`${file} has no property ${name}`);
  return found;
}

function propertyNames(file: string): string[] {
  return onlyType(file).properties.map((p) => p.name);
}

const RESOURCE_PAGES = [
  'resources/contosorecords-usagerecord.md',
  'resources/entity.md',
  'resources/gadget.md',
  'resources/widget.md',
  'resources/widgetbase.md',
  'resources/widgetlabel.md',
  'resources/widgetowner.md',
  'resources/widgetpart.md',
];

describe('page kind, heading and namespace', () => {
  it.each<[string, PageFacts['kind']]>([
    ['api/widget-assignparts.md', 'api'],
    ['api/widget-post.md', 'api'],
    ['api/widget-update.md', 'api'],
    ['resources/widget.md', 'resource'],
    ['resources/gadget.md', 'resource'],
    ['resources/widgetsize.md', 'enum'],
    ['resources/enums.md', 'enum'],
    ['resources/widgets-overview.md', 'conceptual'],
  ])('%s is %s', (file, kind) => {
    expect(page(file).kind).toBe(kind);
  });

  it('quoted doc_type "resourcePageType" is read without its quotes', () => {
    expect(page('resources/gadget.md').frontMatter.docType).toBe('resourcePageType');
  });

  it('heading is the first # heading', () => {
    expect(page('resources/widget.md').heading).toBe('widget resource type');
    expect(page('resources/widgetsize.md').heading).toBe('widgetSize enum type');
  });

  it('a later `# [HTTP](#tab/http)` tab heading does not replace the heading', () => {
    expect(page('api/widget-post.md').heading).toBe('Create widget');
  });

  it.each([...RESOURCE_PAGES.filter((f) => !f.includes('contosorecords')), 'api/widget-post.md', 'resources/enums.md'])(
    '%s is in microsoft.graph',
    (file) => {
      expect(page(file).namespace).toBe('microsoft.graph');
    },
  );

  it('a Namespace: line followed by the description in the same paragraph gives only the namespace', () => {
    expect(page('api/widget-assignparts.md').namespace).toBe('microsoft.graph');
  });

  it('the sub-namespace page: usageRecord in microsoft.graph.contosoRecords', () => {
    const facts = page('resources/contosorecords-usagerecord.md');
    expect(facts.namespace).toBe('microsoft.graph.contosoRecords');
    const type = onlyType('resources/contosorecords-usagerecord.md');
    expect({ name: type.name, namespace: type.namespace, role: type.role }).toStrictEqual({
      name: 'usageRecord',
      namespace: 'microsoft.graph.contosoRecords',
      role: 'resource',
    });
  });

  it('each resource page documents exactly one type, named as the service names it', () => {
    const names = RESOURCE_PAGES.map((file) => {
      const type = onlyType(file);
      return `${type.namespace}.${type.name}`;
    });
    expect(names).toStrictEqual([
      'microsoft.graph.contosoRecords.usageRecord',
      'microsoft.graph.entity',
      'microsoft.graph.gadget',
      'microsoft.graph.widget',
      'microsoft.graph.widgetBase',
      'microsoft.graph.widgetLabel',
      'microsoft.graph.widgetOwner',
      'microsoft.graph.widgetPart',
    ]);
  });
});

describe('property tables', () => {
  // The tables' rows come first, in page order. Properties a page lists only in its JSON
  // representation may follow them; they are not what these tests are about.
  const WIDGET_TABLE_ROWS = 9;

  it('`Property|Type|Description` plus `Relationship|Type|Description`: widget, in page order', () => {
    const names = propertyNames('resources/widget.md');
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, WIDGET_TABLE_ROWS)).toStrictEqual([
      'color',
      'isActive',
      'parts',
      'serialNumber',
      'size',
      'tags',
      'weightInGrams',
      'gadgets',
      'owner',
    ]);
  });

  it('only the Relationships rows have relationship: true', () => {
    const rows = onlyType('resources/widget.md').properties.slice(0, WIDGET_TABLE_ROWS);
    const flags = Object.fromEntries(rows.map((p) => [p.name, p.relationship]));
    expect(flags).toStrictEqual({
      color: false,
      isActive: false,
      parts: false,
      serialNumber: false,
      size: false,
      tags: false,
      weightInGrams: false,
      gadgets: true,
      owner: true,
    });
  });

  it('`Name|Type|Description` with rows without edge pipes: widgetPart has exactly its 5 properties', () => {
    const part = onlyType('resources/widgetpart.md');
    expect(part.properties.map((p) => [p.name, p.typeText, p.source.line])).toStrictEqual([
      ['partId', 'Guid', 20],
      ['material', 'String', 21],
      ['quantity', 'Int32', 22],
      ['supplierCode', 'String', 23],
      ['thumbnail', 'Binary', 24],
    ]);
    expect(page('resources/widgetpart.md').diagnostics).toStrictEqual([]);
  });

  it('Methods, Permissions and request-header tables add no properties', () => {
    const names = [...propertyNames('resources/widget.md'), ...propertyNames('api/widget-post.md')];
    for (const notAProperty of ['Create widget', 'Update widget', 'Assign parts', 'Authorization', 'Content-Type', 'Application']) {
      expect(names).not.toContain(notAProperty);
    }
  });

  it('the `### widgetColor values` table inside ## Properties adds no properties', () => {
    expect(propertyNames('resources/widget.md')).not.toContain('red');
  });

  it('`Parameter|Type|Description` with tabs in the header cells is a property table of the action parameters', () => {
    const text = textOf('api/widget-assignparts.md');
    const tree = parseMarkdown(text);
    const node = tree.children.find((n) => n.type === 'table');
    if (node?.type !== 'table') throw new Error('no table');
    const table = readTable(node);
    expect(table.headers).toStrictEqual(['parameter', 'type', 'description']);
    expect(isPropertyTable(table)).toBe(true);
    const diagnostics: Diagnostic[] = [];
    const rows = readPropertyRows(table, { file: 'api/widget-assignparts.md', text, definitions: new Map(), diagnostics }, false);
    expect(rows.map((r) => [r.name, r.type])).toStrictEqual([
      ['addParts', { kind: 'named', name: 'widgetPart', collection: true, href: '../resources/widgetpart.md' }],
      ['removePartIds', { kind: 'primitive', edm: 'Edm.Guid', collection: true }],
    ]);
    expect(diagnostics).toStrictEqual([]);
  });
});

describe('type cells on the fixture pages', () => {
  it.each<[string, string, unknown]>([
    ['resources/widget.md', 'isActive', { kind: 'primitive', edm: 'Edm.Boolean', collection: false }],
    ['resources/widget.md', 'serialNumber', { kind: 'primitive', edm: 'Edm.Int64', collection: false }],
    ['resources/widget.md', 'weightInGrams', { kind: 'primitive', edm: 'Edm.Double', collection: false }],
    ['resources/widget.md', 'tags', { kind: 'primitive', edm: 'Edm.String', collection: true }],
    ['resources/widget.md', 'parts', { kind: 'named', name: 'widgetPart', collection: true, href: 'widgetpart.md' }],
    ['resources/widget.md', 'color', { kind: 'named', name: 'widgetColor', collection: false, href: '#widgetcolor-values' }],
    ['resources/widget.md', 'size', { kind: 'named', name: 'widgetSize', collection: false, href: 'widgetsize.md' }],
    ['resources/widgetpart.md', 'quantity', { kind: 'primitive', edm: 'Edm.Int32', collection: false }],
    ['resources/widgetpart.md', 'partId', { kind: 'primitive', edm: 'Edm.Guid', collection: false }],
    ['resources/widgetpart.md', 'thumbnail', { kind: 'primitive', edm: 'Edm.Binary', collection: false }],
    ['resources/widgetbase.md', 'createdDateTime', { kind: 'primitive', edm: 'Edm.DateTimeOffset', collection: false }],
    ['resources/widgetbase.md', 'status', { kind: 'named', name: 'widgetStatus', collection: false }],
    ['resources/contosorecords-usagerecord.md', 'usageDate', { kind: 'primitive', edm: 'Edm.Date', collection: false }],
    ['resources/contosorecords-usagerecord.md', 'startTime', { kind: 'primitive', edm: 'Edm.TimeOfDay', collection: false }],
    ['resources/contosorecords-usagerecord.md', 'duration', { kind: 'primitive', edm: 'Edm.Duration', collection: false }],
    ['resources/contosorecords-usagerecord.md', 'widget', { kind: 'named', name: 'widget', collection: false, href: 'widget.md' }],
    ['resources/gadget.md', 'firmwareVersion', { kind: 'primitive', edm: 'Edm.String', collection: false }],
    ['resources/gadget.md', 'batteryCount', { kind: 'primitive', edm: 'Edm.Int32', collection: false }],
    ['resources/gadget.md', 'code', { kind: 'primitive', edm: 'Edm.String', collection: false }],
    ['resources/gadget.md', 'maxConnections', { kind: 'primitive', edm: 'Edm.Int32', collection: false }],
    ['resources/gadget.md', 'isWireless', { kind: 'primitive', edm: 'Edm.Boolean', collection: false }],
    ['resources/gadget.md', 'lastSyncedAt', { kind: 'primitive', edm: 'Edm.DateTimeOffset', collection: false }],
    ['resources/gadget.md', 'manualUrl', { kind: 'primitive', edm: 'Edm.String', collection: false }],
    ['resources/gadget.md', 'labels', { kind: 'primitive', edm: 'Edm.String', collection: true }],
    ['resources/gadget.md', 'spareParts', { kind: 'named', name: 'widgetPart', collection: true }],
    ['resources/gadget.md', 'settings', { kind: 'named', name: 'Json', collection: false }],
    ['resources/gadget.md', 'finish', { kind: 'enumeration', collection: false }],
    ['resources/gadget.md', 'size', { kind: 'enumeration', collection: false }],
    ['resources/widgetowner.md', 'favoritePart', { kind: 'named', name: 'widgetPart', collection: false, href: 'widgetpart.md' }],
    ['resources/widgetowner.md', 'preferences', { kind: 'json', collection: false }],
    ['resources/widgetowner.md', 'role', { kind: 'named', name: 'ownerRole', collection: false, href: 'enums.md#ownerrole-values' }],
    ['resources/widgetowner.md', 'badge', { kind: 'named', name: 'ownerBadge', collection: false, href: 'ownerbadge.md' }],
  ])('%s %s', (file, name, expected) => {
    expect(property(file, name).type).toStrictEqual(expected);
  });

  it('typeText is the type cell as written (markdown), as PageFacts and the README say', () => {
    expect(property('resources/widgetowner.md', 'badge').typeText).toBe('[ownerBadge](ownerbadge.md)');
    expect(property('resources/widget.md', 'parts').typeText).toBe('[widgetPart](widgetpart.md) collection');
    expect(property('resources/gadget.md', 'labels').typeText).toBe('Collection(String)');
  });
});

describe('descriptions', () => {
  it('links, code spans and bold are reduced to their text', () => {
    expect(property('resources/widget.md', 'color').description).toBe('The paint color of the widget body. See widgetColor values.');
    expect(property('resources/widget.md', 'isActive').description).toBe('true if the widget can currently be ordered; otherwise, false.');
    expect(property('resources/widget.md', 'tags').description).toBe('Free-form labels used by catalog search, such as outdoor or kitchen.');
  });

  it('`<br>` and `<br/>` become one space', () => {
    expect(property('resources/widget.md', 'serialNumber').description).toBe(
      'Serial number stamped at the factory. Assigned when the widget is registered. Read-only. Not nullable.',
    );
    expect(property('resources/widgetpart.md', 'thumbnail').description).toBe('A small picture of the part, base64-encoded. At most 16 KB.');
  });

  it('escaped pipes inside code spans stay in the description and do not split the row', () => {
    expect(property('resources/widgetpart.md', 'supplierCode').description).toBe(
      'Supplier reference in the form vendor|sku, for example acme|0042.',
    );
  });
});

describe('possible values on the fixture pages', () => {
  it.each<[string, string, string[]]>([
    ['resources/widgetowner.md', 'contactMethod', ['email', 'phone', 'none']],
    ['resources/widgetowner.md', 'region', ['emea', 'amer', 'apac']],
    ['resources/gadget.md', 'protocol', ['usb', 'bluetooth', 'infrared']],
    ['resources/widgetpart.md', 'material', ['steel', 'brass', 'plastic']],
    ['resources/gadget.md', 'finish', ['matte', 'glossy', 'satin']],
    ['resources/gadget.md', 'size', ['large', 'small', 'medium']],
  ])('%s %s', (file, name, values) => {
    expect(property(file, name).possibleValues).toStrictEqual(values);
  });

  it('the String cells with listed values stay Edm.String', () => {
    for (const [file, name] of [
      ['resources/widgetowner.md', 'contactMethod'],
      ['resources/widgetowner.md', 'region'],
      ['resources/gadget.md', 'protocol'],
      ['resources/widgetpart.md', 'material'],
    ] as const) {
      expect(property(file, name).type).toStrictEqual({ kind: 'primitive', edm: 'Edm.String', collection: false });
    }
  });

  it('no other fixture property lists values', () => {
    const listed = RESOURCE_PAGES.flatMap((file) =>
      onlyType(file)
        .properties.filter((p) => p.possibleValues)
        .map((p) => `${onlyType(file).name}.${p.name}`),
    ).sort();
    expect(listed).toStrictEqual([
      'gadget.finish',
      'gadget.protocol',
      'gadget.size',
      'widgetOwner.contactMethod',
      'widgetOwner.region',
      'widgetPart.material',
    ]);
  });
});

describe('nullable and read-only', () => {
  function flagged(flag: (p: PropertyFacts) => boolean): string[] {
    return RESOURCE_PAGES.flatMap((file) => {
      const type = onlyType(file);
      return type.properties.filter(flag).map((p) => `${type.name}.${p.name}`);
    }).sort();
  }

  it('readOnly is true exactly where the description says "Read-only."', () => {
    expect(flagged((p) => p.readOnly)).toStrictEqual([
      'entity.id',
      'gadget.code',
      'usageRecord.id',
      'widget.gadgets',
      'widget.serialNumber',
      'widgetBase.createdDateTime',
      'widgetBase.id',
      'widgetBase.status',
    ]);
  });

  it('nullable is false exactly where the description says "Not nullable." ("Nullable." stays true), and on every key', () => {
    expect(flagged((p) => !p.nullable && !p.key)).toStrictEqual(['widget.serialNumber', 'widgetBase.displayName', 'widgetPart.quantity']);
    expect(flagged((p) => p.key === true && p.nullable)).toStrictEqual([]);
    expect(property('resources/widget.md', 'gadgets').nullable).toBe(true);
  });

  it('a key is the annotation\'s keyProperty, or an id row "Inherited from [entity]"', () => {
    expect(flagged((p) => p.key === true)).toStrictEqual(['entity.id', 'gadget.id', 'usageRecord.id', 'widget.id', 'widgetBase.id', 'widgetOwner.id']);
  });
});

describe('enum tables', () => {
  it('enum page with Member|Value|Description: widgetSize with values and descriptions', () => {
    const facts = page('resources/widgetsize.md');
    expect(facts.types).toStrictEqual([]);
    expect(facts.enums).toHaveLength(1);
    const [size] = facts.enums;
    expect(size!.name).toBe('widgetSize');
    expect(size!.namespace).toBe('microsoft.graph');
    expect(size!.members).toStrictEqual([
      { name: 'small', value: '0', description: 'Fits in one hand.' },
      { name: 'medium', value: '1', description: 'Fits on a desk.' },
      { name: 'large', value: '2', description: 'Needs a shelf of its own.' },
    ]);
    expect(size!.source).toStrictEqual({ file: 'resources/widgetsize.md', line: 18, column: 1 });
  });

  it('enums.md: three `### x values` tables with only a Member column, with and without edge pipes', () => {
    const facts = page('resources/enums.md');
    expect(facts.types).toStrictEqual([]);
    expect(facts.diagnostics).toStrictEqual([]);
    expect(facts.enums.map((e) => ({ name: e.name, anchor: e.anchor, members: e.members.map((m) => m.name) }))).toStrictEqual([
      { name: 'widgetStatus', anchor: 'widgetstatus-values', members: ['draft', 'active', 'retired'] },
      { name: 'ownerRole', anchor: 'ownerrole-values', members: ['maintainer', 'viewer', 'unknownFutureValue'] },
      { name: 'partCondition', anchor: 'partcondition-values', members: ['new', 'used', 'refurbished'] },
    ]);
    expect(facts.enums.every((e) => e.members.every((m) => m.value === undefined && m.description === undefined))).toBe(true);
  });

  it('`### widgetColor values` inside a resource page, with its anchor and member descriptions', () => {
    expect(page('resources/widget.md').enums).toStrictEqual([
      {
        name: 'widgetColor',
        namespace: 'microsoft.graph',
        anchor: 'widgetcolor-values',
        members: [
          { name: 'red', description: 'The body is painted red.' },
          { name: 'green', description: 'The body is painted green.' },
          { name: 'blue', description: 'The body is painted blue.' },
        ],
        source: { file: 'resources/widget.md', line: 42, column: 1 },
      },
    ]);
  });

  it('no other page lists enums', () => {
    for (const file of RESOURCE_PAGES.filter((f) => f !== 'resources/widget.md')) expect(page(file).enums).toStrictEqual([]);
  });
});

describe('inheritance sources', () => {
  it('"Inherits from [widgetBase](widgetbase.md)." when the annotation has no baseType', () => {
    expect(onlyType('resources/widget.md').baseType).toBe('widgetBase');
  });

  it('the annotation baseType', () => {
    expect(onlyType('resources/gadget.md').baseType).toBe('microsoft.graph.widgetBase');
    expect(onlyType('resources/widgetowner.md').baseType).toBe('microsoft.graph.entity');
    expect(onlyType('resources/widgetbase.md').baseType).toBe('microsoft.graph.entity');
  });

  it('an "Inherited from [entity](entity.md)" row, when nothing else names a base', () => {
    const text = textOf('resources/widgetbase.md').replace('"baseType": "microsoft.graph.entity",\n', '');
    expect(text).not.toContain('baseType');
    const facts = parsePage('resources/widgetbase.md', text);
    expect(facts.types.map((t) => t.baseType)).toStrictEqual(['entity']);
  });

  it('types with no base', () => {
    for (const file of ['resources/entity.md', 'resources/widgetpart.md', 'resources/widgetlabel.md', 'resources/contosorecords-usagerecord.md']) {
      expect(onlyType(file).baseType).toBeUndefined();
    }
  });
});

describe('annotations and page-level outcomes', () => {
  it('the annotation with a trailing comma gives one diagnostic at its line, and the type is still read', () => {
    const facts = page('resources/widgetlabel.md');
    expect(facts.diagnostics.map((d) => ({ code: d.code, severity: d.severity, source: d.source }))).toStrictEqual([
      { code: 'annotation-lenient-json', severity: 'warning', source: { file: 'resources/widgetlabel.md', line: 27, column: 1 } },
    ]);
    const type = onlyType('resources/widgetlabel.md');
    expect(type.name).toBe('widgetLabel');
    expect(type.baseType).toBeUndefined();
    expect(type.properties.map((p) => [p.name, p.type])).toStrictEqual([
      ['fontSize', { kind: 'primitive', edm: 'Edm.Int32', collection: false }],
      ['text', { kind: 'primitive', edm: 'Edm.String', collection: false }],
    ]);
  });

  it('the resource annotation is read: blockType, @odata.type, source line', () => {
    const annotations = page('resources/widget.md').annotations;
    expect(annotations).toHaveLength(1);
    expect(annotations[0]!.blockType).toBe('resource');
    expect(annotations[0]!.data['@odata.type']).toBe('microsoft.graph.widget');
    expect(annotations[0]!.source).toStrictEqual({ file: 'resources/widget.md', line: 59, column: 1 });
  });

  it('the conceptual page with a Name|Type|Description table gives no types, enums or diagnostics', () => {
    const facts = page('resources/widgets-overview.md');
    expect([facts.types, facts.enums, facts.diagnostics]).toStrictEqual([[], [], []]);
  });

  it('the create page contributes a requestBody widget with activationCode, displayName and size', () => {
    const type = onlyType('api/widget-post.md');
    expect({ name: type.name, namespace: type.namespace, role: type.role, baseType: type.baseType }).toStrictEqual({
      name: 'widget',
      namespace: 'microsoft.graph',
      role: 'requestBody',
      baseType: undefined,
    });
    expect(type.properties.map((p) => p.name)).toStrictEqual(['activationCode', 'displayName', 'size']);
    const activation = type.properties[0]!;
    expect(activation.type).toStrictEqual({ kind: 'primitive', edm: 'Edm.String', collection: false });
    expect(activation.source).toStrictEqual({ file: 'api/widget-post.md', line: 45, column: 1 });
    expect(type.properties[2]!.type).toStrictEqual({
      kind: 'named',
      name: 'widgetSize',
      collection: false,
      href: '../resources/widgetsize.md',
    });
  });

  it('the action page contributes no type', () => {
    const facts = page('api/widget-assignparts.md');
    expect(facts.types).toStrictEqual([]);
    expect(facts.diagnostics).toStrictEqual([]);
  });

  it('the update page contributes at most widget properties it already has, and no diagnostics', () => {
    const facts = page('api/widget-update.md');
    for (const type of facts.types) {
      expect(`${type.namespace}.${type.name}`).toBe('microsoft.graph.widget');
      expect(type.properties.map((p) => p.name)).toStrictEqual(['color', 'isActive', 'tags']);
    }
    expect(facts.diagnostics).toStrictEqual([]);
  });

  it('the api pages keep their request and response annotations', () => {
    expect(page('api/widget-post.md').annotations.map((a) => [a.blockType, a.data['name'] ?? a.data['@odata.type'] ?? null])).toStrictEqual([
      ['ignored', null],
      ['request', 'create_widget'],
      ['response', 'microsoft.graph.widget'],
    ]);
  });

  it('no fixture page other than widgetlabel.md has a diagnostic', () => {
    const files = [...RESOURCE_PAGES, 'resources/enums.md', 'resources/widgetsize.md', 'resources/widgets-overview.md', 'api/widget-post.md', 'api/widget-update.md', 'api/widget-assignparts.md'];
    const withDiagnostics = files.filter((file) => page(file).diagnostics.length > 0);
    expect(withDiagnostics).toStrictEqual(['resources/widgetlabel.md']);
  });

  it('parsing is pure: the same text gives deep-equal facts', () => {
    const text = textOf('resources/widget.md');
    expect(parsePage('resources/widget.md', text)).toStrictEqual(parsePage('resources/widget.md', text));
    expect(JSON.parse(JSON.stringify(page('resources/widget.md')))).toStrictEqual(page('resources/widget.md'));
  });
});
