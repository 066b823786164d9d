/**
 * Naming, enum matching, inheritance and link resolution in buildModel, on tiny pages
 * written in the docs' style and parsed with parsePage.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import type { EnumType, SchemaModel, StructuredType } from '../../src/model/schema-model.js';
import { parsePage } from '../../src/parse/page.js';
import type { PageFacts } from '../../src/parse/page-facts.js';

interface ResourceOptions {
  /** `@odata.type` (qualified); defaults to `microsoft.graph.<name>`. */
  odataType?: string;
  namespace?: string;
  baseType?: string;
  /** Rows `| name | type | description |`. */
  rows: [string, string, string][];
  /** Lines after the JSON block (reference definitions). */
  trailer?: string[];
  heading?: string;
  /** The JSON representation's body; `{}` unless given. */
  json?: string;
}

function resourcePage(file: string, name: string, options: ResourceOptions): PageFacts {
  const namespace = options.namespace ?? 'microsoft.graph';
  const annotation = {
    blockType: 'resource',
    '@odata.type': options.odataType ?? `${namespace}.${name}`,
    ...(options.baseType ? { baseType: options.baseType } : {}),
  };
  const text = [
    '---',
    `title: "${name} resource type"`,
    `description: "The ${name} resource."`,
    'doc_type: resourcePageType',
    '---',
    '',
    `# ${options.heading ?? name} resource type`,
    '',
    `Namespace: ${namespace}`,
    '',
    '## Properties',
    '',
    '| Property | Type | Description |',
    '|:---------|:-----|:------------|',
    ...options.rows.map(([n, t, d]) => `| ${n} | ${t} | ${d} |`),
    '',
    '## JSON representation',
    '',
    `<!-- ${JSON.stringify(annotation)} -->`,
    '',
    '```json',
    options.json ?? '{}',
    '```',
    '',
    ...(options.trailer ?? []),
    '',
  ].join('\n');
  return parsePage(file, text);
}

/** An enum page (`x enum type`, `Member|Value|Description`) or, with several enums, an `enums.md` of `### x values` tables. */
function enumPage(file: string, enums: Record<string, string[]>, namespace = 'microsoft.graph'): PageFacts {
  const names = Object.keys(enums);
  const single = names.length === 1;
  const lines = ['---', 'title: "Enums"', 'doc_type: enumPageType', '---', '', single ? `# ${names[0]} enum type` : '# Enum values', '', `Namespace: ${namespace}`, ''];
  for (const [name, members] of Object.entries(enums)) {
    lines.push(single ? '## Members' : `### ${name} values`, '', '| Member | Description |', '|:--|:--|', ...members.map((m) => `| ${m} | The ${m} member. |`), '');
  }
  return parsePage(file, lines.join('\n'));
}

function typeNamed(model: SchemaModel, qualifiedName: string): StructuredType {
  const found = model.types.find((t) => t.qualifiedName === qualifiedName);
  if (!found) throw new Error(`no type ${qualifiedName}; have ${model.types.map((t) => t.qualifiedName).join(', ')}`);
  return found;
}

function enumNamed(model: SchemaModel, qualifiedName: string): EnumType {
  const found = model.enums.find((e) => e.qualifiedName === qualifiedName);
  if (!found) throw new Error(`no enum ${qualifiedName}; have ${model.enums.map((e) => e.qualifiedName).join(', ')}`);
  return found;
}

function propertyType(model: SchemaModel, qualifiedName: string, property: string): unknown {
  const found = typeNamed(model, qualifiedName).properties.find((p) => p.name === property);
  if (!found) throw new Error(`no property ${property}`);
  return found.type;
}

function codes(model: SchemaModel, code: string): { file: string; line: number }[] {
  return model.diagnostics.filter((d) => d.code === code).map((d) => ({ file: d.source.file, line: d.source.line }));
}

function allTsNames(model: SchemaModel): string[] {
  return [...model.types, ...model.enums].map((x) => x.tsName);
}

function caseInsensitivelyUnique(names: string[]): boolean {
  return new Set(names.map((n) => n.toLowerCase())).size === names.length;
}

