/**
 * The change report gives the same changes from the summaries a manifest keeps as from the
 * whole models: for every kind of edit the comparison tests name, the list from two models
 * equals the list from their summaries written into a manifest and read back.
 */
import { describe, expect, it } from 'vitest';
import { compareModels, type ComparedModel } from '../../src/model/compare-models.js';
import type { Operation } from '../../src/model/operations/operation-model.js';
import type { StructuredType } from '../../src/model/schema-model.js';
import { manifestText, parseManifest } from '../../src/write/manifest.js';
import { enumeration, enumRef, model, operation, primitive, property, STRING, structured, typeRef, type BuiltModel } from './model-builders.js';

/** A model with something of every kind the comparison reads. */
function baseModel(): BuiltModel {
  const entity = structured('entity', [property('id', STRING, { readOnly: true, nullable: false })], {
    derivedTypes: ['microsoft.graph.directoryObject', 'microsoft.graph.group', 'microsoft.graph.photo', 'microsoft.graph.user'],
  });
  const directoryObject = structured('directoryObject', [property('deletedDateTime', primitive('DateTimeOffset'))], {
    baseType: 'microsoft.graph.entity',
    derivedTypes: ['microsoft.graph.group', 'microsoft.graph.user'],
  });
  const user = structured(
    'user',
    [
      property('mail'),
      property('age', primitive('Int32')),
      property('color', enumRef('color')),
      property('shade', enumRef('color', true)),
      property('photo', typeRef('photo')),
      property('licenses', typeRef('license'), { collection: true }),
      property('extra', { kind: 'json' }),
    ],
    { baseType: 'microsoft.graph.directoryObject', openType: true },
  );
  const parameter = (name: string, required = false, type = STRING): Operation['query'][number] => ({ name, type: { type, collection: false }, required });
  return model({
    types: [
      entity,
      directoryObject,
      structured('group', [property('visibility')], { baseType: 'microsoft.graph.directoryObject' }),
      structured('license', [property('skuId', primitive('Guid'))]),
      structured('photo', [property('height', primitive('Int32'))], { baseType: 'microsoft.graph.entity' }),
      user,
    ],
    enums: [enumeration('color', ['red', 'green']), enumeration('palette', ['red', 'green', 'blue']), enumeration('tint', ['red'])],
    operations: [
      operation('user-get', 'GET', '/users/{id}', {
        alternatives: [{ path: '/me', pathParameters: [] }],
        query: [parameter('$select'), parameter('$top', false, primitive('Int32'))],
        headers: [parameter('ConsistencyLevel')],
        responses: [{ status: 200, body: { kind: 'type', type: 'microsoft.graph.user', collection: false } }],
      }),
      operation('user-list', 'GET', '/users', { responses: [{ status: 200, body: { kind: 'type', type: 'microsoft.graph.user', collection: true, delta: true } }] }),
      operation('user-create', 'POST', '/users', {
        requestBody: { kind: 'create', type: 'microsoft.graph.user', omit: ['id'], required: ['mail'] },
        responses: [{ status: 201, body: { kind: 'type', type: 'microsoft.graph.user', collection: false } }],
      }),
      operation('user-update', 'PATCH', '/users/{id}', { requestBody: { kind: 'update', type: 'microsoft.graph.user', omit: ['id'], required: [] } }),
      operation('user-assign', 'POST', '/users/{id}/assign', {
        requestBody: {
          kind: 'parameters',
          tsName: 'AssignRequestBody',
          parameters: [
            { ...property('a'), required: false },
            { ...property('b', primitive('Int32')), required: true },
          ],
        },
        responses: [{ status: 200, body: { kind: 'unknown', reason: 'no example' } }],
      }),
      operation('user-count', 'GET', '/users/$count', { responses: [{ status: 200, body: { kind: 'count' } }] }),
      operation('color-get', 'GET', '/color', { responses: [{ status: 200, body: { kind: 'enum', enum: 'microsoft.graph.color', collection: false } }] }),
      operation('photo-value', 'GET', '/me/photo/$value', { responses: [{ status: 200, body: { kind: 'binary' } }, { status: 302, body: { kind: 'none' } }] }),
    ],
  });
}

