/** readJsonBody: an example's body read as strict JSON, each value's JSON Pointer placed on the page. */
import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../src/parse/check/json-body.js';

const BODY = ['{', '  "name": "x",', '  "parts": [', '    { "quantity": "2" }', '  ],', '  "@odata.type": "#microsoft.graph.widget"', '}'].join('\n');

describe('readJsonBody', () => {
  it.each([
    ['the body itself', '', { line: 10, column: 1 }],
    ['a property value, not its key', '/name', { line: 11, column: 11 }],
    ['a value inside an array element', '/parts/0/quantity', { line: 13, column: 19 }],
    ['an escaped pointer token', '/@odata.type', { line: 15, column: 18 }],
    ['the nearest enclosing value of a missing property', '/parts/0/partId', { line: 13, column: 5 }],
  ])('places %s', (_, pointer, position) => {
    const read = readJsonBody('api/x.md', BODY, 10);
    expect(read.ok && read.body.positionOf(pointer)).toEqual({ file: 'api/x.md', ...position });
  });

  it('keeps the columns of a body indented in a list', () => {
    const read = readJsonBody('api/x.md', '   {\n     "a": true\n   }', 4);
    expect(read.ok && read.body.positionOf('/a')).toEqual({ file: 'api/x.md', line: 5, column: 11 });
  });

  it.each([
    ['a comment', '{\n  // the name\n  "name": "x"\n}', { line: 2, column: 3 }],
    ['a trailing comma', '{\n  "name": "x",\n}', { line: 3, column: 1 }],
    ['an ellipsis for what was cut', '{\n  "name": "x",\n  ...\n}', { line: 3, column: 3 }],
  ])('reports %s as not JSON, at the first error', (_, text, position) => {
    const read = readJsonBody('api/x.md', text, 1);
    expect(read.ok ? undefined : read.source).toEqual({ file: 'api/x.md', ...position });
  });
});