describe('name clashes', () => {
  const graphSession = () => resourcePage('resources/session.md', 'session', { rows: [['id', 'String', 'Identifier.']] });
  const callRecordsSession = () =>
    resourcePage('resources/callrecords-session.md', 'session', {
      namespace: 'microsoft.graph.callRecords',
      rows: [['startDateTime', 'DateTimeOffset', 'When it started.']],
    });

  it('between two namespaces: microsoft.graph keeps the plain name, the other gets its namespace prefix', () => {
    const model = buildModel([graphSession(), callRecordsSession()]);
    expect(model.types.map((t) => [t.qualifiedName, t.tsName])).toStrictEqual([
      ['microsoft.graph.callRecords.session', 'CallRecordsSession'],
      ['microsoft.graph.session', 'Session'],
    ]);
    expect(codes(model, 'name-clash')).toStrictEqual([{ file: 'resources/callrecords-session.md', line: 19 }]);
  });

  it('the outcome does not depend on page order', () => {
    expect(buildModel([callRecordsSession(), graphSession()])).toStrictEqual(buildModel([graphSession(), callRecordsSession()]));
  });

  it('type vs enum of the same name: the type keeps the plain name, the enum gets `Enum`', () => {
    const model = buildModel([
      resourcePage('resources/widgetkind.md', 'widgetKind', { rows: [['label', 'String', 'A label.']] }),
      enumPage('resources/widgetkind-enum.md', { widgetKind: ['big', 'small'] }),
      resourcePage('resources/thing.md', 'thing', { rows: [['kind', '[widgetKind](widgetkind-enum.md)', 'The kind.']] }),
    ]);
    expect(typeNamed(model, 'microsoft.graph.widgetKind').tsName).toBe('WidgetKind');
    expect(enumNamed(model, 'microsoft.graph.widgetKind').tsName).toBe('WidgetKindEnum');
    expect(codes(model, 'name-clash')).toStrictEqual([{ file: 'resources/widgetkind-enum.md', line: 12 }]);
    expect(propertyType(model, 'microsoft.graph.thing', 'kind')).toStrictEqual({ kind: 'enum', enum: 'microsoft.graph.widgetKind' });
    expect(caseInsensitivelyUnique(allTsNames(model))).toBe(true);
  });

  it('case-only clash: ipRange and IPRange get case-insensitively distinct names', () => {
    const model = buildModel([
      resourcePage('resources/iprange.md', 'ipRange', { rows: [['cidr', 'String', 'The range.']] }),
      resourcePage('resources/networkaccess-iprange.md', 'IPRange', {
        namespace: 'microsoft.graph.networkaccess',
        rows: [['start', 'String', 'First address.']],
      }),
    ]);
    expect(model.types.map((t) => [t.qualifiedName, t.tsName])).toStrictEqual([
      ['microsoft.graph.ipRange', 'IpRange'],
      ['microsoft.graph.networkaccess.IPRange', 'NetworkaccessIPRange'],
    ]);
    expect(caseInsensitivelyUnique(allTsNames(model))).toBe(true);
    expect(codes(model, 'name-clash')).toStrictEqual([{ file: 'resources/networkaccess-iprange.md', line: 19 }]);
  });

  it('case-only clash between a type and an enum in the same namespace', () => {
    const model = buildModel([
      resourcePage('resources/iprange.md', 'ipRange', { rows: [['cidr', 'String', 'The range.']] }),
      enumPage('resources/iprangekind.md', { IPRange: ['v4', 'v6'] }),
    ]);
    expect(typeNamed(model, 'microsoft.graph.ipRange').tsName).toBe('IpRange');
    expect(enumNamed(model, 'microsoft.graph.IPRange').tsName).toBe('IPRangeEnum');
    expect(caseInsensitivelyUnique(allTsNames(model))).toBe(true);
  });

  it('no clash, no diagnostic', () => {
    const model = buildModel([graphSession()]);
    expect(model.diagnostics).toStrictEqual([]);
    expect(model.types.map((t) => t.tsName)).toStrictEqual(['Session']);
  });
});