const typeNamed = (m: BuiltModel, name: string): StructuredType => m.types.find((type) => type.name === name)!;
const operationNamed = (m: BuiltModel, id: string): Operation => m.operations.find((item) => item.id === id)!;
const userProperty = (m: BuiltModel, name: string): StructuredType['properties'][number] => typeNamed(m, 'user').properties.find((item) => item.name === name)!;

/** Edits the comparison tests name, each on a fresh copy of the base model; `quiet` ones change nothing compared. */
const EDITS: [string, (m: BuiltModel) => void, { quiet?: true }?][] = [
  ['a type removed and one added', (m) => void m.types.splice(m.types.indexOf(typeNamed(m, 'group')), 1, structured('team', []))],
  ['a property removed and one added', (m) => (typeNamed(m, 'user').properties = [...typeNamed(m, 'user').properties.filter((p) => p.name !== 'mail'), property('city')])],
  ['a property moved to the base type', (m) => {
    typeNamed(m, 'directoryObject').properties.push(userProperty(m, 'mail'));
    typeNamed(m, 'user').properties = typeNamed(m, 'user').properties.filter((p) => p.name !== 'mail');
  }],
  ['nullable → not nullable, and back', (m) => {
    userProperty(m, 'mail').nullable = false;
    typeNamed(m, 'entity').properties[0]!.nullable = true;
  }],
  ['single ↔ collection', (m) => {
    userProperty(m, 'mail').collection = true;
    userProperty(m, 'licenses').collection = false;
  }],
  ['an enum that becomes open, a string, or another enum', (m) => {
    userProperty(m, 'color').type = enumRef('color', true);
    userProperty(m, 'shade').type = STRING;
    userProperty(m, 'mail').type = enumRef('palette');
  }],
  ['an enum to one with all its members, and to one without', (m) => {
    userProperty(m, 'color').type = enumRef('palette');
    userProperty(m, 'shade').type = enumRef('tint');
  }],
  ['wider and narrower numbers and strings', (m) => {
    userProperty(m, 'age').type = primitive('Int64');
    typeNamed(m, 'photo').properties[0]!.type = primitive('Int16');
    typeNamed(m, 'license').properties[0]!.type = STRING;
  }],
  ['a type to its base, to JSON, to unknown, to another type', (m) => {
    userProperty(m, 'photo').type = typeRef('entity');
    userProperty(m, 'licenses').type = { kind: 'json' };
    userProperty(m, 'extra').type = { kind: 'unknown' };
    typeNamed(m, 'group').properties.push(property('owner', typeRef('photo')));
  }],
  ['a property that becomes read-only, and one that is no longer', (m) => {
    userProperty(m, 'mail').readOnly = true;
    typeNamed(m, 'entity').properties[0]!.readOnly = false;
  }],
  ['types and enums exported under another name; a type no longer open', (m) => {
    typeNamed(m, 'user').tsName = 'GraphUser';
    typeNamed(m, 'user').openType = false;
    m.enums[0]!.tsName = 'ColorEnum';
  }],
  ['a base type change that loses properties, and one that does not', (m) => {
    typeNamed(m, 'user').baseType = 'microsoft.graph.entity';
    typeNamed(m, 'license').baseType = 'microsoft.graph.entity';
  }],
  ['enums and enum members removed and added', (m) => {
    m.enums[0]!.members = [{ name: 'red' }, { name: 'blue' }];
    m.enums.splice(2, 1, enumeration('size', ['s']));
  }],
  ['operations removed and added; a path changed; ids shifted', (m) => {
    operationNamed(m, 'user-count').path = '/users/$count/';
    m.operations.splice(m.operations.indexOf(operationNamed(m, 'photo-value')), 1, operation('group-get', 'GET', '/groups/{id}'));
    operationNamed(m, 'user-list').id = 'user-list-2';
    m.operations.unshift(operation('user-list', 'GET', '/users/delta'));
  }],
  ['request bodies: required, parameters, another kind or type', (m) => {
    (operationNamed(m, 'user-create').requestBody as { required: string[] }).required = ['city'];
    const assign = operationNamed(m, 'user-assign').requestBody as Extract<Operation['requestBody'], { kind: 'parameters' }>;
    assign.parameters = [{ ...property('a', primitive('Int32')), required: true }, { ...property('c'), required: false }];
    assign.tsName = 'AssignUserRequestBody';
    operationNamed(m, 'user-update').requestBody = { kind: 'update', type: 'microsoft.graph.group', omit: [], required: [] };
    operationNamed(m, 'user-get').requestBody = { kind: 'reference' };
  }],
  ['query parameters and headers removed, newly required, added, retyped', (m) => {
    const get = operationNamed(m, 'user-get');
    get.query = [{ ...get.query[1]!, required: true, type: { type: primitive('Int64'), collection: false } }, { name: '$search', type: { type: STRING, collection: false }, required: false }];
    get.headers = [{ name: 'Prefer', type: { type: STRING, collection: true }, required: true }];
  }],
  ['responses removed, added, answering another body, undocumented ones documented', (m) => {
    operationNamed(m, 'user-list').responses = [{ status: 200, body: { kind: 'type', type: 'microsoft.graph.user', collection: true } }];
    operationNamed(m, 'user-assign').responses = [{ status: 200, body: { kind: 'primitive', edm: 'Edm.Boolean', collection: false } }];
    operationNamed(m, 'photo-value').responses = [{ status: 200, body: { kind: 'json', collection: false } }, { status: 202, body: { kind: 'references' } }];
    operationNamed(m, 'color-get').responses = [{ status: 200, body: { kind: 'enum', enum: 'microsoft.graph.color', collection: true } }];
  }],
  ['alternative paths removed and added', (m) => {
    operationNamed(m, 'user-get').alternatives = [{ path: '/users/{userPrincipalName}', pathParameters: [] }];
    operationNamed(m, 'user-list').alternatives = [{ path: '/me/people', pathParameters: [] }];
  }],
  ['descriptions, sources, type cells, summaries and path parameters only', (m) => {
    const moved = { file: 'resources/other.md', line: 99, column: 3 };
    for (const type of m.types) {
      Object.assign(type, { description: 'Now described.', source: moved });
      for (const item of type.properties) Object.assign(item, { description: 'Other words.', typeText: 'Edm.String', source: moved });
    }
    for (const item of m.enums) Object.assign(item, { description: 'Colours.', source: moved, members: item.members.map((member) => ({ ...member, description: 'A member.', value: '1' })) });
    for (const item of m.operations) Object.assign(item, { summary: 'Renamed', source: moved, pathParameters: [{ name: 'id', type: { type: STRING, collection: false } }] });
  }, { quiet: true }],
];

