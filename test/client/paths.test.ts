/**
 * How the client writes a path key into a URL, and how it finds the entry a key belongs to: a
 * table of small cases each, the second held equal to the model's own `pathShape`, since the
 * runtime validator finds a call's requests by the shape the model keyed them by.
 */
import { describe, expect, it } from 'vitest';
import { pathShape as modelShape } from '../../src/model/operations/routes.js';
import { fillPath, queryString } from '../../templates/runtime/client.js';
import { pathShape as runtimeShape } from '../../templates/runtime/graph-validator.js';

describe('fillPath', () => {
  it.each([
    ['a plain parameter', '/users/{id}', { id: 'ada' }, '/users/ada'],
    ['a written spelling, by its first key', '/users/{id | userPrincipalName}/events', { id: 'ada@contoso.com' }, '/users/ada%40contoso.com/events'],
    ['characters a segment cannot hold', '/widgets/{id}', { id: 'a b/c?d#e%f' }, '/widgets/a%20b%2Fc%3Fd%23e%25f'],
    ["a quote in a function's string argument", "/reports/getX(period='{period}')", { period: "D'7" }, "/reports/getX(period='D''7')"],
    ['a number argument', '/photos/{id}/image(width={width})', { id: 'p', width: 640 }, '/photos/p/image(width=640)'],
    ['an item path, slashes kept', '/drive/root:/{path}:/content', { path: 'Folder A/report.docx' }, '/drive/root:/Folder%20A/report.docx:/content'],
    ['literal segments as they are', '/widgets/$count', {}, '/widgets/$count'],
  ])('%s', (_name, path, values, url) => {
    expect(fillPath(path, values)).toBe(url);
  });

  it('refuses a path parameter left out (from untyped code)', () => {
    expect(() => fillPath('/users/{id}', {})).toThrow(/id/);
  });
});

describe('queryString', () => {
  it.each([
    ['nothing', {}, ''],
    ['system options, `$` kept', { $top: 5, $count: true }, '?$top=5&$count=true'],
    ['values escaped, arrays joined', { $filter: "a eq 'b&c'", $select: ['id', 'name'] }, "?$filter=a%20eq%20'b%26c'&$select=id%2Cname"],
    ['undefined left out', { $top: undefined, startDateTime: '2024-05-01T00:00:00Z' }, '?startDateTime=2024-05-01T00%3A00%3A00Z'],
  ])('%s', (_name, values, query) => {
    expect(queryString(values)).toBe(query);
  });
});

describe('path shapes, as the model keys the map and the runtime finds its entries', () => {
  it.each([
    ['/users/{id}/events', '/users/{}/events'],
    ['/users/{id | userPrincipalName}/events', '/users/{}/events'],
    ['/Users/{user-id}/Events', '/users/{}/events'],
    ["/reports/getX(period='{period}')", "/reports/getx(period='{}')"],
    ['/me/events', '/me/events'],
  ])('%s', (path, shape) => {
    expect([modelShape(path), runtimeShape(path)]).toEqual([shape, shape]);
  });
});