describe('unnamed enums', () => {
  const colorPage = () => enumPage('resources/colormode.md', { colorMode: ['light', 'dark', 'system'] });

  it('an Enumeration listing a named enum\'s members in another order is that enum (closed)', () => {
    const model = buildModel([
      colorPage(),
      resourcePage('resources/screen.md', 'screen', { rows: [['mode', 'Enumeration', 'Possible values are: `system`, `light`, `dark`.']] }),
    ]);
    expect(propertyType(model, 'microsoft.graph.screen', 'mode')).toStrictEqual({ kind: 'enum', enum: 'microsoft.graph.colorMode' });
    expect(model.enums.map((e) => e.qualifiedName)).toStrictEqual(['microsoft.graph.colorMode']);
    expect(enumNamed(model, 'microsoft.graph.colorMode').members.map((m) => m.name)).toStrictEqual(['light', 'dark', 'system']);
  });

  it('a String listing the same members is that enum, open', () => {
    const model = buildModel([
      colorPage(),
      resourcePage('resources/screen.md', 'screen', { rows: [['theme', 'String', 'The possible values are: `dark`, `system`, `light`.']] }),
    ]);
    expect(propertyType(model, 'microsoft.graph.screen', 'theme')).toStrictEqual({ kind: 'enum', enum: 'microsoft.graph.colorMode', open: true });
    expect(model.enums).toHaveLength(1);
  });

  it('a subset of a named enum\'s members is a new enum `<type><Property>`', () => {
    const model = buildModel([
      colorPage(),
      resourcePage('resources/screen.md', 'screen', { rows: [['mode', 'Enumeration', 'Possible values are: `light`, `dark`.']] }),
    ]);
    expect(propertyType(model, 'microsoft.graph.screen', 'mode')).toStrictEqual({ kind: 'enum', enum: 'microsoft.graph.screenMode' });
    expect(enumNamed(model, 'microsoft.graph.screenMode')).toMatchObject({ tsName: 'ScreenMode', derivedName: true, members: [{ name: 'light' }, { name: 'dark' }] });
  });
});

describe('inheritance', () => {
  it('a base-type cycle A→B→A gives inheritance-cycle and no crash; one link is dropped', () => {
    const build = () =>
      buildModel([
        resourcePage('resources/a.md', 'a', { baseType: 'microsoft.graph.b', rows: [['x', 'String', 'X.']] }),
        resourcePage('resources/b.md', 'b', { baseType: 'microsoft.graph.a', rows: [['y', 'String', 'Y.']] }),
      ]);
    expect(build).not.toThrow();
    const model = build();
    expect(codes(model, 'inheritance-cycle')).toHaveLength(1);
    const bases = model.types.map((t) => [t.qualifiedName, t.baseType ?? null]);
    expect(bases).toStrictEqual([
      ['microsoft.graph.a', 'microsoft.graph.b'],
      ['microsoft.graph.b', null],
    ]);
    expect(typeNamed(model, 'microsoft.graph.b').derivedTypes).toStrictEqual(['microsoft.graph.a']);
    expect(typeNamed(model, 'microsoft.graph.a').properties.map((p) => p.name)).toStrictEqual(['x']);
    expect(typeNamed(model, 'microsoft.graph.b').properties.map((p) => p.name)).toStrictEqual(['y']);
  });

  it('a type that names itself as base gives inheritance-cycle and no base', () => {
    const model = buildModel([resourcePage('resources/a.md', 'a', { baseType: 'microsoft.graph.a', rows: [['x', 'String', 'X.']] })]);
    expect(codes(model, 'inheritance-cycle')).toStrictEqual([{ file: 'resources/a.md', line: 19 }]);
    expect(typeNamed(model, 'microsoft.graph.a').baseType).toBeUndefined();
  });

  it('a property restated by a derived type with another type: inherited-property-conflict, the base\'s kept', () => {
    const model = buildModel([
      resourcePage('resources/animal.md', 'animal', { rows: [['legs', 'Int32', 'Number of legs.']] }),
      resourcePage('resources/dog.md', 'dog', {
        baseType: 'microsoft.graph.animal',
        rows: [
          ['legs', 'String', 'Number of legs, as text.'],
          ['breed', 'String', 'The breed.'],
        ],
      }),
    ]);
    expect(codes(model, 'inherited-property-conflict')).toStrictEqual([{ file: 'resources/dog.md', line: 15 }]);
    expect(typeNamed(model, 'microsoft.graph.dog').properties.map((p) => p.name)).toStrictEqual(['breed']);
    expect(propertyType(model, 'microsoft.graph.animal', 'legs')).toStrictEqual({ kind: 'primitive', edm: 'Edm.Int32' });
  });

  it('a property restated with the same type is dropped silently', () => {
    const model = buildModel([
      resourcePage('resources/animal.md', 'animal', { rows: [['legs', 'Int32', 'Number of legs.']] }),
      resourcePage('resources/dog.md', 'dog', { baseType: 'microsoft.graph.animal', rows: [['legs', 'Int32', 'Inherited from animal.']] }),
    ]);
    expect(model.diagnostics).toStrictEqual([]);
    expect(typeNamed(model, 'microsoft.graph.dog').properties).toStrictEqual([]);
  });
});

