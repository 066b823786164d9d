/**
 * The operations of `fixtures/docs` (the `api/op-*.md` pages, one or two forms each, and the
 * widget create / update / assignParts pages): what the model makes of each form, and the
 * emitted `operations.d.ts` as a file snapshot.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitOperations } from '../../src/emit/operations/emit-operations.js';
import type { Operation, ResponseBody } from '../../src/model/operations/operation-model.js';
import type { SchemaModel } from '../../src/model/schema-model.js';
import { fixtureOutput } from './support/fixture-output.js';

let model: SchemaModel;
let emitted: string;
let cleanUp: () => void = () => {};

beforeAll(async () => {
  const output = await fixtureOutput();
  cleanUp = output.remove;
  model = output.model;
  emitted = readFileSync(path.join(output.dir, 'operations.d.ts'), 'utf8');
}, 120_000);

afterAll(() => cleanUp());

function operation(id: string): Operation {
  const found = model.operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}; have ${model.operations.map((o) => o.id).join(', ')}`);
  return found;
}

/** `200 GraphCollection<microsoft.graph.widget>`-like summaries of the responses. */
function responses(id: string): string[] {
  return operation(id).responses.map((r) => `${r.status} ${bodyText(r.body)}`);
}

function bodyText(body: ResponseBody): string {
  switch (body.kind) {
    case 'type':
      return body.collection ? `${body.delta ? 'delta ' : ''}collection of ${body.type}` : body.type;
    case 'enum':
      return `${body.collection ? 'collection of ' : ''}${body.enum}`;
    case 'primitive':
      return `${body.collection ? 'collection of ' : ''}${body.edm}`;
    default:
      return body.kind;
  }
}

