/** The change report as printed on the terminal and as written by --report <file>. */
import { describe, expect, it } from 'vitest';
import { changesMarkdown, changesText } from '../../src/cli/change-report.js';
import { compareModels, type ModelChanges } from '../../src/model/compare-models.js';
import { enumeration, model, operation, primitive, property, structured } from './model-builders.js';

/** One breaking property change, one removed member, one added type and `extra` added properties. */
function someChanges(extra = 0): ModelChanges {
  const before = model({
    types: [structured('user', [property('age', primitive('Int64'))])],
    enums: [enumeration('color', ['red', 'green'])],
    operations: [operation('user-get', 'GET', '/users/{id}')],
  });
  const added = Array.from({ length: extra }, (_, n) => property(`extra${String(n).padStart(2, '0')}`));
  const after = model({
    types: [structured('user', [property('age', primitive('Int32')), ...added]), structured('group', [])],
    enums: [enumeration('color', ['red'])],
    operations: [operation('user-get', 'GET', '/users/{id}')],
  });
  return compareModels(before, after);
}

describe('changesText', () => {
  it('says when there is no earlier output, and when nothing changed', () => {
    expect(changesText(undefined)).toBe('changes: no earlier output to compare with\n');
    expect(changesText({ changes: [] })).toBe('changes since the previous output: none\n');
  });

  it('prints a counts line, then the breaking changes first', () => {
    const lines = changesText(someChanges()).trimEnd().split('\n');
    expect(lines[0]).toBe('changes since the previous output: 2 breaking; 1 added, 1 removed, 1 changed');
    expect(lines.slice(1).map((line) => line.trim().replace(/\s+/g, ' '))).toEqual([
      'breaking changed property user.age: Int64 or null → Int32 or null',
      'breaking removed enum member color.green',
      'added type group',
    ]);
  });

  it('lists at most `limit` changes and says how many more the Markdown report has', () => {
    const lines = changesText(someChanges(10), 5).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines[1]?.replace(/\s+/g, ' ')).toContain('breaking changed property user.age');
    expect(lines[6]).toBe('  … and 8 more (--report <file> lists them all)');
  });
});

describe('changesMarkdown', () => {
  it('says when there is no earlier output, and when nothing changed, under the title', () => {
    expect(changesMarkdown(undefined)).toBe('# Changes to the generated API\n\nThere is no earlier output to compare with: this is the first run into this folder.\n');
    expect(changesMarkdown({ changes: [] })).toBe('# Changes to the generated API\n\nNo changes since the previous output.\n');
  });

  it('gives a table of counts, then breaking changes, then the rest by kind, each grouped by subject, each once', () => {
    const markdown = changesMarkdown(someChanges(2));
    expect(markdown).toBe(
      [
        '# Changes to the generated API',
        '',
        '5 changes: 2 breaking; 3 added, 1 removed, 1 changed.',
        '',
        '| | Added | Removed | Changed | Breaking |',
        '|:--|--:|--:|--:|--:|',
        '| Types | 1 | 0 | 0 | 0 |',
        '| Properties | 2 | 0 | 1 | 1 |',
        '| Enums | 0 | 0 | 0 | 0 |',
        '| Enum members | 0 | 1 | 0 | 1 |',
        '| Operations | 0 | 0 | 0 | 0 |',
        '| **All** | 3 | 1 | 1 | 2 |',
        '',
        '## Breaking changes',
        '',
        '### Properties',
        '',
        '- changed: `user.age`: Int64 or null → Int32 or null',
        '',
        '### Enum members',
        '',
        '- removed: `color.green`',
        '',
        '## Added',
        '',
        '### Types',
        '',
        '- `group`',
        '',
        '### Properties',
        '',
        '- `user.extra00`: String or null',
        '- `user.extra01`: String or null',
        '',
      ].join('\n'),
    );
  });

  it('keeps names from the docs from becoming Markdown', () => {
    const before = model({ operations: [operation('a`b', 'GET', '/x')] });
    const after = model({ operations: [operation('a`b', 'GET', '/x', { query: [{ name: '$filter|*x*', type: { type: primitive('String'), collection: false }, required: false }] })] });
    const markdown = changesMarkdown(compareModels(before, after));
    expect(markdown).toContain('- ``GET /x (a`b)``: query parameter $filter\\|\\*x\\* added: String\n');
  });
});