describe('link resolution', () => {
  const workbookChart = () =>
    resourcePage('resources/chart.md', 'workbookChart', { heading: 'chart', rows: [['height', 'Double', 'Height in points.']] });

  it('`[Chart](chart.md)` resolves to the type chart.md documents (workbookChart)', () => {
    const model = buildModel([
      workbookChart(),
      resourcePage('resources/workbookworksheet.md', 'workbookWorksheet', { rows: [['chart', '[Chart](chart.md)', 'The chart.']] }),
    ]);
    expect(propertyType(model, 'microsoft.graph.workbookWorksheet', 'chart')).toStrictEqual({ kind: 'type', type: 'microsoft.graph.workbookChart' });
    expect(model.diagnostics).toStrictEqual([]);
  });

  it('the linked page outranks another type named like the link text', () => {
    const model = buildModel([
      workbookChart(),
      resourcePage('resources/graphchart.md', 'chart', { rows: [['title', 'String', 'Title.']] }),
      resourcePage('resources/workbookworksheet.md', 'workbookWorksheet', { rows: [['chart', '[Chart](chart.md)', 'The chart.']] }),
    ]);
    expect(propertyType(model, 'microsoft.graph.workbookWorksheet', 'chart')).toStrictEqual({ kind: 'type', type: 'microsoft.graph.workbookChart' });
  });

  it('the link also works from an api-style relative path with a query', () => {
    const model = buildModel([
      workbookChart(),
      resourcePage('resources/workbookworksheet.md', 'workbookWorksheet', {
        rows: [['chart', '[Chart](/graph/api/resources/chart?view=graph-rest-1.0)', 'The chart.']],
      }),
    ]);
    expect(propertyType(model, 'microsoft.graph.workbookWorksheet', 'chart')).toStrictEqual({ kind: 'type', type: 'microsoft.graph.workbookChart' });
  });

  const manyEnums = () => enumPage('resources/enums.md', { alertStatus: ['open', 'closed'], alertSeverity: ['low', 'high'] });

  it('an anchor into another page (`[x](enums.md#x-values)`) names that enum', () => {
    const model = buildModel([
      manyEnums(),
      resourcePage('resources/alert.md', 'alert', {
        rows: [
          ['status', '[alertStatus](enums.md#alertstatus-values)', 'The status.'],
          ['severity', '[alertSeverity](../resources/enums.md#alertseverity-values)', 'The severity.'],
        ],
      }),
    ]);
    expect(propertyType(model, 'microsoft.graph.alert', 'status')).toStrictEqual({ kind: 'enum', enum: 'microsoft.graph.alertStatus' });
    expect(propertyType(model, 'microsoft.graph.alert', 'severity')).toStrictEqual({ kind: 'enum', enum: 'microsoft.graph.alertSeverity' });
    expect(model.diagnostics).toStrictEqual([]);
  });

  it('the anchor outranks the link text', () => {
    const model = buildModel([
      manyEnums(),
      resourcePage('resources/alert.md', 'alert', { rows: [['level', '[level](enums.md#alertseverity-values)', 'The level.']] }),
    ]);
    expect(propertyType(model, 'microsoft.graph.alert', 'level')).toStrictEqual({ kind: 'enum', enum: 'microsoft.graph.alertSeverity' });
  });

  it('a link to a page of many enums names none of them: the link text decides', () => {
    const model = buildModel([
      manyEnums(),
      resourcePage('resources/alert.md', 'alert', { rows: [['severity', '[alertSeverity](enums.md)', 'The severity.']] }),
    ]);
    expect(propertyType(model, 'microsoft.graph.alert', 'severity')).toStrictEqual({ kind: 'enum', enum: 'microsoft.graph.alertSeverity' });
    expect(model.diagnostics).toStrictEqual([]);
  });

  it('a link to a page of many enums with a text naming none of them is unresolved', () => {
    const model = buildModel([
      manyEnums(),
      resourcePage('resources/alert.md', 'alert', { rows: [['kind', '[alertKind](enums.md)', 'The kind.']] }),
    ]);
    expect(propertyType(model, 'microsoft.graph.alert', 'kind')).toStrictEqual({ kind: 'unknown' });
    expect(codes(model, 'unresolved-type')).toStrictEqual([{ file: 'resources/alert.md', line: 15 }]);
  });

  it('a bare name resolves in the page\'s namespace before microsoft.graph', () => {
    const model = buildModel([
      resourcePage('resources/session.md', 'session', { rows: [['id', 'String', 'Identifier.']] }),
      resourcePage('resources/callrecords-session.md', 'session', {
        namespace: 'microsoft.graph.callRecords',
        rows: [['id', 'String', 'Identifier.']],
      }),
      resourcePage('resources/callrecords-callrecord.md', 'callRecord', {
        namespace: 'microsoft.graph.callRecords',
        rows: [['sessions', 'session collection', 'The sessions.']],
      }),
    ]);
    expect(propertyType(model, 'microsoft.graph.callRecords.callRecord', 'sessions')).toStrictEqual({
      kind: 'type',
      type: 'microsoft.graph.callRecords.session',
    });
  });
});

