import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryVersions, PARSE_LIBRARIES } from '../../src/cache/fingerprint.js';
import { repoRoot } from '../support/shared-corpus.js';

describe('cache fingerprints', () => {
  it('name the installed version of every library that shapes a page\'s facts', () => {
    const installed = (name: string): string => (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(libraryVersions(PARSE_LIBRARIES)).toEqual(PARSE_LIBRARIES.map((name) => `${name}@${installed(name)}`));
  });
});
