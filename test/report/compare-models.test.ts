/** compareModels on small hand-built models: one test per rule of what changed and what breaks. */
import { describe, expect, it } from 'vitest';
import { compareModels, type ComparedModel } from '../../src/model/compare-models.js';
import type { OperationParameter } from '../../src/model/operations/operation-model.js';
import { enumeration, enumRef, model, operation, primitive, property, STRING, structured, typeRef, type BuiltModel } from './model-builders.js';

/** Each change as one line: `breaking? kind subject-kind description`. */
function changes(before: ComparedModel, after: ComparedModel): string[] {
  return compareModels(before, after).changes.map((c) => `${c.breaking ? 'breaking ' : ''}${c.kind} ${c.subject.kind} ${c.description}`);
}

/** The changes when one property of `user` goes from `before` to `after`. */
function propertyChange(before: Parameters<typeof property>, after: Parameters<typeof property>, enums = [enumeration('color', ['red', 'green'])], afterEnums = enums): string[] {
  return changes(
    model({ types: [structured('user', [property(...before)])], enums }),
    model({ types: [structured('user', [property(...after)])], enums: afterEnums }),
  );
}

describe('compareModels: types and properties', () => {
  it('finds nothing between equal models, or where only descriptions, sources and type cells differ', () => {
    const before = model({ types: [structured('user', [property('mail')])], enums: [enumeration('color', ['red'])], operations: [operation('user-get', 'GET', '/users/{id}')] });
    const after = model({
      types: [structured('user', [property('mail', STRING, { description: 'Other.', typeText: 'Edm.String', source: { file: 'b.md', line: 9, column: 2 } })], { description: 'A person.' })],
      enums: [enumeration('color', ['red'], { description: 'Colors.', source: { file: 'e.md', line: 3, column: 1 } })],
      operations: [operation('user-get', 'GET', '/users/{id}', { summary: 'Get user', source: { file: 'api/user-get.md', line: 40, column: 1 } })],
    });
    expect(changes(before, before)).toEqual([]);
    expect(changes(before, after)).toEqual([]);
  });

  it('reports types removed (breaking) and added (not breaking)', () => {
    expect(changes(model({ types: [structured('user', [])] }), model({ types: [structured('group', [])] }))).toEqual([
      'breaking removed type user',
      'added type group',
    ]);
  });

  it('reports properties removed (breaking) and added (not breaking), with their types', () => {
    expect(changes(model({ types: [structured('user', [property('mail')])] }), model({ types: [structured('user', [property('age', primitive('Int32'), { nullable: false })])] }))).toEqual([
      'breaking removed property user.mail: String or null',
      'added property user.age: Int32',
    ]);
  });

  it('does not list the properties of a removed or added type one by one', () => {
    expect(changes(model({ types: [structured('user', [property('mail'), property('name')])] }), model({}))).toEqual(['breaking removed type user']);
  });

  it('treats a property that moved to the base type as still there', () => {
    const before = model({ types: [structured('entity', []), structured('user', [property('id')], { baseType: 'microsoft.graph.entity' })] });
    const after = model({ types: [structured('entity', [property('id')]), structured('user', [], { baseType: 'microsoft.graph.entity' })] });
    expect(changes(before, after)).toEqual(['added property entity.id: String or null', 'changed property user.id: now inherited from entity']);
  });

  it('says a property that becomes nullable widens: not breaking', () => {
    expect(propertyChange(['mail', STRING, { nullable: false }], ['mail', STRING, { nullable: true }])).toEqual(['changed property user.mail: String → String or null']);
  });

  it('says nullable → not nullable narrows: breaking', () => {
    expect(propertyChange(['mail', STRING, { nullable: true }], ['mail', STRING, { nullable: false }])).toEqual(['breaking changed property user.mail: String or null → String']);
  });

  it('says single ↔ collection breaks, either way', () => {
    expect(propertyChange(['mail'], ['mail', STRING, { collection: true }])).toEqual(['breaking changed property user.mail: String or null → String collection or null']);
    expect(propertyChange(['mail', STRING, { collection: true }], ['mail'])).toEqual(['breaking changed property user.mail: String collection or null → String or null']);
  });

  it('says an enum that becomes open, or becomes the string it is written as, widens', () => {
    expect(propertyChange(['color', enumRef('color')], ['color', enumRef('color', true)])).toEqual(['changed property user.color: color or null → color (open) or null']);
    expect(propertyChange(['color', enumRef('color')], ['color', STRING])).toEqual(['changed property user.color: color or null → String or null']);
    expect(propertyChange(['color', enumRef('color', true)], ['color', STRING])).toEqual(['changed property user.color: color (open) or null → String or null']);
    expect(propertyChange(['color', STRING], ['color', enumRef('color', true)])).toEqual(['changed property user.color: String or null → color (open) or null']);
  });

  it('says an open enum closing, or a string becoming an enum, narrows', () => {
    expect(propertyChange(['color', enumRef('color', true)], ['color', enumRef('color')])).toEqual(['breaking changed property user.color: color (open) or null → color or null']);
    expect(propertyChange(['color', STRING], ['color', enumRef('color')])).toEqual(['breaking changed property user.color: String or null → color or null']);
  });

  it('says another enum widens only where it has every member of the old one', () => {
    const enums = [enumeration('color', ['red', 'green']), enumeration('shade', ['red', 'green', 'blue']), enumeration('tint', ['red'])];
    expect(propertyChange(['color', enumRef('color')], ['color', enumRef('shade')], enums)).toEqual(['changed property user.color: color or null → shade or null']);
    expect(propertyChange(['color', enumRef('color')], ['color', enumRef('tint')], enums)).toEqual(['breaking changed property user.color: color or null → tint or null']);
  });

  it('says wider numbers and plain strings widen, and narrower ones or other primitives break', () => {
    const line = (from: string, to: string): string => propertyChange(['n', primitive(from)], ['n', primitive(to)])[0]!;
    expect(line('Int32', 'Int64')).toBe('changed property user.n: Int32 or null → Int64 or null');
    expect(line('Byte', 'Int16')).toBe('changed property user.n: Byte or null → Int16 or null');
    expect(line('Int64', 'Double')).toBe('changed property user.n: Int64 or null → Double or null');
    expect(line('Guid', 'String')).toBe('changed property user.n: Guid or null → String or null');
    expect(line('Int64', 'Int32')).toBe('breaking changed property user.n: Int64 or null → Int32 or null');
    expect(line('SByte', 'Byte')).toBe('breaking changed property user.n: SByte or null → Byte or null');
    expect(line('Double', 'Int64')).toBe('breaking changed property user.n: Double or null → Int64 or null');
    expect(line('String', 'Guid')).toBe('breaking changed property user.n: String or null → Guid or null');
    expect(line('Int64', 'String')).toBe('breaking changed property user.n: Int64 or null → String or null');
  });

  it('says a structured type widens only to a base of it, to JSON or to unknown', () => {
    const types = [structured('entity', [], { derivedTypes: ['microsoft.graph.photo'] }), structured('photo', [], { baseType: 'microsoft.graph.entity' }), structured('other', [])];
    const run = (to: Parameters<typeof property>[1]): string[] =>
      changes(model({ types: [...types, structured('user', [property('p', typeRef('photo'))])] }), model({ types: [...types, structured('user', [property('p', to)])] }));
    expect(run(typeRef('entity'))).toEqual(['changed property user.p: photo or null → entity or null']);
    expect(run({ kind: 'json' })).toEqual(['changed property user.p: photo or null → JSON object or null']);
    expect(run({ kind: 'unknown' })).toEqual(['changed property user.p: photo or null → unknown or null']);
    expect(run(typeRef('other'))).toEqual(['breaking changed property user.p: photo or null → other or null']);
    expect(run(STRING)).toEqual(['breaking changed property user.p: photo or null → String or null']);
  });

  it('says an unknown property that gets a type narrows', () => {
    expect(propertyChange(['p', { kind: 'unknown' }], ['p', STRING])).toEqual(['breaking changed property user.p: unknown or null → String or null']);
  });

  it('says a property that becomes read-only breaks (bodies no longer take it), and the reverse does not', () => {
    expect(propertyChange(['id', STRING, { readOnly: false }], ['id', STRING, { readOnly: true }])).toEqual(['breaking changed property user.id: now read-only']);
    expect(propertyChange(['id', STRING, { readOnly: true }], ['id', STRING, { readOnly: false }])).toEqual(['changed property user.id: no longer read-only']);
  });

  it('says a type exported under another name, or no longer open, breaks; one becoming open does not', () => {
    expect(changes(model({ types: [structured('user', [])] }), model({ types: [structured('user', [], { tsName: 'GraphUser' })] }))).toEqual([
      'breaking changed type user: exported as User → GraphUser',
    ]);
    expect(changes(model({ types: [structured('user', [], { openType: true })] }), model({ types: [structured('user', [])] }))).toEqual(['breaking changed type user: no longer an open type']);
    expect(changes(model({ types: [structured('user', [])] }), model({ types: [structured('user', [], { openType: true })] }))).toEqual(['changed type user: now an open type']);
  });

  it('says a base type change breaks only where a property of the old base is lost', () => {
    const entity = structured('entity', [property('id')]);
    const directoryObject = structured('directoryObject', [property('deletedDateTime')], { baseType: 'microsoft.graph.entity' });
    const outlookItem = structured('outlookItem', [property('changeKey')]);
    const user = (base: string): ReturnType<typeof structured> => structured('user', [], { baseType: `microsoft.graph.${base}` });
    const types = [entity, directoryObject, outlookItem];
    expect(changes(model({ types: [...types, user('entity')] }), model({ types: [...types, user('directoryObject')] }))).toEqual([
      'changed type user: base type entity → directoryObject',
    ]);
    expect(changes(model({ types: [...types, user('directoryObject')] }), model({ types: [...types, user('outlookItem')] }))).toEqual([
      'breaking changed type user: base type directoryObject → outlookItem',
    ]);
  });
});

