import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryVersions, OUTPUT_LIBRARIES, PARSE_LIBRARIES } from '../../src/cache/fingerprint.js';
import { repoRoot } from '../support/shared-corpus.js';

describe('cache fingerprints', () => {
  it('name the installed version of every library that shapes facts or output', () => {
    const installed = (name: string): string => (JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    for (const names of [PARSE_LIBRARIES, OUTPUT_LIBRARIES]) {
      expect(libraryVersions(names)).toEqual(names.map((name) => `${name}@${installed(name)}`));
    }
  });
});
