/**
 * Fast unit tests for the conformance machinery, on a tiny hand-written CSDL, a tiny
 * hand-written TypeScript output (written to a temp dir and compiled) and a tiny model.
 * They need neither the generator nor ../shared.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Property, StructuredType } from '../../src/model/schema-model.js';
import { compare, type ComparisonResult, type Mismatch } from './compare.js';
import { readCompiledTypes, type CompiledTypes } from './compiled-types.js';
import { allProperties, parseCsdl, type CsdlModel } from './csdl.js';
import { DocsModelIndex } from './docs-model.js';
import { failedFloors, formatFigure, formatReport } from './report.js';
import { resourcePage, typesWithResourcePage } from './resource-pages.js';

const CSDL = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="color">
        <Member Name="red" Value="0" />
        <Member Name="green" Value="1" />
        <Member Name="unknownFutureValue" Value="2" />
      </EnumType>
      <EnumType Name="size" IsFlags="true">
        <Member Name="small" Value="1" />
        <Member Name="large" Value="2" />
      </EnumType>
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="widget" BaseType="graph.entity" OpenType="true">
        <Property Name="displayName" Type="Edm.String" />
        <Property Name="createdDateTime" Type="Edm.DateTimeOffset" Nullable="false" />
        <Property Name="count" Type="Edm.Int32" />
        <Property Name="enabled" Type="Edm.Boolean" />
        <Property Name="tags" Type="Collection(Edm.String)" />
        <Property Name="labels" Type="Collection(Edm.String)" />
        <Property Name="color" Type="graph.color" />
        <Property Name="shade" Type="graph.color" />
        <Property Name="hue" Type="graph.color" />
        <Property Name="sizes" Type="Collection(graph.size)" />
        <Property Name="kind" Type="Edm.String" />
        <Property Name="payload" Type="Edm.String" />
        <Property Name="missingOne" Type="Edm.String" />
        <Property Name="version" Type="Edm.Int64" />
        <NavigationProperty Name="owner" Type="graph.person" />
        <NavigationProperty Name="parts" Type="Collection(graph.part)" ContainsTarget="true" />
        <NavigationProperty Name="other" Type="microsoft.graph.person" />
      </EntityType>
      <ComplexType Name="person">
        <Property Name="name" Type="Edm.String" />
      </ComplexType>
      <EntityType Name="part" BaseType="graph.entity">
        <Property Name="extra" Type="Edm.Boolean" />
      </EntityType>
      <ComplexType Name="ghost" />
      <ComplexType Name="phantom" />
      <ComplexType Name="shape">
        <Property Name="sides" Type="Edm.Int32" />
      </ComplexType>
      <Annotations Target="microsoft.graph.widget">
        <Annotation Term="Org.OData.Core.V1.Description" String="Not a property." />
      </Annotations>
    </Schema>
    <Schema Namespace="microsoft.graph.callRecords" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="modality">
        <Member Name="audio" Value="0" />
        <Member Name="video" Value="1" />
      </EnumType>
      <EntityType Name="session" BaseType="graph.entity">
        <Property Name="modalities" Type="Collection(microsoft.graph.callRecords.modality)" />
      </EntityType>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
`;

const TYPES_TS = `
export interface Entity {
  id: string;
}
export type Color = 'red' | 'green' | 'unknownFutureValue';
export type Size = 'small';
export type Modality = 'audio' | 'video';
export interface Person {
  name?: string | null;
}
export interface Part extends Entity {
  extra?: boolean;
}
export interface Widget extends Entity {
  displayName?: string | null;
  createdDateTime: string;
  count?: number | null;
  enabled?: boolean | null;
  tags?: string;
  labels?: readonly (string | null)[];
  color?: Color | null;
  /** A metadata enum typed as a plain string: a typed-right failure, counted only in the strict enum figure. */
  shade?: string | null;
  /** An open union: typed as the docs' String, its literals still compared with the members. */
  hue?: Color | (string & {}) | null;
  sizes?: Size[];
  kind?: 'a' | 'b';
  payload?: unknown;
  version?: string;
  owner?: Person | null;
  parts?: Part[];
  other?: Part;
  /** Open type: the index signature must not make missing properties present. */
  [key: string]: unknown;
}
export interface CallRecordsSession extends Entity {
  modalities?: Modality[] | null;
}
export type Shape = { sides?: number };
`;

const INDEX_TS = `export * from './types.js';\n`;

const source = (file: string, line = 1) => ({ file, line, column: 1 });

function property(name: string, typeText: string, line: number, file = 'resources/widget.md'): Property {
  return {
    name,
    type: { kind: 'unknown' },
    collection: false,
    nullable: true,
    readOnly: false,
    relationship: false,
    description: '',
    typeText,
    source: source(file, line),
  };
}

function structured(qualifiedName: string, tsName: string, properties: Property[], baseType?: string): StructuredType {
  const name = qualifiedName.slice(qualifiedName.lastIndexOf('.') + 1);
  const type: StructuredType = {
    qualifiedName,
    name,
    namespace: qualifiedName.slice(0, qualifiedName.lastIndexOf('.')),
    tsName,
    derivedTypes: [],
    openType: false,
    properties,
    source: source(`resources/${name.toLowerCase()}.md`),
  };
  if (baseType !== undefined) type.baseType = baseType;
  return type;
}

const MODEL = new DocsModelIndex({
  types: [
    structured('microsoft.graph.entity', 'Entity', [property('id', 'String', 10, 'resources/entity.md')]),
    structured(
      'microsoft.graph.widget',
      'Widget',
      [property('kind', 'kindEnum', 20), property('payload', '**TODO**', 21), property('tags', 'String', 22)],
      'microsoft.graph.entity',
    ),
    structured('microsoft.graph.person', 'Person', []),
    structured('microsoft.graph.part', 'Part', [], 'microsoft.graph.entity'),
    structured('microsoft.graph.phantom', 'Phantom', []),
    structured('microsoft.graph.shape', 'Shape', []),
    structured('microsoft.graph.callRecords.session', 'CallRecordsSession', [], 'microsoft.graph.entity'),
  ],
  enums: [],
});

const SCOPE = [
  'microsoft.graph.widget',
  'microsoft.graph.person',
  'microsoft.graph.part',
  'microsoft.graph.ghost',
  'microsoft.graph.phantom',
  'microsoft.graph.shape',
  'microsoft.graph.callRecords.session',
];

let dir: string;
let csdl: CsdlModel;
let compiled: CompiledTypes;
let result: ComparisonResult;

const find = (cause: Mismatch['cause']) => result.mismatches.filter((item) => item.cause === cause);
const subjects = (cause: Mismatch['cause']) => find(cause).map((item) => (item.property ? `${item.type}.${item.property}` : item.type));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'graphdoc-conformance-'));
  writeFileSync(path.join(dir, 'index.ts'), INDEX_TS);
  writeFileSync(path.join(dir, 'types.ts'), TYPES_TS);
  csdl = parseCsdl(CSDL);
  compiled = readCompiledTypes(dir);
  result = compare({ csdl, scope: SCOPE, model: MODEL, interfaces: compiled.interfaces, otherExports: compiled.otherExports });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('csdl', () => {
  it('reads types, enums, navigation properties and resolves the alias', () => {
    expect([...csdl.types.keys()]).toContain('microsoft.graph.callRecords.session');
    const widget = csdl.types.get('microsoft.graph.widget')!;
    expect(widget).toMatchObject({ kind: 'entity', baseType: 'microsoft.graph.entity', openType: true, abstract: false });
    expect(widget.properties.find((p) => p.name === 'parts')).toEqual({
      name: 'parts',
      type: 'Collection(microsoft.graph.part)',
      nullable: true,
      navigation: true,
    });
    expect(widget.properties.find((p) => p.name === 'createdDateTime')?.nullable).toBe(false);
    expect(csdl.types.get('microsoft.graph.ghost')).toMatchObject({ kind: 'complex', properties: [] });
    expect(csdl.enums.get('microsoft.graph.size')).toEqual({
      qualifiedName: 'microsoft.graph.size',
      name: 'size',
      namespace: 'microsoft.graph',
      isFlags: true,
      members: ['small', 'large'],
    });
  });

  it('lists inherited properties first, with the declaring type', () => {
    const properties = allProperties(csdl, 'microsoft.graph.callRecords.session');
    expect(properties.map((p) => [p.property.name, p.declaredBy])).toEqual([
      ['id', 'microsoft.graph.entity'],
      ['modalities', 'microsoft.graph.callRecords.session'],
    ]);
    expect(allProperties(csdl, 'microsoft.graph.widget')).toHaveLength(18);
  });
});

describe('compiled types', () => {
  it('type-checks cleanly and reads exported interfaces with inherited properties', () => {
    expect(compiled.diagnostics).toEqual([]);
    expect([...compiled.interfaces.keys()].sort()).toEqual(['CallRecordsSession', 'Entity', 'Part', 'Person', 'Widget']);
    expect(compiled.otherExports.has('Shape')).toBe(true);
    const widget = compiled.interfaces.get('Widget')!;
    expect(widget.properties.get('id')?.descriptor).toEqual({ kind: 'string' });
    expect(widget.properties.has('missingOne')).toBe(false);
    expect(widget.properties.get('labels')?.descriptor).toEqual({ kind: 'array', element: { kind: 'string' } });
    expect(widget.properties.get('enabled')?.descriptor).toEqual({ kind: 'boolean' });
    expect(widget.properties.get('color')?.descriptor).toEqual({ kind: 'stringLiterals', values: ['red', 'green', 'unknownFutureValue'] });
    expect(widget.properties.get('sizes')?.descriptor).toEqual({ kind: 'array', element: { kind: 'stringLiterals', values: ['small'] } });
    expect(widget.properties.get('owner')?.descriptor).toEqual({ kind: 'interface', name: 'Person' });
    expect(widget.properties.get('payload')?.descriptor).toEqual({ kind: 'unknown' });
    expect(widget.properties.get('owner')?.text).toBe('Person | null | undefined');
  });

  it('reports type errors in the output', () => {
    const bad = mkdtempSync(path.join(os.tmpdir(), 'graphdoc-conformance-bad-'));
    try {
      writeFileSync(path.join(bad, 'index.ts'), `export const count: number = 'one';\n`);
      const { diagnostics } = readCompiledTypes(bad);
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatch(/^index\.ts:1:14 TS2322: /);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('compare', () => {
  it('computes the four figures', () => {
    expect(result.figures).toEqual({
      typesGenerated: { numerator: 4, denominator: 7 },
      propertiesPresent: { numerator: 22, denominator: 23 },
      typedRight: { numerator: 15, denominator: 22 },
      enumMembersExact: { numerator: 3, denominator: 4 },
      enumMembersExactStrict: { numerator: 3, denominator: 5 },
    });
  });

  it('tells an open union for a metadata enum apart from a plain string', () => {
    expect(subjects('docs-string-metadata-enum')).toContain('microsoft.graph.widget.hue');
    expect(subjects('enum-not-literal-union')).toContain('microsoft.graph.widget.shade');
    expect(subjects('enum-members-differ')).not.toContain('microsoft.graph.widget.shade');
  });

  it('tells apart the reasons a type is missing', () => {
    expect(subjects('type-not-in-model')).toEqual(['microsoft.graph.ghost']);
    expect(subjects('type-not-exported')).toEqual(['microsoft.graph.phantom']);
    expect(subjects('type-not-an-interface')).toEqual(['microsoft.graph.shape']);
  });

  it('finds a missing property (an index signature does not count)', () => {
    expect(find('property-missing')).toEqual([
      {
        cause: 'property-missing',
        type: 'microsoft.graph.widget',
        tsName: 'Widget',
        property: 'missingOne',
        metadataType: 'Edm.String',
        docsSource: source('resources/widget.md'),
      },
    ]);
  });

  it('judges inherited properties and quotes the docs of the declaring type', () => {
    const id = (type: string) => compiled.interfaces.get(type)?.properties.get('id');
    expect(id('CallRecordsSession')?.descriptor).toEqual({ kind: 'string' });
    expect(result.mismatches.some((item) => item.property === 'id')).toBe(false);
    expect(MODEL.property('microsoft.graph.widget', 'id')?.source).toEqual(source('resources/entity.md', 10));
  });

  it('accepts matching types and flags collection vs single', () => {
    expect(subjects('collection-mismatch')).toEqual(['microsoft.graph.widget.tags']);
    expect(find('collection-mismatch')[0]).toMatchObject({ metadataType: 'Collection(Edm.String)', ourType: 'string | undefined', docsTypeText: 'String' });
    for (const ok of ['labels', 'parts', 'owner', 'color', 'createdDateTime', 'count', 'enabled']) {
      expect(result.mismatches.filter((item) => item.property === ok && item.cause !== 'enum-members-differ')).toEqual([]);
    }
  });

  it('classifies a literal union where the metadata says Edm.String as a docs/metadata disagreement', () => {
    expect(find('docs-enum-metadata-string')).toEqual([
      expect.objectContaining({
        property: 'kind',
        metadataType: 'Edm.String',
        ourType: '"a" | "b" | undefined',
        docsTypeText: 'kindEnum',
        docsSource: source('resources/widget.md', 20),
      }),
    ]);
  });

  it('flags unknown, plain mismatches and the wrong interface', () => {
    expect(subjects('typed-unknown')).toEqual(['microsoft.graph.widget.payload']);
    expect(subjects('type-mismatch')).toEqual(['microsoft.graph.widget.version']);
    expect(find('wrong-interface')).toEqual([expect.objectContaining({ property: 'other', detail: 'expected interface Person' })]);
  });

  it('compares enum members exactly, order ignored, single and collection', () => {
    expect(find('enum-members-differ')).toEqual([
      expect.objectContaining({ property: 'sizes', metadataType: 'Collection(microsoft.graph.size)', detail: 'missing: large' }),
    ]);
  });
});

describe('resource pages (scope)', () => {
  it('reads @odata.type from resource annotations only, tolerating trailing commas', () => {
    const page = resourcePage(
      'widget.md',
      [
        '<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.widget", "optionalProperties": [ ], } -->',
        '<!-- { "blockType": "response", "@odata.type": "microsoft.graph.person" } -->',
        '<!--',
        '{',
        '  "blockType": "resource",',
        '  "@odata.type": "microsoft.graph.callRecords.session"',
        '}',
        '-->',
      ].join('\n'),
    );
    expect(page.odataTypes).toEqual(['microsoft.graph.widget', 'microsoft.graph.callRecords.session']);
  });

  it('puts a type in scope by annotation, else by file name', () => {
    const scope = typesWithResourcePage(csdl, [
      { file: 'widget-page.md', odataTypes: ['microsoft.graph.widget', 'microsoft.graph.notInMetadata'] },
      { file: 'person.md', odataTypes: [] },
      { file: 'callrecords-session.md', odataTypes: ['microsoft.graph.callRecords.session'] },
    ]);
    expect(scope).toEqual([
      { qualifiedName: 'microsoft.graph.callRecords.session', file: 'callrecords-session.md', via: 'annotation' },
      { qualifiedName: 'microsoft.graph.person', file: 'person.md', via: 'fileName' },
      { qualifiedName: 'microsoft.graph.widget', file: 'widget-page.md', via: 'annotation' },
    ]);
  });
});

describe('report', () => {
  it('formats figures, groups and the cap', () => {
    expect(formatFigure('types generated', { numerator: 1230, denominator: 1240 })).toBe('types generated 1230/1240 (99.19%)');
    const text = formatReport(result, { cap: 1 });
    expect(text).toContain('- types generated 4/7 (57.14%)');
    expect(text).toContain('- Docs/metadata disagreement: docs give an enum, metadata says Edm.String: 1');
    expect(text).toContain('widget.kind | metadata Edm.String | ours "a" | "b" | undefined | docs "kindEnum" | at resources/widget.md:20');
    expect(text).toContain('### Type missing: the model has no type of that qualified name (1)');
    const floors = { typesGenerated: 50, propertiesPresent: 95, typedRight: 99, enumMembersExact: 50 };
    expect(failedFloors(result.figures, floors)).toEqual(['typed right: 68.18% < 99%']);
  });
});
