/**
 * The scope of the API-pages-alone conformance, and its two figures, on a tiny CSDL and tiny
 * pages: they need neither the generator nor ../shared.
 */
import { describe, expect, it } from 'vitest';
import type { StructuredType } from '../../src/model/schema-model.js';
import { describedTypes, MetadataIndex, measureApiPages } from './api-pages.js';
import { parseCsdl } from './csdl.js';

const CSDL = parseCsdl(`<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx"><edmx:DataServices>
  <Schema Namespace="microsoft.graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
    <EntityType Name="entity"><Key><PropertyRef Name="id" /></Key><Property Name="id" Type="Edm.String" Nullable="false" /></EntityType>
    <EntityType Name="user" BaseType="microsoft.graph.entity">
      <Property Name="displayName" Type="Edm.String" /><Property Name="mail" Type="Edm.String" />
      <NavigationProperty Name="manager" Type="microsoft.graph.entity" />
    </EntityType>
    <EntityType Name="request" BaseType="microsoft.graph.entity"><Property Name="displayName" Type="Edm.String" /></EntityType>
  </Schema>
</edmx:DataServices></edmx:Edmx>`);

const index = new MetadataIndex(CSDL);

function page(prose: string, rows: string[], example = ''): string {
  return ['# Create x', '', '## Request body', '', prose, '', '|Property|Type|Description|', '|:---|:---|:---|', ...rows.map((row) => `|${row}|String|x|`), '', '## Response', '', example].join('\n');
}

const scopeOf = (markdown: string) => describedTypes('x.md', markdown, index).map((entry) => [entry.qualifiedName, entry.via]);

describe('which types an API page describes', () => {
  it.each<[string, string, [string, string][]]>([
    ['a linked name above a table of its properties', page('Supply a JSON representation of [user](../resources/user.md) object.', ['displayName', 'mail']), [['microsoft.graph.user', 'table']]],
    ['a camelCase or marked name; inherited properties count', page('Supply a JSON representation for the **user** object.', ['id', 'mail']), [['microsoft.graph.user', 'table']]],
    ['not a name used as an English word ("request")', page('Supply the values of the request.', ['displayName']), []],
    ['not where at most half the rows are its properties', page('Supply a [user](user.md).', ['displayName', 'other', 'more']), []],
    [
      'an example request body whose own @odata.type names it',
      page('Supply the values.', [], '<!-- { "blockType": "request" } -->\n```http\nPOST /users\n\n{ "@odata.type": "#microsoft.graph.user", "mail": "a" }\n```'),
      [['microsoft.graph.user', 'example']],
    ],
  ])('%s', (_, markdown, expected) => {
    expect(scopeOf(markdown)).toEqual(expected);
  });
});

describe('the figures', () => {
  const type = (name: string, properties: string[], baseType?: string): StructuredType =>
    ({ qualifiedName: `microsoft.graph.${name}`, name, properties: properties.map((p) => ({ name: p })), ...(baseType ? { baseType } : {}) }) as StructuredType;

  it('counts scope types the model has, and their structural properties found on them or their ancestors', () => {
    const figures = measureApiPages(CSDL, ['microsoft.graph.user', 'microsoft.graph.request'], {
      types: [type('entity', ['id']), type('user', ['displayName'], 'microsoft.graph.entity')],
    });
    expect(figures).toEqual({
      typesGenerated: { numerator: 1, denominator: 2 },
      propertiesPresent: { numerator: 2, denominator: 3 },
      missingTypes: ['microsoft.graph.request'],
    });
  });
});