describe('compareModels: enums', () => {
  it('reports enums removed (breaking) and added, members removed (breaking) and added', () => {
    const before = model({ enums: [enumeration('color', ['red', 'green']), enumeration('size', ['s'])] });
    const after = model({ enums: [enumeration('color', ['red', 'blue']), enumeration('shape', ['round'])] });
    expect(changes(before, after)).toEqual([
      'breaking removed enum size',
      'breaking removed enum member color.green',
      'added enum shape',
      'added enum member color.blue',
    ]);
  });

  it('says an enum exported under another name breaks, and ignores member descriptions and values', () => {
    const before = model({ enums: [enumeration('color', ['red'])] });
    const after = model({ enums: [enumeration('color', [], { tsName: 'ColorEnum', members: [{ name: 'red', value: '0', description: 'Red.' }] })] });
    expect(changes(before, after)).toEqual(['breaking changed enum color: exported as Color → ColorEnum']);
  });
});

describe('compareModels: operations', () => {
  const get = (id: string, path: string): ReturnType<typeof operation> => operation(id, 'GET', path);

  it('reports operations removed (breaking) and added, by method, path and id', () => {
    expect(changes(model({ operations: [get('user-get', '/users/{id}')] }), model({ operations: [get('group-get', '/groups/{id}')] }))).toEqual([
      'breaking removed operation GET /users/{id} (user-get)',
      'added operation GET /groups/{id} (group-get)',
    ]);
  });

  it('matches an operation whose path changed by its id: breaking', () => {
    expect(changes(model({ operations: [get('user-get', '/users/{id}')] }), model({ operations: [get('user-get', '/users/{user-id}')] }))).toEqual([
      'breaking changed operation GET /users/{user-id} (user-get): was GET /users/{id}',
    ]);
  });

  it('matches operations whose numbered ids shifted by method and path, and says each id changed', () => {
    const before = model({ operations: [get('attachment-get', '/me/events/{id}/attachments'), get('attachment-get-2', '/me/messages/{id}/attachments')] });
    const after = model({
      operations: [get('attachment-get', '/groups/{id}/attachments'), get('attachment-get-2', '/me/events/{id}/attachments'), get('attachment-get-3', '/me/messages/{id}/attachments')],
    });
    expect(changes(before, after)).toEqual([
      'breaking changed operation GET /me/events/{id}/attachments (attachment-get-2): id attachment-get → attachment-get-2',
      'breaking changed operation GET /me/messages/{id}/attachments (attachment-get-3): id attachment-get-2 → attachment-get-3',
      'added operation GET /groups/{id}/attachments (attachment-get)',
    ]);
  });

  it('says a create body property newly required breaks, and one no longer required does not', () => {
    const create = (required: string[]): ReturnType<typeof operation> =>
      operation('user-post', 'POST', '/users', { requestBody: { kind: 'create', type: 'microsoft.graph.user', omit: ['id'], required } });
    expect(changes(model({ operations: [create(['displayName'])] }), model({ operations: [create(['mail'])] }))).toEqual([
      'breaking changed operation POST /users (user-post): request body property mail newly required',
      'changed operation POST /users (user-post): request body property displayName no longer required',
    ]);
  });

  it('compares action parameters: removed, newly required or added as required break; optional additions and widenings do not', () => {
    const action = (parameters: { name: string; required: boolean; edm?: string }[]): ReturnType<typeof operation> =>
      operation('user-assign', 'POST', '/users/{id}/assign', {
        requestBody: { kind: 'parameters', tsName: 'AssignRequestBody', parameters: parameters.map((p) => ({ ...property(p.name, primitive(p.edm ?? 'String')), required: p.required })) },
      });
    const before = action([{ name: 'a', required: false }, { name: 'b', required: true }, { name: 'c', required: false, edm: 'Int32' }, { name: 'gone', required: false }]);
    const after = action([{ name: 'a', required: true }, { name: 'b', required: false }, { name: 'c', required: false, edm: 'Int64' }, { name: 'more', required: false }, { name: 'must', required: true }]);
    expect(changes(model({ operations: [before] }), model({ operations: [after] }))).toEqual([
      'breaking changed operation POST /users/{id}/assign (user-assign): request body parameter a newly required',
      'breaking changed operation POST /users/{id}/assign (user-assign): request body parameter gone removed',
      'breaking changed operation POST /users/{id}/assign (user-assign): request body parameter must added (required): String or null',
      'changed operation POST /users/{id}/assign (user-assign): request body parameter b no longer required',
      'changed operation POST /users/{id}/assign (user-assign): request body parameter c: Int32 or null → Int64 or null',
      'changed operation POST /users/{id}/assign (user-assign): request body parameter more added: String or null',
    ]);
  });

  it('says a request body of another kind or type breaks', () => {
    const update = (type: string): ReturnType<typeof operation> => operation('u', 'PATCH', '/x', { requestBody: { kind: 'update', type: `microsoft.graph.${type}`, omit: [], required: [] } });
    expect(changes(model({ operations: [update('user')] }), model({ operations: [update('group')] }))).toEqual(['breaking changed operation PATCH /x (u): request body update user → update group']);
    expect(changes(model({ operations: [update('user')] }), model({ operations: [operation('u', 'PATCH', '/x')] }))).toEqual(['breaking changed operation PATCH /x (u): request body update user → none']);
  });

  it('compares query parameters and headers: removed or newly required break, optional additions do not', () => {
    const parameter = (name: string, required = false): OperationParameter => ({ name, type: { type: STRING, collection: false }, required });
    const before = get('list', '/users');
    const after = get('list', '/users');
    before.query = [parameter('$top'), parameter('$filter')];
    after.query = [parameter('$top', true), parameter('$search')];
    after.headers = [parameter('ConsistencyLevel')];
    expect(changes(model({ operations: [before] }), model({ operations: [after] }))).toEqual([
      'breaking changed operation GET /users (list): query parameter $filter removed',
      'breaking changed operation GET /users (list): query parameter $top newly required',
      'changed operation GET /users (list): header ConsistencyLevel added: String',
      'changed operation GET /users (list): query parameter $search added: String',
    ]);
  });

  it('says a response removed or answering another body breaks, unless it was undocumented; a response added does not', () => {
    const responding = (responses: ReturnType<typeof operation>['responses']): ReturnType<typeof operation> => operation('g', 'GET', '/x', { responses });
    const user = { kind: 'type', type: 'microsoft.graph.user', collection: false } as const;
    expect(changes(model({ operations: [responding([{ status: 200, body: user }])] }), model({ operations: [responding([{ status: 200, body: { ...user, collection: true } }, { status: 202, body: { kind: 'none' } }])] }))).toEqual([
      'breaking changed operation GET /x (g): response 200: user → user collection',
      'changed operation GET /x (g): response 202 added: no body',
    ]);
    expect(changes(model({ operations: [responding([{ status: 200, body: { kind: 'unknown', reason: 'no example' } }])] }), model({ operations: [responding([{ status: 200, body: user }])] }))).toEqual([
      'changed operation GET /x (g): response 200: undocumented → user',
    ]);
    expect(changes(model({ operations: [responding([{ status: 200, body: user }, { status: 204, body: { kind: 'none' } }])] }), model({ operations: [responding([{ status: 200, body: user }])] }))).toEqual([
      'breaking changed operation GET /x (g): response 204 removed',
    ]);
  });

  it('says an alternative path removed breaks and one added does not', () => {
    const alternatives = (...paths: string[]): ReturnType<typeof operation> => operation('me', 'GET', '/users/{id}', { alternatives: paths.map((path) => ({ path, pathParameters: [] })) });
    expect(changes(model({ operations: [alternatives('/me')] }), model({ operations: [alternatives('/users/{userPrincipalName}')] }))).toEqual([
      'breaking changed operation GET /users/{id} (me): alternative path /me removed',
      'changed operation GET /users/{id} (me): alternative path /users/{userPrincipalName} added',
    ]);
  });
});

