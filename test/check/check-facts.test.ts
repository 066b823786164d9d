/** readCheckFacts: what check reads of one page, from small pages. */
import { describe, expect, it } from 'vitest';
import { readCheckFacts } from '../../src/parse/check/read-check-facts.js';
import { withoutDisabled } from '../../src/check/disabled-codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

const page = (...lines: string[]): string => lines.join('\n');

describe('readCheckFacts', () => {
  it('cuts a request body out of the page with the columns of the page, in a list item too', () => {
    const facts = readCheckFacts('api/x.md', page('1. Send it:', '', '   <!-- { "blockType": "request", "name": "a" } -->', '   ```http', '   POST /widgets', '', '   { "size": "big" }', '   ```'));
    expect(facts.examples.map((example) => ({ request: example.request, body: example.body }))).toEqual([
      { request: { method: 'POST', url: '/widgets', source: { file: 'api/x.md', line: 5, column: 9 } }, body: { text: '   { "size": "big" }', line: 7 } },
    ]);
  });

  it('finds a response body that follows its headers without a blank line', () => {
    const facts = readCheckFacts('api/x.md', page('<!-- { "blockType": "response", "@odata.type": "microsoft.graph.widget" } -->', '```http', 'HTTP/1.1 200 OK', 'Content-Type: application/json', '{', '  "id": "1"', '}', '```'));
    expect(facts.examples[0]).toMatchObject({ status: 200, odataType: 'microsoft.graph.widget', body: { line: 5 } });
  });

  it('tells TODOs in front matter, tables and prose apart, and passes over code', () => {
    const facts = readCheckFacts('api/x.md', page('---', 'author: "TODO: name"', '---', '', '|a|b|', '|-|-|', '|x|**TODO: scopes**|', '', 'Some TODO here.', '', '```json', '{ "TODO": 1 }', '```'));
    expect(facts.todos.map((todo) => `${todo.source.line}:${todo.source.column} ${todo.where} ${todo.text}`)).toEqual(['2:10 front matter TODO: name', '7:6 table TODO: scopes', '9:6 prose TODO here.']);
  });

  it('offers each heading slug, a repeated heading numbered, and HTML anchors', () => {
    const facts = readCheckFacts('api/x.md', page('# Widget `size` values', '## Response', '## Response', '<a name="legacy-id"></a>'));
    expect(facts.anchors).toEqual(expect.arrayContaining(['widget-size-values', 'response', 'response-1', 'legacy-id']));
  });

  it('reads links, images and link definitions', () => {
    const facts = readCheckFacts('api/x.md', page('See [w](../resources/widget.md#properties) and ![p](images/p.png).', '', '[ref]: other.md'));
    expect(facts.links.map((link) => link.url)).toEqual(['../resources/widget.md#properties', 'images/p.png', 'other.md']);
  });
});

describe('graphdoc-disable', () => {
  const finding = (line: number, code: Diagnostic['code']): Diagnostic => ({ code, severity: 'warning', message: 'm', source: { file: 'api/x.md', line, column: 1 } });
  const facts = readCheckFacts('api/x.md', page('<!-- graphdoc-disable placeholder-value -->', '<!-- { "blockType": "response" } -->', '```json', '{ "a": "String" }', '```', '', 'Prose.'));

  it('silences its codes down to the end of the next block', () => {
    expect(withoutDisabled(facts, [finding(4, 'placeholder-value'), finding(4, 'example-value-invalid'), finding(7, 'placeholder-value')]).map((d) => `${d.source.line} ${d.code}`)).toEqual([
      '4 example-value-invalid',
      '7 placeholder-value',
    ]);
  });

  it('reports a code the catalogue does not have', () => {
    const misspelt = readCheckFacts('api/x.md', '<!-- graphdoc-disable placeholder-values -->\n\nProse.');
    expect(withoutDisabled(misspelt, []).map((d) => `${d.source.line} ${d.code}: ${d.message}`)).toEqual(['1 disable-unknown-code: graphdoc-disable names "placeholder-values", which is no graphdoc code']);
  });
});
