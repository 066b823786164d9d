/**
 * The code writer's values on their own, in the manner of Ajv's `spec/codegen.spec.ts`: a Name
 * is checked when made, the `_` tag quotes every plain string, and code knows its names.
 */
import { describe, expect, it } from 'vitest';
import { Code, Name, _, joinCode, jsonLiteral, pointerToken, property, propertyKey, safeStringify } from '../../../src/emit/code/code.js';

describe('Name', () => {
  it.each(['value', '_isUser', '$ref', 'SOURCE2', 'x'])('accepts the identifier %j', (text) => {
    expect(new Name(text).toString()).toBe(text);
  });

  it.each(['', '1a', 'a-b', 'a b', 'a.b', 'x;y', 'class', 'return', 'undefined', 'arguments', '\u2028'])('refuses %j, which is not an identifier the code may declare', (text) => {
    expect(() => new Name(text)).toThrow(/not an identifier/);
  });
});

describe('the _ tag', () => {
  it('keeps its own text as code and quotes a plain string as a string literal', () => {
    expect(_`x = ${'a"b'};`.toString()).toBe('x = "a\\"b";');
  });

  it('passes Code and Names through as code', () => {
    const name = new Name('value');
    expect(_`if (${_`${name} === ${1}`}) return;`.toString()).toBe('if (value === 1) return;');
  });

  it('writes numbers, booleans and null as literals, and -0 as 0', () => {
    expect(_`[${1.5}, ${-0}, ${true}, ${null}]`.toString()).toBe('[1.5, 0, true, null]');
  });

  it.each([NaN, Infinity, -Infinity])('refuses the number %s, which has no literal', (value) => {
    expect(() => _`${value}`).toThrow(/not a number literal/);
  });

  it('cannot be made to inject code through a string, whatever the string holds', () => {
    for (const text of ['"; process.exit(1); "', '`${x}`', '*/ alert(1) /*', '\\', '\n', '</script>']) {
      const code = _`const s = ${text};`.toString();
      expect(code.startsWith('const s = "')).toBe(true);
      expect(JSON.parse(code.slice('const s = '.length, -1))).toBe(text);
    }
  });
});

describe('safeStringify', () => {
  it('escapes U+2028 and U+2029, which JSON allows in strings', () => {
    expect(safeStringify('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
    expect(JSON.parse(safeStringify('a\u2028b\u2029c'))).toBe('a\u2028b\u2029c');
  });

  it('is JSON for objects and arrays', () => {
    expect(jsonLiteral({ a: [1, 'x'] }).toString()).toBe('{"a":[1,"x"]}');
  });
});

describe('names in code', () => {
  it('are every Name the code mentions, through any nesting', () => {
    const [a, b, c] = [new Name('a'), new Name('b'), new Name('c')];
    const code = _`${a} + ${joinCode([_`${b}`, _`${"c"}`], _`, `)}`;
    expect([...code.names()]).toEqual([a, b]);
    expect(code.names().has(c)).toBe(false);
  });

  it('do not include a string that spells a name', () => {
    const value = new Name('value');
    expect(_`${'value'}`.names().has(value)).toBe(false);
  });
});

describe('property reads and keys', () => {
  it('always read with brackets, so a key is any string', () => {
    expect(property(new Name('value'), 'id').toString()).toBe('value["id"]');
    expect(property(new Name('value'), 'a"]; x; ["').toString()).toBe('value["a\\"]; x; [\\""]');
  });

  it('write a key bare where it is an identifier, quoted otherwise', () => {
    expect(propertyKey('displayName').toString()).toBe('displayName');
    expect(propertyKey('@odata.type').toString()).toBe('"@odata.type"');
    expect(propertyKey("it's").toString()).toBe('"it\'s"');
  });

  it('escape a JSON Pointer token (RFC 6901)', () => {
    expect(pointerToken('a/b~c')).toBe('a~1b~0c');
  });
});

describe('Code', () => {
  it('is empty only when it holds no text', () => {
    expect(_``.isEmpty()).toBe(true);
    expect(Code.trusted('').isEmpty()).toBe(true);
    expect(_`${''}`.isEmpty()).toBe(false);
  });
});
