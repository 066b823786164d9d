/**
 * Building operations across pages: unique ids, one typed-map entry per path and method, names
 * for action bodies that never clash, create bodies checked against the resource. Small docs
 * trees written inline, parsed and modelled as `generate` does.
 */
import { describe, expect, it } from 'vitest';
import { emitOperations } from '../../src/emit/operations/emit-operations.js';
import { buildModel } from '../../src/model/build-model.js';
import type { SchemaModel } from '../../src/model/schema-model.js';
import { parsePage } from '../../src/parse/page.js';

/** The `operations.d.ts` of a model. */
function operationsDeclarations(model: Parameters<typeof emitOperations>[0]): string {
  return emitOperations(model, '').find((file) => file.path === 'operations.d.ts')!.content;
}

function resourcePage(name: string, rows: string[]): [string, string] {
  return [
    `resources/${name.toLowerCase()}.md`,
    [
      '---',
      'doc_type: resourcePageType',
      '---',
      `# ${name} resource type`,
      '',
      'Namespace: microsoft.graph',
      '',
      `<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}" } -->`,
      '',
      '## Properties',
      '',
      '| Property | Type | Description |',
      '|:--|:--|:--|',
      ...rows,
      '',
    ].join('\n'),
  ];
}

function apiPage(file: string, title: string, lines: string[], ...sections: string[]): [string, string] {
  return [
    `api/${file}.md`,
    ['---', 'doc_type: apiPageType', '---', `# ${title}`, '', 'Namespace: microsoft.graph', '', '## HTTP request', '', '<!-- { "blockType": "ignored" } -->', '```http', ...lines, '```', '', ...sections].join('\n'),
  ];
}

const example = (name: string, line: string): string => ['## Example', '', `<!-- { "blockType": "request", "name": "${name}" } -->`, '```http', line, '```', ''].join('\n');

function modelOf(...pages: [string, string][]): SchemaModel {
  return buildModel(pages.map(([file, text]) => parsePage(file, text)));
}

const thing = resourcePage('thing', ['|id|String|The id. Read-only.|', '|name|String|The name.|', '|note|String|A note.|']);
const created = '## Response\n\nIf successful, this method returns a `201 Created` response code and a [thing](../resources/thing.md) object in the response body.\n';
const representation = (...rows: string[]) =>
  ['## Request body', '', 'In the request body, supply a JSON representation of a [thing](../resources/thing.md) object. You must specify the following properties.', '', '| Property | Type | Description |', '|:--|:--|:--|', ...rows, ''].join('\n');

describe('operation ids', () => {
  it('a repeated example name is numbered, and reported', () => {
    const model = modelOf(
      thing,
      apiPage('thing-get', 'Get thing', ['GET /things/{id}'], example('get_thing', 'GET https://graph.microsoft.com/v1.0/things/1')),
      apiPage('thing-list', 'List things', ['GET /things'], example('get_thing', 'GET https://graph.microsoft.com/v1.0/things')),
    );
    expect(model.operations.map((o) => o.id)).toEqual(['get_thing', 'get_thing-2']);
    expect(model.diagnostics.filter((d) => d.code === 'operation-id-duplicate').map((d) => d.source.file)).toEqual(['api/thing-list.md']);
  });
});

describe('one typed-map entry per path and method', () => {
  const other = resourcePage('otherThing', ['|id|String|The id. Read-only.|', '|size|Int32|The size.|']);
  const createOther = apiPage(
    'otherthing-create',
    'Create otherThing',
    ['POST /things'],
    '## Request body\n\nIn the request body, supply a JSON representation of an [otherThing](../resources/otherthing.md) object.\n',
    '## Response\n\nIf successful, this method returns a `201 Created` response code and an [otherThing](../resources/otherthing.md) object in the response body.\n',
  );

  it('two pages documenting the same request share an entry that takes either body and response', () => {
    const model = modelOf(thing, other, apiPage('thing-create', 'Create thing', ['POST /things'], representation('|name|String|Required.|'), created), createOther);
    expect(model.operations.map((o) => [o.id, o.sharesPathWith])).toEqual([
      ['otherthing-create', undefined],
      ['thing-create', 'otherthing-create'],
    ]);
    const text = operationsDeclarations(model);
    expect(text).toContain('requestBody: GraphCreateBody<OtherThing, readOnlyKeys["OtherThing"]> | GraphCreateBody<Thing, readOnlyKeys["Thing"], "name">;');
    expect(text).toContain('responses: { 201: OtherThing | Thing };');
  });

  it('a request the docs only show with query options in use is left out of another page\'s entry', () => {
    const manager = apiPage('thing-list-owner', 'List owner', ['GET /things?$expand=owner'], '## Response\n\nIf successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object.\n');
    const list = apiPage('thing-list', 'List things', ['GET /things'], '## Response\n\nIf successful, this method returns a `200 OK` response code and a collection of [thing](../resources/thing.md) objects.\n');
    const model = modelOf(thing, manager, list);
    expect(model.operations.map((o) => [o.id, o.queryExample, o.sharesPathWith])).toEqual([
      ['thing-list-owner', true, 'thing-list'],
      ['thing-list', undefined, undefined],
    ]);
    expect(operationsDeclarations(model)).toContain('responses: { 200: GraphCollection<Thing> };');
  });

  it('an alternative path another page documents as its own is left to that page', () => {
    const model = modelOf(thing, apiPage('thing-get', 'Get thing', ['GET /things/{id}']), apiPage('user-thing', 'Get a user\'s thing', ['GET /users/{id}/things/{id}', 'GET /things/{id}']));
    expect(model.operations.map((o) => [o.path, o.alternatives?.map((a) => a.path), o.sharesPathWith])).toEqual([
      ['/things/{id}', undefined, undefined],
      ['/users/{user-id}/things/{thing-id}', undefined, undefined],
    ]);
  });
});

