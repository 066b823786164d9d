/** Which property rows document the type's key: the wordings of the v1.0 tables, and the near misses. */
import { describe, expect, it } from 'vitest';
import { rowIsKey } from '../../src/parse/keys.js';
import { parsePage } from '../../src/parse/page.js';
import { apiPage } from '../support/api-page.js';

describe('rowIsKey', () => {
  it.each<[string, string]>([
    ['id', 'Key of the entity. Inherited from [deviceConfiguration]'],
    ['id', 'The key of the assignment.'],
    ['id', 'Unique identifier for the group. Inherited from directoryObject. Key. Not nullable. Read-only.'],
    ['id', 'Read-only, Key, Not nullable'],
    ['id', 'The ID of the token. It is the Key of the entity.'],
    ['id', 'Unique key for this operation.'],
    ['id', 'Inherited from entity'],
    ['id', '**TODO: Add Description** Inherited from entity'],
    ['recordType', 'The value is always CName. Key'],
  ])('%s: "%s" is a key', (name, description) => {
    expect(rowIsKey(name, description)).toBe(true);
  });

  it.each<[string, string]>([
    ['certificateKeyUsage', 'Key usage. Possible values are: keyEncipherment, digitalSignature.'],
    ['certificateKeyStorageProvider', 'Key Storage Provider.'],
    ['productKey', 'Edition Upgrade Product Key.'],
    ['key', 'Key for the key-value pair.'],
    ['name', 'Represents the key in a key-value pair.'],
    ['isSearchable', 'This property is not a key. Required.'],
    ['changeKey', 'The change key for the entity.'],
    ['displayName', 'Inherited from entity'],
    ['id', 'Inherited from directoryObject'],
  ])('%s: "%s" is not', (name, description) => {
    expect(rowIsKey(name, description)).toBe(false);
  });
});

describe('keys in page facts', () => {
  it('a key row is never nullable, whatever else it says', () => {
    const [type] = parsePage('api/x.md', apiPage({ body: ['Supply a JSON representation for the thing object.'], rows: ['id|String|Key of the entity. Nullable.'] })).types;
    expect(type?.properties.map((p) => [p.name, p.key, p.nullable])).toEqual([['id', true, false]]);
  });

  it("a resource annotation's keyProperty marks that property, found in a table or in the JSON representation", () => {
    const page = [
      '---', 'doc_type: resourcePageType', '---', '# thing resource type', '', '## Properties', '', '|Property|Type|Description|', '|:---|:---|:---|', '|name|String|The name.|', '',
      '## JSON representation', '', '<!-- { "blockType": "resource", "keyProperty": "id", "@odata.type": "microsoft.graph.thing" } -->', '```json', '{ "id": "String (identifier)", "name": "String" }', '```',
    ].join('\n');
    const [type] = parsePage('resources/thing.md', page).types;
    expect(type?.properties.map((p) => [p.name, p.key === true, p.nullable])).toEqual([
      ['name', false, true],
      ['id', true, false],
    ]);
  });
});
