/** The README's diagnostics table is the catalogue: every code, who reports it, its default severity and its sentence. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, DIAGNOSTIC_CODES } from '../../src/diagnostics/catalogue.js';
import { repoRoot } from '../support/shared-corpus.js';

/** The rows of the README table headed `| Code | Reported by | Severity | Meaning |`. */
function readmeRows(): string[][] {
  const lines = readFileSync(path.join(repoRoot, 'README.md'), 'utf8').split('\n');
  const header = lines.indexOf('| Code | Reported by | Severity | Meaning |');
  const rows: string[][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split(' | ').map((cell) => cell.trim()));
  }
  return rows;
}

describe('the diagnostics catalogue', () => {
  it('is the README table, row for row', () => {
    expect(readmeRows()).toEqual(DIAGNOSTIC_CODES.map((code) => [`\`${code}\``, CATALOGUE[code].reportedBy, CATALOGUE[code].severity, CATALOGUE[code].meaning]));
  });

  it('gives every code one sentence', () => {
    expect(DIAGNOSTIC_CODES.filter((code) => !/^[A-Z`"].*\.$/.test(CATALOGUE[code].meaning))).toEqual([]);
  });
});