describe('operations of fixtures/docs', () => {
  it('one operation per documented request, with the example request name as id where the page has one', () => {
    expect(model.operations.map((o) => [o.id, o.method, o.path])).toEqual(
      expect.arrayContaining([
        ['create_widget', 'POST', '/widgets'],
        ['update_widget', 'PATCH', '/widgets/{id}'],
        ['widget_assignparts', 'POST', '/widgets/{id}/assignParts'],
        ['list_widgets', 'GET', '/widgets'],
        // No example names these: the page's file name stands in.
        ['op-widget-count', 'GET', '/widgets/$count'],
        ['op-widget-owner-ref', 'DELETE', '/widgets/{id}/owner/$ref'],
      ]),
    );
    expect(new Set(model.operations.map((o) => o.id)).size).toBe(model.operations.length);
  });

  it('alternatives: every path of the block; the query string and base URL never in a path', () => {
    const list = operation('list_widgets');
    expect(list.alternatives?.map((a) => a.path)).toEqual(['/widgetOwners/{id}/widgets']);
    expect(model.operations.every((o) => [o.path, ...(o.alternatives ?? []).map((a) => a.path)].every((p) => !/[?]|https?:|v1\.0|beta/.test(p)))).toBe(true);
  });

  it('path parameters: `{id | serialNumber}` accepts both; a repeated `{id}` is named after its segment', () => {
    expect(operation('get_widget_by_id').pathParameters).toEqual([
      { name: 'id', type: { type: { kind: 'primitive', edm: 'Edm.String' }, collection: false }, accepts: ['id', 'serialNumber'] },
    ]);
    expect(operation('get_widget_of_owner').path).toBe('/widgetOwners/{widgetOwner-id}/widgets/{widget-id}');
  });

  it('functions with parameters: arguments become parameters, typed by the Function parameters table', () => {
    const usage = operation('widget_getusage');
    expect(usage.path).toBe("/widgets/{id}/getUsage(startDate='{startDate}',endDate='{endDate}')");
    expect(usage.alternatives?.[0]?.path).toBe("/widgetOwners/{widgetOwner-id}/widgets/{widget-id}/getUsage(startDate='{startDate}',endDate='{endDate}')");
    expect(usage.pathParameters.map((p) => [p.name, p.type.type])).toEqual([
      ['id', { kind: 'primitive', edm: 'Edm.String' }],
      ['startDate', { kind: 'primitive', edm: 'Edm.Date' }],
      ['endDate', { kind: 'primitive', edm: 'Edm.Date' }],
    ]);
    expect(responses('widget_getusage')).toEqual(['200 collection of microsoft.graph.contosoRecords.usageRecord']);
  });

  it('`$value`, `$count`, `$ref`, delta, OData cast: what the path addresses decides the body and response', () => {
    expect(responses('get_widget_photo')).toEqual(['200 binary']);
    expect(operation('op-widget-photo-update').requestBody).toEqual({ kind: 'binary' });
    expect(responses('op-widget-count')).toEqual(['200 count']);
    expect(operation('assign_widget_owner').requestBody).toEqual({ kind: 'reference' });
    expect(operation('op-widget-owner-ref').requestBody).toEqual({ kind: 'none' });
    expect(responses('widget_delta')).toEqual(['200 delta collection of microsoft.graph.widget']);
    expect(responses('op-catalogitem-list-widgets')).toEqual(['200 collection of microsoft.graph.widget']);
  });

  it('create: the resource without its read-only properties, with the rows the page marks required', () => {
    expect(operation('create_widget').requestBody).toEqual({
      kind: 'create',
      type: 'microsoft.graph.widget',
      omit: ['serialNumber', 'gadgets', 'createdDateTime', 'status', 'id'],
      required: ['activationCode', 'displayName', 'size'],
    });
    // "JSON representation of [widgetOwner]" over a `Parameter` table that "lists the properties that are required".
    expect(operation('op-widgetowner-post').requestBody).toEqual({ kind: 'create', type: 'microsoft.graph.widgetOwner', omit: ['id'], required: ['contactMethod', 'region'] });
  });

  it('update: the same, all optional; the type from the page where the body section names none', () => {
    expect(operation('update_widget').requestBody).toMatchObject({ kind: 'update', type: 'microsoft.graph.widget', required: [] });
    // Only "supply the values for relevant fields", and the request block sits under Permissions.
    expect(operation('op-widgetowner-update').requestBody).toMatchObject({ kind: 'update', type: 'microsoft.graph.widgetOwner' });
  });

  it('action bodies: their own type, parameters required where the docs say so', () => {
    const body = operation('op-widget-copy').requestBody;
    expect(body.kind === 'parameters' && body.tsName).toBe('CopyRequestBody');
    expect(body.kind === 'parameters' && body.parameters.map((p) => [p.name, p.type, p.required])).toEqual([
      ['displayName', { kind: 'primitive', edm: 'Edm.String' }, true],
      ['size', { kind: 'enum', enum: 'microsoft.graph.widgetSize' }, false],
    ]);
    expect(operation('widget_assignparts').requestBody).toMatchObject({ kind: 'parameters', tsName: 'AssignPartsRequestBody' });
  });

  it('responses: prose status with the type in the next sentence, a primitive from `@odata.type`, no body on 204', () => {
    expect(responses('op-widget-copy')).toEqual(['201 microsoft.graph.widget']);
    expect(responses('widget_countparts')).toEqual(['200 Edm.Int32']);
    expect(responses('update_widget')).toEqual(['204 none']);
    expect(responses('list_widgets')).toEqual(['200 collection of microsoft.graph.widget']);
    // "Each of these methods returns a [widget] resource": no status named, so 200.
    expect(responses('get_widget_of_owner')).toEqual(['200 microsoft.graph.widget']);
  });

  it('query options and headers: named options, the generic set where the page names none, headers but Authorization', () => {
    expect(operation('list_widgets').query.map((q) => [q.name, q.required])).toEqual([
      ['$filter', false],
      ['$select', false],
      ['$top', false],
    ]);
    expect(operation('get_widget_by_id').query.map((q) => q.name)).toEqual(['$select', '$expand']);
    expect(operation('list_widgets').headers.map((h) => [h.name, h.required])).toEqual([['ConsistencyLevel', false]]);
    expect(operation('op-widget-count').headers.map((h) => [h.name, h.required])).toEqual([['ConsistencyLevel', true]]);
  });

  it('no operation diagnostic on the fixture pages', () => {
    expect(model.diagnostics.filter((d) => d.code.startsWith('operation'))).toEqual([]);
  });

  it('operations.d.ts matches its snapshot', async () => {
    await expect(emitted).toMatchFileSnapshot('./__snapshots__/fixtures-operations.d.ts.snap');
  });

  it('emission is deterministic: the same model gives the same text', () => {
    expect(emitOperations(model, '')).toEqual(emitOperations(structuredClone(model), ''));
  });
});