describe('names the output already uses', () => {
  it('keeps a reserved runtime name from any type and reports the clash', () => {
    const model = buildModel([resourcePage('resources/graphcollection.md', 'graphCollection', { rows: [['value', 'String', 'A value.']] })], {
      reservedNames: ['GraphCollection'],
    });
    expect(model.types.map((t) => t.tsName)).toEqual(['GraphGraphCollection']);
    expect(model.diagnostics.map((d) => d.code)).toContain('name-clash');
  });

  it("keeps an enum's <Name>Values constant free of any type's name", () => {
    const enumPage = parsePage('resources/enums.md', '# Enum values\n\n### color values\n\n|Member|\n|:---|\n|red|\n|blue|\n');
    const model = buildModel([resourcePage('resources/colorvalues.md', 'colorValues', { rows: [['a', 'String', 'b']] }), enumPage]);
    const names = [...model.types, ...model.enums].map((item) => item.tsName);
    expect(names).toContain('ColorValues');
    const color = model.enums.find((e) => e.name === 'color')!;
    expect(names.map((n) => n.toLowerCase())).not.toContain(`${color.tsName}Values`.toLowerCase());
  });
});

describe('properties only in the JSON representation', () => {
  const entity = resourcePage('resources/entity.md', 'entity', { rows: [['id', 'String', 'The identifier. Inherited from entity.']] });
  const widget = resourcePage('resources/widget.md', 'widget', {
    baseType: 'microsoft.graph.entity',
    rows: [['name', 'String', 'The name.']],
    json: '{ "id": "String (identifier)", "name": "String", "weightInGrams": 12.5 }',
  });
  const model = buildModel([entity, widget]);
  const reported = model.diagnostics.filter((d) => d.code === 'property-only-in-example');

  it('are kept, typed from the example value', () => {
    const weight = typeNamed(model, 'microsoft.graph.widget').properties.find((p) => p.name === 'weightInGrams');
    expect(weight?.type).toEqual({ kind: 'primitive', edm: 'Edm.Double' });
  });

  it('are reported once each, and a property a base type documents is not', () => {
    expect(reported.map((d) => d.message)).toEqual([
      'widget.weightInGrams is in the JSON representation but in no table; typed from the example value, without a description',
    ]);
    expect(reported[0]!.source).toMatchObject({ file: 'resources/widget.md' });
  });
});
