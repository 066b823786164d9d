import type { SourcePosition } from '../diagnostics/diagnostic.js';
import { inlineText, withoutStrayMarks } from './inline-text.js';
import type { Example } from './operations/examples.js';
import { isParameterTable } from './operations/request-body.js';
import type { PropertyFacts, TypeFacts } from './page-facts.js';
import { positionOf } from './position.js';
import { isPropertyTable, readPropertyRows, type PageContext } from './property-table.js';
import { splitQualified } from './qualified-names.js';
import { representedName } from './represented-name.js';
import type { BlockInContext } from './sections.js';
import type { ReadTable } from './tables.js';

/** A type name as the page writes it, and where. */
interface Named {
  name: string;
  source: SourcePosition;
}

/**
 * The type an API page's request body is the representation of, with the properties of the
 * tables in its `Request body` section. The section's prose names it (`representedName`);
 * where it does not, the page's examples do (`exampleBodyType`), unless the section lists an
 * action's parameters. Where several of those spell one name, a camelCase spelling
 * wins over an all-lower-case one (`manageddevicecertificatestate` in an annotation).
 */
export function readRequestBodyType(
  blocks: readonly BlockInContext[],
  examples: readonly Example[],
  page: { heading?: string | undefined; namespace: string },
  context: PageContext,
  readTable: (node: BlockInContext['node'] & { type: 'table' }) => ReadTable,
): TypeFacts | undefined {
  const section = blocks.filter((block) => block.headings.some((h) => /^request body$/i.test(h.text)));
  const sectionText = section.map((block) => (block.node.type === 'paragraph' ? inlineText(block.node) : '')).join(' ');
  let named: Named | undefined;
  const tables: { table: ReadTable; afterName: boolean }[] = [];
  for (const block of section) {
    if (block.node.type === 'paragraph' && !named) {
      const name = representedName(block.node);
      if (name) named = { name, source: positionOf(context.file, block.node) };
    }
    if (block.node.type !== 'table') continue;
    const table = readTable(block.node);
    if (isPropertyTable(table)) tables.push({ table, afterName: named !== undefined });
  }
  if (tables.length === 0) return undefined;
  const described = named
    ? { named, tables: tables.filter((entry) => entry.afterName).map((entry) => entry.table) }
    : namedByExamples(tables.map((entry) => entry.table), sectionText, examples, page, context.file);
  if (!described) return undefined;
  const properties: PropertyFacts[] = described.tables.flatMap((table) => readPropertyRows(table, context, false));
  if (properties.length === 0) return undefined;
  const spellings = examples.flatMap((example) => odataTypesOf(example, page.namespace));
  const qualified = splitQualified(bestSpelling(described.named.name, spellings), page.namespace);
  return { name: qualified.name, namespace: qualified.namespace, role: 'requestBody', properties, source: described.named.source };
}

/** Where the prose names no type: the first the examples name, for every table of the section. */
function namedByExamples(
  tables: ReadTable[],
  sectionText: string,
  examples: readonly Example[],
  page: { heading?: string | undefined; namespace: string },
  file: string,
): { named: Named; tables: ReadTable[] } | undefined {
  // An action's parameter table is the action's, not a type's, whatever its response is.
  if (tables.some((table) => isParameterTable(table, sectionText))) return undefined;
  const rows = tables.flatMap((table) => table.rows.map((row) => withoutStrayMarks(inlineText(row[0] ?? []))));
  const action = /^\S+(?:\s.*)?:\s*\w+\s*$/.test(page.heading ?? '');
  const name = examples.map((example) => exampleBodyType(example, rows, page.namespace, action)).find((found) => found !== undefined);
  return name ? { named: { name, source: positionOf(file, tables[0]!.node) }, tables } : undefined;
}

/**
 * The type an example says the body is: the `@odata.type` of the body it sends; else that of
 * the object it answers with. An update answers with the object it updated. A POST may be an
 * action, which answers with another type than the parameters it takes (`addKey` answers with
 * a `keyCredential`): its answer counts only on a page not titled as an action (`x: y`) and
 * where it shows at least half of the table's rows.
 */
function exampleBodyType(example: Example, rows: readonly string[], namespace: string, action: boolean): string | undefined {
  if (example.method === 'GET' || example.method === 'DELETE') return undefined;
  const sent = inNamespace(example.outline?.odataType, namespace);
  if (sent) return sent;
  const response = example.response;
  if (!response || response.status >= 300 || response.isCollection) return undefined;
  if (example.method === 'POST') {
    if (action || !response.outline) return undefined;
    const shown = rows.filter((row) => response.outline!.keys.includes(row)).length;
    if (shown === 0 || shown * 2 < rows.length) return undefined;
  }
  return inNamespace(response.odataType, namespace) ?? inNamespace(response.outline?.odataType, namespace);
}

/** Every `@odata.type` an example gives its bodies, for their spelling. */
function odataTypesOf(example: Example, namespace: string): string[] {
  const names = [example.outline?.odataType, example.response?.odataType, example.response?.outline?.odataType];
  return names.map((name) => inNamespace(name, namespace)).filter((name): name is string => name !== undefined);
}

/**
 * A structured type's `@odata.type` (`#microsoft.graph.x`, `microsoft.graph.x`, `x`) without
 * its `#`, where it is in Graph's namespace or the page's: an example of the Graph docs that
 * names `#Microsoft.OutlookServices.ConversationThread` speaks of another service's type.
 */
function inNamespace(odataType: string | undefined, namespace: string): string | undefined {
  const name = odataType?.trim().replace(/^#/, '').replace(/^microsoft\.graph\./i, 'microsoft.graph.');
  if (!name || !/^[A-Za-z_][\w.]*$/.test(name) || /^(?:edm\.|collection\()/i.test(name)) return undefined;
  const qualifier = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
  const ours = qualifier === '' || qualifier.toLowerCase() === namespace.toLowerCase() || qualifier === 'microsoft.graph' || qualifier.startsWith('microsoft.graph.');
  return ours ? name : undefined;
}

/** `name`, or a camelCase spelling of it where `name` is all lower case and another source spells it so. */
function bestSpelling(name: string, others: readonly string[]): string {
  if (name !== name.toLowerCase()) return name;
  const simple = (value: string) => value.replace(/^#/, '').split('.').pop() ?? value;
  const better = others.find((other) => simple(other).toLowerCase() === simple(name).toLowerCase() && simple(other) !== simple(other).toLowerCase());
  return better ? name.slice(0, name.length - simple(name).length) + simple(better) : name;
}