/** What a run reads back of `m` from the manifest it wrote. */
function readBack(m: BuiltModel): ComparedModel {
  const summary = parseManifest(manifestText({ generator: 'graphdoc', version: '0.0.0-test', files: [], summary: m }))?.summary;
  if (!summary) throw new Error('the manifest written could not be read back');
  return summary;
}

function descriptions(changes: ReturnType<typeof compareModels>): string[] {
  return changes.changes.map((c) => `${c.breaking ? 'breaking ' : ''}${c.kind} ${c.subject.kind} ${c.description}`);
}

describe('the change report from a manifest', () => {
  it.each(EDITS)('lists what the whole models list, after %s', (_, edit, options) => {
    const before = baseModel();
    const after = structuredClone(before);
    edit(after);
    const fromModels = descriptions(compareModels(before, after));
    if (options?.quiet) expect(fromModels).toEqual([]);
    else expect(fromModels.length, 'the edit changes something compared').toBeGreaterThan(0);
    expect(compareModels(readBack(before), readBack(after))).toEqual(compareModels(before, after));
    // A run compares the manifest it finds with the model it just built.
    expect(compareModels(readBack(before), after)).toEqual(compareModels(before, after));
  });

  it('lists what the whole models list after several edits at once', () => {
    const together = ['wider and narrower numbers and strings', 'a base type change that loses properties, and one that does not', 'enums and enum members removed and added', 'request bodies: required, parameters, another kind or type', 'responses removed, added, answering another body, undocumented ones documented'];
    const before = baseModel();
    const after = structuredClone(before);
    for (const [name, edit] of EDITS) if (together.includes(name)) edit(after);
    expect(compareModels(before, after).changes.length).toBeGreaterThan(together.length);
    expect(compareModels(readBack(before), readBack(after))).toEqual(compareModels(before, after));
  });
});
