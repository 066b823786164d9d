/**
 * End to end through the `graphdoc` command: generate the fixtures, edit pages, regenerate,
 * and the change report (terminal, --report Markdown, --format json) lists exactly the edits;
 * --fail-on-breaking decides the exit code after the output is written.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { repoRoot } from '../support/shared-corpus.js';
import { modelDeclaration } from '../support/output.js';
import { makeTempDir } from '../support/temp-dir.js';
import { captureOutput } from '../support/capture-output.js';

const temp = makeTempDir('report');
afterAll(temp.remove);
const docs = path.join(temp.dir, 'docs');
cpSync(path.join(repoRoot, 'fixtures', 'docs'), docs, { recursive: true });
const out = path.join(temp.dir, 'out');
const generate = (...flags: string[]): Promise<number> => main(['generate', '--docs', docs, '--out', out, '--cache-dir', path.join(temp.dir, 'cache'), ...flags], temp.dir);

const output = captureOutput();

/** Replaces `from` with `to` in a docs page, failing where `from` is not there. */
function edit(page: string, from: string, to: string): void {
  const file = path.join(docs, page);
  const text = readFileSync(file, 'utf8');
  expect(text, `${page} holds ${JSON.stringify(from)}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/** The changes the terminal report lists, one per line with runs of spaces made one. */
function listedChanges(text: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('changes since the previous output:'));
  expect(start, text).toBeGreaterThanOrEqual(0);
  const listed: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    listed.push(line.trim().replace(/\s+/g, ' '));
  }
  return listed;
}

describe('the change report', () => {
  it('says on the first run that there is nothing to compare with, and does not list the whole model', async () => {
    expect(await generate('--report', 'first.md')).toBe(0);
    expect(output.stderr).toContain('changes: no earlier output to compare with\n');
    expect(readFileSync(path.join(temp.dir, 'first.md'), 'utf8')).toBe(
      '# Changes to the generated API\n\nThere is no earlier output to compare with: this is the first run into this folder.\n',
    );
  });

  it('lists exactly the edits after a property is removed, an enum member added and a type changed; --fail-on-breaking exits 1', async () => {
    // The JSON representation would bring the property back, so it goes there too.
    edit('resources/widget.md', '|weightInGrams|Double|Weight of the assembled widget, in grams.|\n', '');
    edit('resources/widget.md', ',\n  "weightInGrams": 250.5', '');
    edit('resources/widget.md', '|serialNumber|Int64|', '|serialNumber|String|');
    edit('resources/enums.md', '| refurbished\n', '| refurbished\n| damaged\n');

    expect(await generate('--report', 'reports/changes.md', '--fail-on-breaking')).toBe(1);
    expect(output.stderr).toContain('changes since the previous output: 2 breaking; 1 added, 1 removed, 1 changed\n');
    expect(listedChanges(output.stderr)).toEqual([
      'breaking changed property widget.serialNumber: Int64 → String',
      'breaking removed property widget.weightInGrams: Double or null',
      'added enum member partCondition.damaged',
    ]);
    expect(output.stderr).toContain('graphdoc: 2 breaking changes since the previous output (--fail-on-breaking)\n');
    // The output was written all the same.
    const widget = modelDeclaration(out, 'Widget');
    expect(widget).not.toContain('weightInGrams');
    expect(widget).toMatch(/serialNumber\?: string;/);

    const markdown = readFileSync(path.join(temp.dir, 'reports', 'changes.md'), 'utf8');
    expect(markdown).toContain('| **All** | 1 | 1 | 1 | 2 |');
    expect(markdown.indexOf('## Breaking changes')).toBeLessThan(markdown.indexOf('## Added'));
    expect(markdown.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- changed: `widget.serialNumber`: Int64 → String',
      '- removed: `widget.weightInGrams`: Double or null',
      '- `partCondition.damaged`',
    ]);
  });

  it('reports no changes when run again on the same docs, and --fail-on-breaking then exits 0', async () => {
    expect(await generate('--report', 'again.md', '--fail-on-breaking')).toBe(0);
    expect(output.stderr).toContain('nothing changed'); // the fast path answered
    expect(output.stderr).toContain('changes since the previous output: none\n');
    expect(readFileSync(path.join(temp.dir, 'again.md'), 'utf8')).toBe('# Changes to the generated API\n\nNo changes since the previous output.\n');
  });

  it('compares under --check too, without writing the output, and --format json carries the changes', async () => {
    edit('resources/widget.md', '|serialNumber|String|', '|serialNumber|Int32|');
    const manifest = readFileSync(path.join(out, 'graphdoc-manifest.json'), 'utf8');
    expect(await generate('--check', '--format', 'json', '--report', 'check.md')).toBe(1);
    const report = JSON.parse(output.stdout) as { changes: { kind: string; breaking: boolean; description: string; subject: object }[] };
    expect(report.changes).toEqual([
      {
        kind: 'changed',
        subject: { kind: 'property', type: 'microsoft.graph.widget', property: 'serialNumber' },
        breaking: true,
        label: 'widget.serialNumber',
        detail: 'String → Int32',
        description: 'widget.serialNumber: String → Int32',
      },
    ]);
    expect(readFileSync(path.join(out, 'graphdoc-manifest.json'), 'utf8')).toBe(manifest);
    expect(readFileSync(path.join(temp.dir, 'check.md'), 'utf8')).toContain('- changed: `widget.serialNumber`: String → Int32');
  });

  it('prints nothing of the changes under --quiet, but says why --fail-on-breaking fails', async () => {
    expect(await generate('--quiet', '--fail-on-breaking')).toBe(1);
    expect(output.stderr).not.toContain('changes since the previous output');
    expect(output.stderr).toContain('graphdoc: 1 breaking change since the previous output (--fail-on-breaking)\n');
  });

  it('exits 2 naming the report when it cannot be written', async () => {
    const inTheWay = path.join(temp.dir, 'a-folder.md');
    mkdirSync(inTheWay);
    expect(await generate('--quiet', '--report', 'a-folder.md')).toBe(2);
    expect(output.stderr).toContain('graphdoc: cannot write the report a-folder.md:');
    expect(existsSync(path.join(out, 'index.ts'))).toBe(true);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
