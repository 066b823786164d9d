import type { Nodes, TableCell } from 'mdast';
import { inlineText } from './inline-text.js';
import type { TypeCell } from './page-facts.js';
import { primitiveFor } from './primitives.js';

/** Reference-link definitions of a page: identifier → URL. */
export type Definitions = ReadonlyMap<string, string>;

const COLLECTION_OF = /^collection\s*\(\s*(.+?)\s*\)$/i;
const TRAILING_COLLECTION = /\s+collection\b.*$/i;
/** Free-form JSON. A bare `Json` is not here: the docs document `Json` as a type of its own. */
const JSON_WORDS = /^(untyped\s+json(\s+object)?|json\s+object|object)$/i;
const ENUMERATION_WORDS = /^(enum|enumeration|enum\s+type|enumeration\s+type)$/i;

/**
 * Reads a type cell in any of the forms the docs use: `String`, `Edm.Int32`, `` `string` ``,
 * `String collection`, `Collection(x)`, `[x](x.md)`, `[x](x.md) collection`, `[x][ref]`,
 * `[x](#x-values)`, `Enumeration`, `Untyped JSON object`, or a bare type name.
 */
export function readTypeCell(cell: TableCell, definitions: Definitions): TypeCell {
  const text = inlineText(cell);
  const link = firstLink(cell.children, definitions);
  let collection = /\bcollection\b/i.test(text) || /\[\]$/.test(text);

  let name = link?.text ?? text;
  const wrapped = COLLECTION_OF.exec(name);
  if (wrapped?.[1]) {
    name = wrapped[1];
    collection = true;
  }
  // Notes in parentheses ("string (url)", "(Optional) String", "String (enum)") say nothing of the type.
  name = name.replace(/\((?:url|uri|readonly|read-only|optional|enum|nullable|required)\)/gi, ' ').trim();
  name = name.replace(TRAILING_COLLECTION, '').replace(/\[\]$/, '').replace(/[`*]/g, '').trim();
  if (/^collection of\s+/i.test(name)) {
    name = name.replace(/^collection of\s+/i, '');
    collection = true;
  }

  if (!link) {
    const primitive = primitiveFor(name);
    if (primitive) return { kind: 'primitive', edm: primitive, collection };
    if (ENUMERATION_WORDS.test(name)) return { kind: 'enumeration', collection };
    if (JSON_WORDS.test(name)) return { kind: 'json', collection };
  }
  if (link) {
    // `[Json](json.md)` links to a documented type, so it falls through to `named`.
    // A linked primitive (`[String](https://...)`) is still a primitive.
    const primitive = primitiveFor(name);
    if (primitive) return { kind: 'primitive', edm: primitive, collection };
    return { kind: 'named', name: stripNamespace(name), collection, href: link.href };
  }
  if (/^[A-Za-z_][\w.]*$/.test(name)) return { kind: 'named', name: stripNamespace(name), collection };
  return { kind: 'unrecognised', collection };
}

/** `microsoft.graph.identitySet` → `identitySet`; other namespaces keep their qualifier. */
function stripNamespace(name: string): string {
  return name.replace(/^(graph|microsoft\.graph)\.(?=[^.]+$)/i, '');
}

interface Link {
  text: string;
  href: string | undefined;
}

function firstLink(nodes: Nodes[], definitions: Definitions): Link | undefined {
  for (const node of nodes) {
    if (node.type === 'link') return { text: inlineText(node), href: node.url };
    if (node.type === 'linkReference') {
      return { text: inlineText(node), href: definitions.get(node.identifier.toLowerCase()) };
    }
    if ('children' in node) {
      const inner = firstLink(node.children as Nodes[], definitions);
      if (inner) return inner;
    }
  }
  return undefined;
}
