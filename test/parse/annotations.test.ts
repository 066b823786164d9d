import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readAnnotations } from '../../src/parse/annotations.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

function read(markdown: string): { blockTypes: (string | undefined)[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const annotations = readAnnotations(parseMarkdown(markdown), 'resources/x.md', diagnostics);
  return { blockTypes: annotations.map((a) => a.blockType), diagnostics };
}

describe('readAnnotations', () => {
  it('reads strict JSON with no diagnostic, in both comment spellings', () => {
    expect(read('<!-- { "blockType": "resource" } -->\n\n<!--{"blockType":"request"}-->\n')).toEqual({ blockTypes: ['resource', 'request'], diagnostics: [] });
  });

  it('reads trailing commas and unquoted keys leniently, with a warning at the comment', () => {
    const { blockTypes, diagnostics } = read('# t\n\n<!-- {\n  blockType: "response",\n} -->\n');
    expect(blockTypes).toEqual(['response']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line])).toEqual([['annotation-lenient-json', 'warning', 3]]);
  });

  it('ignores an unreadable block annotation as an error, and an unreadable page annotation as info', () => {
    const block = read('<!-- { "blockType": "resource", "@odata.type": -->\n');
    expect(block.blockTypes).toEqual([]);
    expect(block.diagnostics.map((d) => [d.code, d.severity])).toEqual([['annotation-invalid-json', 'error']]);
    const page = read('<!-- {\n  "type": "#page.annotation",\n  "suppressions": ["line one\nline two"]\n} -->\n');
    expect(page.diagnostics.map((d) => [d.code, d.severity])).toEqual([['annotation-invalid-json', 'info']]);
  });

  it('passes over comments that hold no JSON object', () => {
    expect(read('<!-- a plain comment -->\n\n<!-- ["not", "an object"] -->\n')).toEqual({ blockTypes: [], diagnostics: [] });
  });
});
