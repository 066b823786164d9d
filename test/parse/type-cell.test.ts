/**
 * readTypeCell on every form a type cell takes in the docs. Each cell is read from a real
 * one-column markdown table (so the mdast is what parsePage sees), with the page's
 * reference-link definitions where the cell uses them.
 */
import type { TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import type { TypeCell } from '../../src/parse/page-facts.js';
import { readTypeCell, type Definitions } from '../../src/parse/type-cell.js';

/** The first body cell of `| Type |` / `| <markdown> |`, plus the definitions written below the table. */
function typeCellOf(markdown: string, definitionLines: string[] = []): { cell: TableCell; definitions: Definitions } {
  const tree = parseMarkdown(['| Type |', '|:-----|', `| ${markdown} |`, '', ...definitionLines, ''].join('\n'));
  const table = tree.children.find((node) => node.type === 'table');
  if (!table || table.type !== 'table') throw new Error(`no table parsed for ${markdown}`);
  const cell = table.children[1]?.children[0];
  if (!cell) throw new Error(`no body cell parsed for ${markdown}`);
  const definitions = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
  }
  return { cell, definitions };
}

function read(markdown: string, definitionLines: string[] = []): TypeCell {
  const { cell, definitions } = typeCellOf(markdown, definitionLines);
  return readTypeCell(cell, definitions);
}

describe('readTypeCell: primitives', () => {
  it.each<[string, string]>([
    ['String', 'Edm.String'],
    ['Int32', 'Edm.Int32'],
    ['Edm.Int64', 'Edm.Int64'],
    ['Edm.String', 'Edm.String'],
    ['`string`', 'Edm.String'],
    ['int', 'Edm.Int32'],
    ['bool', 'Edm.Boolean'],
    ['Boolean', 'Edm.Boolean'],
    ['Double', 'Edm.Double'],
    ['DateTimeOffset', 'Edm.DateTimeOffset'],
    ['Timestamp', 'Edm.DateTimeOffset'],
    ['Url', 'Edm.String'],
    ['Guid', 'Edm.Guid'],
    ['Binary', 'Edm.Binary'],
    ['Date', 'Edm.Date'],
    ['TimeOfDay', 'Edm.TimeOfDay'],
    ['Duration', 'Edm.Duration'],
  ])('%s → %s', (markdown, edm) => {
    expect(read(markdown)).toStrictEqual({ kind: 'primitive', edm, collection: false });
  });

  it('drops notes in parentheses: `string (url)`', () => {
    expect(read('string (url)')).toStrictEqual({ kind: 'primitive', edm: 'Edm.String', collection: false });
  });

  it('drops notes in parentheses: `(Optional) String`', () => {
    expect(read('(Optional) String')).toStrictEqual({ kind: 'primitive', edm: 'Edm.String', collection: false });
  });

  it('a linked primitive is still a primitive', () => {
    expect(read('[String](https://learn.microsoft.com/dotnet/api/system.string)')).toStrictEqual({
      kind: 'primitive',
      edm: 'Edm.String',
      collection: false,
    });
  });
});

describe('readTypeCell: collections of primitives', () => {
  it('`String collection`', () => {
    expect(read('String collection')).toStrictEqual({ kind: 'primitive', edm: 'Edm.String', collection: true });
  });

  it('`Collection(String)`', () => {
    expect(read('Collection(String)')).toStrictEqual({ kind: 'primitive', edm: 'Edm.String', collection: true });
  });

  it('`Guid collection`', () => {
    expect(read('Guid collection')).toStrictEqual({ kind: 'primitive', edm: 'Edm.Guid', collection: true });
  });

  it('`Collection(Edm.Int32)`', () => {
    expect(read('Collection(Edm.Int32)')).toStrictEqual({ kind: 'primitive', edm: 'Edm.Int32', collection: true });
  });
});

