/** The top level of example bodies, which are often not JSON. */
import { describe, expect, it } from 'vitest';
import { outlineJsonBody } from '../../src/parse/operations/json-body.js';

describe('outlineJsonBody', () => {
  it.each<[string, string, { keys: string[]; odataType?: string }]>([
    ['own keys only, not nested ones', '{ "a": 1, "b": { "c": 2 }, "d": [ { "e": 3 } ] }', { keys: ['a', 'b', 'd'] }],
    ['its own @odata.type, not a nested one', '{ "x": { "@odata.type": "#microsoft.graph.y" }, "@odata.type": "#microsoft.graph.z" }', { keys: ['x', '@odata.type'], odataType: '#microsoft.graph.z' }],
    ['placeholders, comments and cuts', '{\n  "a": "String (timestamp)", // when\n  "b": {...},\n  "c": true\n}', { keys: ['a', 'b', 'c'] }],
    ['brackets and colons inside strings', '{ "a": "x: {[", "b": "]}" }', { keys: ['a', 'b'] }],
    ['escaped quotes', '{ "a": "say \\"b\\": c", "d": 1 }', { keys: ['a', 'd'] }],
    ['nothing after the object closes', '{ "a": 1 }\n{ "b": 2 }', { keys: ['a'] }],
  ])('%s', (_, text, expected) => {
    expect(outlineJsonBody(text)).toEqual(expected);
  });
});