describe("the typed map's keys: one entry per path, under every spelling", () => {
  const ok = (what: string) => `## Response\n\nIf successful, this method returns a \`200 OK\` response code and ${what} in the response body.\n`;
  const list = apiPage('user-list-things', 'List things', ['GET /me/things', 'GET /users/{id | userPrincipalName}/things'], ok('a collection of [thing](../resources/thing.md) objects'));
  const filtered = apiPage('thing-filter', 'Get thing with a filter', ['GET /me/things?$filter=name eq {name}', 'GET /users/{user-id}/things?$filter=name eq {name}'], ok('a [thing](../resources/thing.md) object'));

  /** `"key": { GET: …` lines of the map, the key and what its GET is. */
  function getOf(text: string, key: string): string | undefined {
    const entry = new RegExp(`^  ${JSON.stringify(key).replace(/[$()|{}[\]]/g, '\\$&')}: \\{\\n((?:    .*\\n)*?)  \\};`, 'm').exec(text)?.[1];
    return entry === undefined ? undefined : /GET: ([^\n]*)/.exec(entry)?.[1];
  }

  it('a request shown only with query options types no path; its spellings join the entry of the request that documents it', () => {
    const model = modelOf(thing, filtered, list);
    expect(model.operations.map((o) => [o.id, o.queryExample, o.sharesPathWith, o.alternatives?.map((a) => a.path)])).toEqual([
      ['thing-filter', true, 'user-list-things', undefined],
      ['user-list-things', undefined, undefined, ['/users/{id}/things']],
    ]);
    const text = operationsDeclarations(model);
    expect(text).not.toContain('responses: { 200: Thing }');
    for (const key of ['/me/things', '/users/{id}/things', '/users/{id | userPrincipalName}/things', '/users/{user-id}/things']) expect(getOf(text, key), key).toMatch(/^userListThings\b/);
  });

  it('each key takes the path parameters as it spells them, the written `{a | b}` the first', () => {
    const text = operationsDeclarations(modelOf(thing, filtered, list));
    expect(getOf(text, '/me/things')).toBe('userListThings;');
    expect(getOf(text, '/users/{id | userPrincipalName}/things')).toBe('userListThings<{ path: { id: string } }>;');
    expect(getOf(text, '/users/{user-id}/things')).toBe('userListThings<{ path: { "user-id": string } }>;');
    expect(text).toMatch(/interface userListThings<Path = \{ path\?: never \}> \{\n  parameters: Path & \{ query\?: GraphCollectionQuery; header\?: never \};/);
  });

  it('pages that spell one path differently share its entry; keys differing in case are one path too', () => {
    const model = modelOf(thing, apiPage('thing-get-a', 'Get thing', ['GET /Things/{thing-id}'], ok('a [thing](../resources/thing.md) object')), apiPage('thing-get-b', 'Get thing', ['GET /things/{id}'], ok('a [thing](../resources/thing.md) object')));
    expect(model.operations.map((o) => [o.id, o.sharesPathWith])).toEqual([
      ['thing-get-a', undefined],
      ['thing-get-b', 'thing-get-a'],
    ]);
    const text = operationsDeclarations(model);
    expect(getOf(text, '/Things/{thing-id}')).toBe('thingGetA<{ path: { "thing-id": string } }>;');
    expect(getOf(text, '/things/{id}')).toBe('thingGetA<{ path: { id: string } }>;');
  });

  it('create bodies that share an entry keep what every page requires', () => {
    const loose = apiPage('thing-create-loose', 'Create thing', ['POST /things'], representation('|name|String|The name.|', '|note|String|A note.|'), created);
    const strict = apiPage('thing-create-strict', 'Create thing', ['POST /things'], representation('|name|String|Required.|'), created);
    const model = modelOf(thing, loose, strict);
    expect(model.operations.map((o) => o.requestBody)).toEqual([
      { kind: 'create', type: 'microsoft.graph.thing', omit: ['id'], required: ['name'] },
      { kind: 'create', type: 'microsoft.graph.thing', omit: ['id'], required: ['name'] },
    ]);
    expect(operationsDeclarations(model)).toContain('requestBody: GraphCreateBody<Thing, readOnlyKeys["Thing"], "name">;');
  });

  it('a success status the docs give no type for, beside one they type, answers the typed one', () => {
    const accepted = ['## Response', '', 'If successful, this method returns a `200 OK` response code and a [thing](../resources/thing.md) object in the response body.', '', 'It returns `202 Accepted` while the service finishes.', ''].join('\n');
    const model = modelOf(thing, apiPage('thing-get', 'Get thing', ['GET /things/{id}'], accepted));
    expect(model.operations[0]?.responses).toEqual([
      { status: 200, body: { kind: 'type', type: 'microsoft.graph.thing', collection: false } },
      { status: 202, body: { kind: 'type', type: 'microsoft.graph.thing', collection: false } },
    ]);
  });

  it('methods are keyed as HTTP writes them, as `operations` and the client spell them', () => {
    expect(operationsDeclarations(modelOf(thing, list))).toMatch(/^    GET: /m);
  });
});

describe('create and update bodies', () => {
  it('a required row that is no property of the resource is reported, and not required', () => {
    // The body section names no type (the response does), so its table adds nothing to `thing`.
    const unnamed = ['## Request body', '', 'You must specify the following properties.', '', '| Property | Type | Description |', '|:--|:--|:--|', '|name|String|Required.|', '|colour|String|Required.|', ''].join('\n');
    const model = modelOf(thing, apiPage('thing-create', 'Create thing', ['POST /things'], unnamed, created));
    expect(model.operations[0]?.requestBody).toEqual({ kind: 'create', type: 'microsoft.graph.thing', omit: ['id'], required: ['name'] });
    expect(model.diagnostics.filter((d) => d.code === 'operation-required-not-a-property').map((d) => d.message)).toEqual([
      '"colour" is listed as required to create microsoft.graph.thing, which has no such property; it is not required in the create body',
    ]);
  });

  it('a body whose type nothing documents is unknown, with the reason, and reported', () => {
    const model = modelOf(apiPage('gizmo-create', 'Create gizmo', ['POST /gizmos'], '## Request body\n\nIn the request body, supply a JSON representation of a [gizmo](../resources/gizmo.md) object.\n'));
    expect(model.operations[0]?.requestBody).toEqual({ kind: 'unknown', reason: 'the request body\'s type "gizmo" is documented nowhere' });
    expect(model.diagnostics.map((d) => d.code)).toContain('operation-partly-typed');
  });
});

describe('action body names', () => {
  const parameters = (...rows: string[]) => ['## Request body', '', '| Parameter | Type | Description |', '|:--|:--|:--|', ...rows, ''].join('\n');

  it('actions of one name share a type where their parameters agree; the later ones take their binding as a prefix where not', () => {
    const model = modelOf(
      thing,
      apiPage('thing-reset', 'thing: reset', ['POST /things/{id}/reset'], parameters('|force|Boolean|Whether to force it.|')),
      apiPage('widget-reset', 'widget: reset', ['POST /widgets/{id}/reset'], parameters('|force|Boolean|Whether to force it.|')),
      apiPage('gadget-reset', 'gadget: reset', ['POST /gadgets/{id}/reset'], parameters('|level|Int32|How far to reset.|')),
    );
    // Pages in file order: gadget-reset takes the plain name.
    expect(model.operations.map((o) => (o.requestBody.kind === 'parameters' ? o.requestBody.tsName : o.requestBody.kind))).toEqual([
      'ResetRequestBody',
      'ThingResetRequestBody',
      'ThingResetRequestBody',
    ]);
  });

  it('never the name of a generated type', () => {
    const model = modelOf(resourcePage('resetRequestBody', ['|id|String|The id.|']), apiPage('thing-reset', 'thing: reset', ['POST /things/{id}/reset'], parameters('|force|Boolean|Force.|')));
    const body = model.operations[0]?.requestBody;
    expect(body?.kind === 'parameters' && body.tsName).toBe('ThingResetRequestBody');
  });
});