describe('readTypeCell: named types', () => {
  it('`Collection(microsoft.graph.x)` drops the microsoft.graph qualifier', () => {
    expect(read('Collection(microsoft.graph.widgetPart)')).toStrictEqual({ kind: 'named', name: 'widgetPart', collection: true });
  });

  it('`[x](x.md) collection`', () => {
    expect(read('[widgetPart](widgetpart.md) collection')).toStrictEqual({
      kind: 'named',
      name: 'widgetPart',
      collection: true,
      href: 'widgetpart.md',
    });
  });

  it('`[x](x.md)` is not a collection', () => {
    expect(read('[widgetOwner](widgetowner.md)')).toStrictEqual({
      kind: 'named',
      name: 'widgetOwner',
      collection: false,
      href: 'widgetowner.md',
    });
  });

  it('`[x][ref]` takes its href from the definition', () => {
    expect(read('[widgetPart][ref]', ['[ref]: widgetpart.md'])).toStrictEqual({
      kind: 'named',
      name: 'widgetPart',
      collection: false,
      href: 'widgetpart.md',
    });
  });

  it('`[x][]` collapsed reference takes its href from the definition of `x`', () => {
    expect(read('[widgetPart][]', ['[widgetPart]: widgetpart.md'])).toStrictEqual({
      kind: 'named',
      name: 'widgetPart',
      collection: false,
      href: 'widgetpart.md',
    });
  });

  it('`Collection([x][])`', () => {
    expect(read('Collection([widgetPart][])', ['[widgetPart]: widgetpart.md'])).toStrictEqual({
      kind: 'named',
      name: 'widgetPart',
      collection: true,
      href: 'widgetpart.md',
    });
  });

  it('`[x](#x-values)` keeps the anchor as href', () => {
    expect(read('[widgetColor](#widgetcolor-values)')).toStrictEqual({
      kind: 'named',
      name: 'widgetColor',
      collection: false,
      href: '#widgetcolor-values',
    });
  });

  it('`[microsoft.graph.x](x.md)` drops the microsoft.graph qualifier of the link text', () => {
    expect(read('[microsoft.graph.widget](widget.md)')).toStrictEqual({
      kind: 'named',
      name: 'widget',
      collection: false,
      href: 'widget.md',
    });
  });

  it('a bare name with no link', () => {
    expect(read('widgetStatus')).toStrictEqual({ kind: 'named', name: 'widgetStatus', collection: false });
  });

  it('a name in another namespace keeps its qualifier: `microsoft.graph.callRecords.x collection`', () => {
    expect(read('microsoft.graph.callRecords.session collection')).toStrictEqual({
      kind: 'named',
      name: 'microsoft.graph.callRecords.session',
      collection: true,
    });
  });

  it('bare `Json` is the documented type Json, not free-form JSON', () => {
    expect(read('Json')).toStrictEqual({ kind: 'named', name: 'Json', collection: false });
  });

  it('`[Json](json.md)` is the documented type Json', () => {
    expect(read('[Json](json.md)')).toStrictEqual({ kind: 'named', name: 'Json', collection: false, href: 'json.md' });
  });
});

describe('readTypeCell: enumeration, JSON, unrecognised', () => {
  it('`Enumeration`', () => {
    expect(read('Enumeration')).toStrictEqual({ kind: 'enumeration', collection: false });
  });

  it('`enum`', () => {
    expect(read('enum')).toStrictEqual({ kind: 'enumeration', collection: false });
  });

  it('`Untyped JSON object`', () => {
    expect(read('Untyped JSON object')).toStrictEqual({ kind: 'json', collection: false });
  });

  it('`JSON object`', () => {
    expect(read('JSON object')).toStrictEqual({ kind: 'json', collection: false });
  });

  it('something unrecognisable: `** Unknown Type foo **`', () => {
    expect(read('** Unknown Type foo **')).toStrictEqual({ kind: 'unrecognised', collection: false });
  });

  it('prose in the type cell is unrecognised', () => {
    expect(read('see the description')).toStrictEqual({ kind: 'unrecognised', collection: false });
  });
});
