/**
 * The manifest's summary lines: the layout people read in a regeneration's diff, and a reader
 * that gives back exactly the summary that was written, whatever the docs call things, and
 * nothing at all for lines it did not write.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelSummary, OperationSummary, ResponseBodySummary, TypeSummary } from '../../src/model/compare/model-summary.js';
import type { ResolvedType } from '../../src/model/schema-model.js';
import { manifestText, parseManifest } from '../../src/write/manifest.js';
import { summaryLines } from '../../src/write/manifest-summary.js';
import { enumeration, enumRef, model, operation, primitive, property, STRING, structured, typeRef } from './model-builders.js';

const RUNS = 300;
const SEED = 20261127;

function manifestOf(summary: ModelSummary, files = ['index.ts']): string {
  return manifestText({ generator: 'graphdoc', version: '0.0.0-test', files, summary });
}

function readBack(summary: ModelSummary): ModelSummary | undefined {
  return parseManifest(manifestOf(summary))?.summary;
}

describe('summary lines', () => {
  it('write one short line per type, enum and operation, close to the docs', () => {
    const summary = model({
      types: [
        structured('user', [property('mail'), property('licenses', typeRef('assignedLicense'), { collection: true, nullable: false }), property('age', enumRef('ageGroup'), { readOnly: true })], {
          baseType: 'microsoft.graph.directoryObject',
          openType: true,
        }),
        structured('session', [], { qualifiedName: 'microsoft.graph.callRecords.session', tsName: 'CallRecordsSession' }),
      ],
      enums: [enumeration('ageGroup', ['minor', 'adult'])],
      operations: [
        operation('user-get', 'GET', '/users/{id}', {
          alternatives: [{ path: '/me', pathParameters: [] }],
          query: [{ name: '$select', type: { type: STRING, collection: false }, required: false }, { name: '$top', type: { type: primitive('Int32'), collection: false }, required: true }],
          responses: [{ status: 200, body: { kind: 'type', type: 'microsoft.graph.user', collection: false } }],
        }),
        operation('user-create', 'POST', '/users', {
          requestBody: { kind: 'create', type: 'microsoft.graph.user', omit: ['id'], required: ['displayName', 'mail'] },
          responses: [{ status: 201, body: { kind: 'type', type: 'microsoft.graph.user', collection: false } }, { status: 204, body: { kind: 'none' } }],
        }),
      ],
    });
    expect(summaryLines(summary)).toEqual({
      types: [
        { type: 'user', base: 'directoryObject', open: true, properties: ['mail String?', 'licenses #assignedLicense[]', 'age readonly enum:ageGroup?'] },
        { type: 'callRecords.session', ts: 'CallRecordsSession', properties: [] },
      ],
      enums: [{ enum: 'ageGroup', members: ['minor', 'adult'] }],
      operations: [
        { id: 'user-get', request: 'GET /users/{id}', alternatives: ['/me'], query: ['$select', '$top required Int32'], responses: ['200 #user'] },
        { id: 'user-create', request: 'POST /users', body: 'create #user required displayName mail', responses: ['201 #user', '204'] },
      ],
    });
    const text = manifestOf(summary, ['index.ts', 'models/User.ts']);
    expect(text.split('\n')).toContain('  {"type":"user","base":"directoryObject","open":true,"properties":["mail String?","licenses #assignedLicense[]","age readonly enum:ageGroup?"]},');
    expect(text.split('\n')).toContain('  "models/User.ts"');
  });

  it.each<[string, { given: ResolvedType; written: string }]>([
    ['a primitive by its Edm name', { given: primitive('DateTimeOffset'), written: 'p DateTimeOffset' }],
    ['a type outside microsoft.graph by its whole name', { given: { kind: 'type', type: 'contoso.widget' }, written: 'p #:contoso.widget' }],
    ['an open enum', { given: enumRef('color', true), written: 'p open-enum:color' }],
    ['free-form JSON', { given: { kind: 'json' }, written: 'p json' }],
    ['a name that would read as syntax, escaped', { given: { kind: 'type', type: 'microsoft.graph.a b[]?' }, written: 'p #a%0020b%005b%005d%003f' }],
  ])('write %s', (_, { given, written }) => {
    const summary = model({ types: [structured('t', [property('p', given, { nullable: false })])] });
    expect(summaryLines(summary).types[0]!.properties).toEqual([written]);
    expect(readBack(summary)?.types[0]?.properties[0]?.type).toEqual(given);
  });
});

describe('reading a manifest back', () => {
  it('gives exactly the summary that was written, for any names and shapes', () => {
    fc.assert(
      fc.property(summaryArbitrary, (summary) => {
        expect(readBack(summary)).toEqual(summary);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('keeps the files list of a manifest whose summary cannot be read, and gives no summary', () => {
    const valid = JSON.parse(manifestOf(model({ types: [structured('user', [property('mail')])], operations: [operation('o', 'GET', '/x')] }))) as Record<string, unknown[]>;
    const broken: [string, (manifest: Record<string, unknown>) => void][] = [
      ['a section missing', (manifest) => delete manifest.enums],
      ['a line that is not an object', (manifest) => (manifest.types = ['user'])],
      ['an unknown primitive', (manifest) => (manifest.types = [{ type: 'user', properties: ['mail Text?'] }])],
      ['a malformed escape', (manifest) => (manifest.types = [{ type: 'us%zzer', properties: [] }])],
      ['an unknown method', (manifest) => (manifest.operations = [{ id: 'o', request: 'FETCH /x', responses: [] }])],
      ['a status that is not a number', (manifest) => (manifest.operations = [{ id: 'o', request: 'GET /x', responses: ['ok'] }])],
      ['an unknown body', (manifest) => (manifest.operations = [{ id: 'o', request: 'GET /x', body: 'form', responses: [] }])],
      ['a read-only query parameter', (manifest) => (manifest.operations = [{ id: 'o', request: 'GET /x', query: ['$top readonly Int32'], responses: [] }])],
    ];
    for (const [what, breakIt] of broken) {
      const manifest = structuredClone(valid) as Record<string, unknown>;
      breakIt(manifest);
      const read = parseManifest(JSON.stringify(manifest));
      expect(read?.files, what).toEqual(['index.ts']);
      expect(read?.summary, what).toBeUndefined();
    }
  });

  it('reads the whole model that graphdoc 0.1 kept under "model" as its summary, and nothing from one of another shape', () => {
    const earlier = model({ types: [structured('user', [property('mail')])], enums: [enumeration('color', ['red'])], operations: [operation('o', 'GET', '/x')] });
    const text = (model: unknown): string => JSON.stringify({ generator: 'graphdoc', version: '0.1.0', files: ['index.ts'], model }, null, 1);
    expect(parseManifest(text(earlier))?.summary).toEqual(readBack(earlier));
    expect(parseManifest(text(earlier))?.summary?.types[0]?.properties[0]).toEqual({ name: 'mail', type: STRING, collection: false, nullable: true, readOnly: false });
    for (const other of [{ types: 'none' }, { types: [{ properties: [{}] }], enums: [], operations: [] }, null, 42]) {
      expect(parseManifest(text(other))?.summary, JSON.stringify(other)).toBeUndefined();
      expect(parseManifest(text(other))?.files).toEqual(['index.ts']);
    }
  });
});

// Names of every kind: plain, in microsoft.graph, and made of characters the syntax uses
// (lone surrogates included).
const syntax = fc.constantFrom(' ', '%', '#', ':', '?', '[', ']', '[]', 'enum:', 'a', '.', 'microsoft.graph.', '\ud800', 'é', '0041');
const name = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: syntax, maxLength: 6 }), fc.constantFrom('user', '$select', '@odata.type', 'If-Match'));
const qualifiedName = fc.oneof(name, name.map((short) => `microsoft.graph.${short}`));
const edm = fc.constantFrom(...(['String', 'Boolean', 'Int32', 'Int64', 'Double', 'DateTimeOffset', 'Guid', 'Stream', 'Binary'] as const)).map((short) => primitive(short));
const resolvedType: fc.Arbitrary<ResolvedType> = fc.oneof(
  edm,
  qualifiedName.map((type) => ({ kind: 'type' as const, type })),
  fc.record({ kind: fc.constant('enum' as const), enum: qualifiedName, open: fc.constant(true) }, { requiredKeys: ['kind', 'enum'] }),
  fc.constant({ kind: 'json' as const }),
  fc.constant({ kind: 'unknown' as const }),
);
const shape = { type: resolvedType, collection: fc.boolean(), nullable: fc.boolean() };
const typeSummary: fc.Arbitrary<TypeSummary> = fc.record(
  {
    qualifiedName,
    tsName: name,
    baseType: qualifiedName,
    openType: fc.boolean(),
    properties: fc.array(fc.record({ name, ...shape, readOnly: fc.boolean() }), { maxLength: 4 }),
  },
  { requiredKeys: ['qualifiedName', 'tsName', 'openType', 'properties'] },
);
const parameter = fc.record({ name, type: fc.record({ type: resolvedType, collection: fc.boolean() }), required: fc.boolean() });
const responseBody: fc.Arbitrary<ResponseBodySummary> = fc.oneof(
  fc.constantFrom(...(['none', 'count', 'references', 'binary', 'unknown'] as const)).map((kind) => ({ kind })),
  fc.record({ kind: fc.constant('type' as const), type: qualifiedName, collection: fc.boolean(), delta: fc.constant(true) }, { requiredKeys: ['kind', 'type', 'collection'] }),
  fc.record({ kind: fc.constant('enum' as const), enum: qualifiedName, collection: fc.boolean() }),
  fc.record({ kind: fc.constant('primitive' as const), edm: edm.map((type) => (type as { edm: 'Edm.String' }).edm), collection: fc.boolean() }),
  fc.record({ kind: fc.constant('json' as const), collection: fc.boolean() }),
);
const operationSummary: fc.Arbitrary<OperationSummary> = fc.record(
  {
    id: name,
    method: fc.constantFrom(...(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const)),
    path: name,
    // The reader gives no list for none written, and the comparison reads either as none.
    alternatives: fc.array(name.map((path) => ({ path })), { minLength: 1, maxLength: 2 }),
    query: fc.array(parameter, { maxLength: 3 }),
    headers: fc.array(parameter, { maxLength: 2 }),
    requestBody: fc.oneof(
      fc.constantFrom(...(['none', 'reference', 'binary', 'unknown'] as const)).map((kind) => ({ kind })),
      fc.record({ kind: fc.constantFrom('create' as const, 'update' as const), type: qualifiedName, required: fc.array(name, { maxLength: 3 }) }),
      fc.record({ kind: fc.constant('parameters' as const), tsName: name, parameters: fc.array(fc.record({ name, ...shape, required: fc.boolean() }), { maxLength: 3 }) }),
    ),
    responses: fc.array(fc.record({ status: fc.nat(599), body: responseBody }), { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'method', 'path', 'query', 'headers', 'requestBody', 'responses'] },
);
const summaryArbitrary: fc.Arbitrary<ModelSummary> = fc.record({
  types: fc.array(typeSummary, { maxLength: 3 }),
  enums: fc.array(fc.record({ qualifiedName, tsName: name, members: fc.array(name.map((member) => ({ name: member })), { maxLength: 4 }) }), { maxLength: 2 }),
  operations: fc.array(operationSummary, { maxLength: 3 }),
});
