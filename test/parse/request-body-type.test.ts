/**
 * The type an API page's request body represents, where no resource page may exist: each way
 * the v1.0 pages name it, and the pages that must name nothing.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';
import type { TypeFacts } from '../../src/parse/page-facts.js';
import { apiPage, type ApiPageParts } from '../support/api-page.js';

const ROWS = ['displayName|String|The name.', 'size|Int32|The size.'];

function bodyType(parts: ApiPageParts): TypeFacts | undefined {
  const [type, ...more] = parsePage('api/x.md', apiPage(parts)).types;
  expect(more).toEqual([]);
  return type;
}

const named = (parts: ApiPageParts) => bodyType(parts)?.name;

describe('the request body names its type in prose', () => {
  it.each<[string, string]>([
    ['"a JSON representation for the x object", no link (116 v1.0 pages, Intune\'s)', 'In the request body, supply a JSON representation for the sprocket object.'],
    ['"of the [x](…) object"', 'In the request body, supply a JSON representation of the [sprocket](../resources/sprocket.md) object.'],
    ['"of [x](…) object", no article', 'In the request body, supply a JSON representation of [sprocket](../resources/sprocket.md) object.'],
    ['"of x resource"', 'In the request body, supply a JSON representation of sprocket resource.'],
    ['"required when you create the x"', 'The following table shows the properties that are required when you create the sprocket.'],
    ['"required when you create a [x](…)"', 'The following table shows the properties that are required when you create a [sprocket](../resources/sprocket.md).'],
    ['"required to create a x object"', 'The following table lists the properties that are required to create a sprocket object.'],
    ['any sentence that speaks of JSON and links a page', 'Send the new [sprocket](../resources/sprocket.md) as JSON.'],
  ])('%s', (_, sentence) => {
    expect(named({ body: [sentence], rows: ROWS })).toBe('sprocket');
  });

  it.each<[string, string]>([
    ['"create a schema extension" names no type "schema"', 'The following table shows the properties that are required when you create a schema extension.'],
    ['"a JSON representation of the parameters"', 'In the request body, supply JSON representation of the parameters.'],
    ['"a JSON representation of the id of the x, y, or z object"', 'In the request body, supply a JSON representation of the id of the user, or group object you want to add.'],
  ])('%s', (_, sentence) => {
    expect(bodyType({ body: [sentence], rows: ROWS })).toBeUndefined();
  });

  it('takes the properties of the tables after the naming sentence, as requestBody facts', () => {
    const type = bodyType({ body: ['In the request body, supply a JSON representation for the sprocket object.'], rows: ROWS });
    expect(type && { role: type.role, namespace: type.namespace, properties: type.properties.map((p) => p.name) }).toEqual({
      role: 'requestBody',
      namespace: 'microsoft.graph',
      properties: ['displayName', 'size'],
    });
  });
});

describe('the examples name the type where the prose does not', () => {
  const example = (body: string) => ({ line: 'POST https://graph.microsoft.com/v1.0/things', body });

  it("the example request body's own @odata.type, not a nested one's", () => {
    const body = '{\n  "@odata.type": "#microsoft.graph.sprocket",\n  "owner": { "@odata.type": "#microsoft.graph.user" },\n  "size": 4\n}';
    expect(named({ body: ['Supply the values.'], rows: ROWS, example: example(body) })).toBe('sprocket');
  });

  it('the @odata.type of the object an update answers with', () => {
    const parts: ApiPageParts = { title: 'Update thing', request: 'PATCH /things/{id}', rows: ROWS };
    parts.example = { line: 'PATCH https://graph.microsoft.com/v1.0/things/1', body: '{ "size": 4 }' };
    parts.response = { status: '200 OK', odataType: 'microsoft.graph.sprocket', body: '{ "id": "1" }' };
    expect(named(parts)).toBe('sprocket');
  });

  it('the @odata.type of the object a POST answers with, where the answer shows the table\'s rows', () => {
    const response = { status: '201 Created', odataType: 'microsoft.graph.sprocket', body: '{ "id": "1", "displayName": "a", "size": 4 }' };
    expect(named({ rows: ROWS, example: example('{ "size": 4 }'), response })).toBe('sprocket');
  });

  it.each<[string, ApiPageParts]>([
    [
      'an action titled "x: y" answers with another type than the parameters it takes (application: addKey)',
      { title: 'thing: addKey', rows: ROWS, response: { status: '200 OK', odataType: 'microsoft.graph.keyCredential', body: '{ "displayName": "a", "size": 4 }' } },
    ],
    [
      'a POST whose answer shows none of the rows (driveItem createLink answers with a permission)',
      { rows: ROWS, response: { status: '201 Created', odataType: 'microsoft.graph.permission', body: '{ "id": "1", "roles": [] }' } },
    ],
    ['a Parameter table is an action\'s', { rows: ROWS, firstHeader: 'Parameter', example: { line: 'POST /things', body: '{ "@odata.type": "#microsoft.graph.sprocket" }' } }],
    ['a type of another service (#Microsoft.OutlookServices.ConversationThread)', { rows: ROWS, example: { line: 'POST /things', body: '{ "@odata.type": "#Microsoft.OutlookServices.Thread" }' } }],
  ])('not: %s', (_, parts) => {
    parts.example ??= { line: 'POST https://graph.microsoft.com/v1.0/things', body: '{ "size": 4 }' };
    expect(bodyType(parts)).toBeUndefined();
  });

  it('a camelCase spelling on the page wins over an all-lower-case one', () => {
    const parts: ApiPageParts = { body: ['In the request body, supply a JSON representation for the manageddevicecertificatestate object.'], rows: ROWS };
    parts.example = example('{ "@odata.type": "#microsoft.graph.managedDeviceCertificateState" }');
    expect(named(parts)).toBe('managedDeviceCertificateState');
  });
});
