/**
 * Property-based: random and mutated markdown, built from real v1.0 pages (the fixtures where
 * ../shared is absent), through the parser for a bounded number of cases. No exception may
 * escape, and the facts must stay plain JSON data (they are cached and sent between workers).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';
import { repoRoot, v1DocsDir, v1Present } from '../support/shared-corpus.js';

const RUNS = 400;
const SEED = 20261122;

/** A spread of real pages: every 40th of each folder, so resource, API and enum pages all appear. */
function samplePages(): string[] {
  const root = v1Present ? v1DocsDir : path.join(repoRoot, 'fixtures', 'docs');
  if (!v1Present) console.log(`markdown fuzz: ${v1DocsDir} is absent; mutating the fixture pages instead.`);
  const pages: string[] = [];
  for (const folder of ['api', 'resources']) {
    const files = readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.md')).sort();
    const step = Math.max(1, Math.floor(files.length / 25));
    for (let i = 0; i < files.length; i += step) pages.push(readFileSync(path.join(root, folder, files[i]!), 'utf8'));
  }
  return pages;
}

const pages = samplePages();

/** Fragments that break markdown structure in interesting ways. */
const fragments = fc.constantFrom('|', '||', '\\|', '```', '```json\n{', '<!--', '-->', '<!-- { "blockType": ', '---\n', '[', '](', '[x][', '*', '**', '`', '\n', '\n\n', '\t', '>', '- ', '#', '<br>', '\u0000', '\uFFFD', '\u202E', '🧪', '{', '}', ',', '"', 'Possible values are: `', 'Inherits from [');

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fragments, fc.string({ maxLength: 20 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
);

function mutate(text: string, steps: { kind: 'insert' | 'delete' | 'duplicate'; at: number; text?: string; length?: number }[]): string {
  let result = text;
  for (const step of steps) {
    const at = result.length === 0 ? 0 : step.at % result.length;
    if (step.kind === 'insert') result = result.slice(0, at) + (step.text ?? '') + result.slice(at);
    else if (step.kind === 'delete') result = result.slice(0, at) + result.slice(at + (step.length ?? 0));
    else result = result.slice(0, at + (step.length ?? 0)) + result.slice(at);
  }
  return result;
}

function parsesSafely(text: string): void {
  const facts = parsePage('resources/fuzzed.md', text);
  expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
}

describe('parser under fuzzing', () => {
  it(`never throws on ${RUNS} mutated real pages`, () => {
    fc.assert(
      fc.property(fc.nat({ max: pages.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }), (index, steps) => {
        parsesSafely(mutate(pages[index]!, steps));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`never throws on ${RUNS} random strings of markdown-ish pieces`, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragments, fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 200 }), (pieces) => {
        parsesSafely(pieces.join(''));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
