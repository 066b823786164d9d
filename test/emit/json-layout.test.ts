/** The layout of `schema.json`: one line per property schema, branch and enum member, and JSON.stringify's content. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutJson } from '../../src/files/json-layout.js';

describe('layoutJson', () => {
  it('expands the levels above the given depth one member per line, and writes deeper ones on one line', () => {
    const document = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $defs: {
        Widget: { type: 'object', properties: { id: { type: ['string', 'null'] }, tags: { type: 'array', items: { type: 'string' } } }, allOf: [{ if: { required: ['@odata.type'] }, then: { $ref: '#/$defs/Gadget' } }] },
        Color: { type: 'string', enum: ['red', 'green'] },
        Empty: { properties: {}, enum: [] },
      },
    };
    expect(layoutJson(document, 4).split('\n')).toEqual([
      '{',
      '  "$schema": "https://json-schema.org/draft/2020-12/schema",',
      '  "$defs": {',
      '    "Widget": {',
      '      "type": "object",',
      '      "properties": {',
      '        "id": {"type":["string","null"]},',
      '        "tags": {"type":"array","items":{"type":"string"}}',
      '      },',
      '      "allOf": [',
      '        {"if":{"required":["@odata.type"]},"then":{"$ref":"#/$defs/Gadget"}}',
      '      ]',
      '    },',
      '    "Color": {',
      '      "type": "string",',
      '      "enum": [',
      '        "red",',
      '        "green"',
      '      ]',
      '    },',
      '    "Empty": {',
      '      "properties": {},',
      '      "enum": []',
      '    }',
      '  }',
      '}',
    ]);
  });

  it('writes what JSON.stringify writes, at any depth, for any JSON value, undefined members and `__proto__` keys included', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('__proto__', 'a', 'b'), fc.oneof(fc.constant(undefined), fc.jsonValue(), fc.array(fc.constant(undefined), { maxLength: 2 }))),
    );
    fc.assert(
      fc.property(value, fc.nat(5), (given, depth) => {
        const text = layoutJson(given, depth);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(given) ?? 'null'));
      }),
      { numRuns: 500, seed: 20261127 },
    );
  });
});
