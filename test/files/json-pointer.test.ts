/** JSON Pointer tokens (RFC 6901), escaped and read back, as the check stage and the code writer use them. */
import { describe, expect, it } from 'vitest';
import { pointerToken, pointerTokens } from '../../src/files/json-pointer.js';

describe('JSON Pointer', () => {
  it('reads the root as no tokens, and each token unescaped', () => {
    expect(pointerTokens('')).toEqual([]);
    expect(pointerTokens('/value/0/a~1b/c~0d/~01')).toEqual(['value', '0', 'a/b', 'c~d', '~1']);
  });

  it('reads back what it escapes, whatever the key', () => {
    const keys = ['plain', 'a/b', '~', '~1', '/~0/', '', '@odata.type'];
    expect(pointerTokens(keys.map((key) => `/${pointerToken(key)}`).join(''))).toEqual(keys);
  });
});
