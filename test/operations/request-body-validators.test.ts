/**
 * `operation-validators.ts` generated from `fixtures/docs`: `validateRequestBody` and
 * `isValidRequestBody` on create, update, action, `$ref` and body-less operations.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureOutput } from './support/fixture-output.js';

interface ReportedError {
  path: string;
  expected: string;
  found: string;
  source: string;
}
type ValidateRequestBody = (operationId: string, body: unknown, options?: { strict?: boolean }) => ReportedError[];
type IsValidRequestBody = (operationId: string, body: unknown, options?: { strict?: boolean }) => boolean;

let validate: ValidateRequestBody;
let isValid: IsValidRequestBody;
let cleanUp: () => void = () => {};

beforeAll(async () => {
  const output = await fixtureOutput();
  cleanUp = output.remove;
  const module = (await import(pathToFileURL(path.join(output.dir, 'index.ts')).href)) as Record<string, unknown>;
  validate = module.validateRequestBody as ValidateRequestBody;
  isValid = module.isValidRequestBody as IsValidRequestBody;
}, 120_000);

afterAll(() => cleanUp());

const paths = (errors: readonly ReportedError[]): string[] => errors.map((error) => error.path);
const validWidget = { displayName: 'Gear', size: 'small', activationCode: 'A-1', tags: ['x'] };
const part = { partId: '2c1e8e64-7bd1-4b37-9b0e-1a2b3c4d5e6f', quantity: 2 };

describe('validateRequestBody', () => {
  it('accepts a valid create body', () => {
    expect(validate('create_widget', validWidget)).toEqual([]);
    expect(isValid('create_widget', validWidget)).toBe(true);
  });

  it('reports a required property missing from a create body at its path', () => {
    const { size: _size, ...body } = validWidget;
    const errors = validate('create_widget', body);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: '/size', found: 'undefined', source: 'api/widget-post.md' });
    expect(errors[0]!.expected).toContain('(required)');
    expect(isValid('create_widget', body)).toBe(false);
  });

  it('accepts an update with one property (partial)', () => {
    expect(validate('update_widget', { displayName: 'Renamed' })).toEqual([]);
    expect(validate('update_widget', {})).toEqual([]);
  });

  it('reports a wrong type inside a body with its JSON path', () => {
    expect(paths(validate('update_widget', { displayName: 3 }))).toEqual(['/displayName']);
    expect(paths(validate('update_widget', { parts: [part, { ...part, quantity: 'two' }] }))).toEqual(['/parts/1/quantity']);
    expect(paths(validate('create_widget', { ...validWidget, tags: ['ok', 7] }))).toEqual(['/tags/1']);
    expect(paths(validate('update_widget', 'not an object'))).toEqual(['']);
  });

  it('reports read-only properties only with strict', () => {
    expect(validate('update_widget', { id: 'w1' })).toEqual([]);
    expect(paths(validate('update_widget', { id: 'w1' }, { strict: true }))).toEqual(['/id']);
  });

  it('checks action bodies element by element through the type validators', () => {
    expect(validate('widget_assignparts', { addParts: [part], removePartIds: [part.partId] })).toEqual([]);
    const errors = validate('widget_assignparts', { addParts: [{ ...part, quantity: 'two' }], removePartIds: ['nope'] });
    expect(paths(errors)).toEqual(['/addParts/0/quantity', '/removePartIds/0']);
    expect(paths(validate('widget_assignparts', { addParts: ['part'] }))).toEqual(['/addParts/0']);
    expect(paths(validate('widget_assignparts', { extra: 1 }, { strict: true }))).toEqual(['/extra']);
  });

  it('reports a required action parameter that is missing', () => {
    expect(validate('op-widget-copy', { displayName: 'Copy' })).toEqual([]);
    expect(paths(validate('op-widget-copy', { size: 'large' }))).toEqual(['/displayName']);
    expect(paths(validate('op-widget-copy', { displayName: 'Copy', size: 'huge' }))).toEqual(['/size']);
  });

  it('checks $ref bodies, and rejects a body where the operation takes none', () => {
    expect(validate('assign_widget_owner', { '@odata.id': 'https://graph.microsoft.com/v1.0/widgetOwners/1' })).toEqual([]);
    expect(paths(validate('assign_widget_owner', {}))).toEqual(['/@odata.id']);
    expect(validate('list_widgets', undefined)).toEqual([]);
    expect(validate('list_widgets', {})).toEqual([{ path: '', expected: 'no request body', found: 'object', source: 'api/op-widget-list.md' }]);
    expect(validate('op-widget-photo-update', new Uint8Array(2))).toEqual([]);
  });

  it('reports an unknown operation id as one error', () => {
    const errors = validate('no_such_operation', {});
    expect(errors).toEqual([{ path: '', expected: 'a documented operation id', found: 'string "no_such_operation"', source: 'operations.js' }]);
    expect(isValid('no_such_operation', undefined)).toBe(false);
    expect(validate('toString', undefined)).toHaveLength(1);
  });

  it('never throws, even on a body whose properties throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(() => validate('create_widget', hostile)).not.toThrow();
    expect(isValid('widget_assignparts', hostile)).toBe(false);
  });
});