describe('compareModels: order', () => {
  it('lists breaking changes first and gives the same list whatever order the models list things in', () => {
    const before = model({
      types: [structured('b', [property('x'), property('y')]), structured('a', [])],
      enums: [enumeration('e', ['one', 'two'])],
      operations: [operation('o1', 'GET', '/one'), operation('o2', 'GET', '/two')],
    });
    const after = model({
      types: [structured('a', [property('z')]), structured('b', [property('x', STRING, { nullable: false })]), structured('c', [])],
      enums: [enumeration('e', ['two', 'three'])],
      operations: [operation('o3', 'GET', '/three'), operation('o2', 'GET', '/two')],
    });
    const list = changes(before, after);
    expect(list).toEqual([
      'breaking changed property b.x: String or null → String',
      'breaking removed property b.y: String or null',
      'breaking removed enum member e.one',
      'breaking removed operation GET /one (o1)',
      'added type c',
      'added property a.z: String or null',
      'added enum member e.three',
      'added operation GET /three (o3)',
    ]);
    const reversed = (m: BuiltModel): BuiltModel => model({ types: [...m.types].reverse(), enums: [...m.enums].reverse(), operations: [...m.operations].reverse() });
    expect(changes(reversed(before), reversed(after))).toEqual(list);
  });
});
