import type { Nodes, Root, Table } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readAnnotations } from './annotations.js';
import { enumNameFromHeading, isEnumTable, readEnumMembers } from './enum-table.js';
import { readFrontMatter } from './front-matter.js';
import { inlineText } from './inline-text.js';
import { parseMarkdown } from './markdown.js';
import { limitNesting, MAX_INDENT_COLUMNS, MAX_QUOTE_DEPTH } from './nesting-guard.js';
import type { AnnotationFacts, EnumFacts, PageFacts, PageKind, PropertyFacts, TypeFacts } from './page-facts.js';
import { readExamples } from './operations/examples.js';
import { pageBlocks } from './operations/page-blocks.js';
import { readOperations } from './operations/read-operations.js';
import { readRequestBodyType } from './request-body-type.js';
import { positionOf } from './position.js';
import { readJsonRepresentation } from './json-representation.js';
import { isPropertyTable, isRelationshipTable, readPropertyRows, type PageContext } from './property-table.js';
import { DEFAULT_NAMESPACE, splitQualified } from './qualified-names.js';
import { blocksWithHeadings, innermost, type BlockInContext } from './sections.js';
import { MAX_TABLE_ROWS, readTable, type ReadTable } from './tables.js';
import type { Definitions } from './type-cell.js';


/** One page → its facts. Pure: depends on the path and the text only. */
export function parsePage(file: string, source: string): PageFacts {
  const diagnostics: Diagnostic[] = [];
  const { text, firstFlattenedLine } = limitNesting(source);
  if (firstFlattenedLine !== undefined) {
    diagnostics.push({
      code: 'nesting-too-deep',
      severity: 'warning',
      message: `lines nested deeper than ${MAX_INDENT_COLUMNS} columns or ${MAX_QUOTE_DEPTH} quote levels were flattened before parsing`,
      source: { file, line: firstFlattenedLine, column: 1 },
    });
  }
  const tree = parseMarkdown(text);
  const frontMatter = readFrontMatter(tree, file, diagnostics);
  const headingNode = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const heading = headingNode ? inlineText(headingNode) : undefined;
  const namespace = readNamespace(tree) ?? DEFAULT_NAMESPACE;
  const annotations = readAnnotations(tree, file, diagnostics);
  const kind = pageKind(frontMatter.docType, file, heading, annotations);
  const definitions = readDefinitions(tree);
  const blocks = blocksWithHeadings(tree);

  const page: PageFacts = { file, kind, frontMatter, heading, namespace, annotations, types: [], enums: [], diagnostics };
  page.enums = readEnums(blocks, page, heading);
  const context: PageContext = { file, text, definitions, diagnostics };
  if (kind === 'resource') {
    const type = readResourceType(blocks, page, context, tree);
    if (type) page.types.push(type);
  } else if (kind === 'api') {
    const examples = readExamples(pageBlocks(tree, file), file);
    const type = readRequestBodyType(blocks, examples, page, context, (node) => readTableOf(node, page));
    if (type) page.types.push(type);
    page.operations = readOperations(tree, heading, context);
  }
  return page;
}

/**
 * What the page documents. The heading outranks `doc_type`: some resource pages are marked
 * `apiPageType` but are titled "x resource type" and carry a `resource` annotation.
 */
/** readTable, reporting a table too long to read whole. */
function readTableOf(node: Table, page: PageFacts): ReadTable {
  const table = readTable(node);
  if (table.omittedRows > 0 && !page.diagnostics.some((d) => d.code === 'table-too-long' && d.source.line === node.position?.start.line)) {
    page.diagnostics.push({
      code: 'table-too-long',
      severity: 'warning',
      message: `table has ${table.rows.length + table.omittedRows} rows; only the first ${MAX_TABLE_ROWS} were read`,
      source: positionOf(page.file, node),
    });
  }
  return table;
}

function pageKind(docType: string | undefined, file: string, heading: string | undefined, annotations: AnnotationFacts[]): PageKind {
  if (resourceNameFromHeading(heading) && annotations.some((a) => a.blockType === 'resource')) return 'resource';
  const normalised = (docType ?? '').toLowerCase();
  if (normalised.startsWith('resource')) return 'resource';
  if (normalised.startsWith('api')) return 'api';
  if (normalised.startsWith('enum')) return 'enum';
  if (normalised.startsWith('conceptual')) return 'conceptual';
  if (/(^|\/)resources\//.test(file)) return 'resource';
  if (/(^|\/)api\//.test(file)) return 'api';
  return 'unknown';
}

/** The `Namespace: microsoft.graph.callRecords` paragraph near the top of the page. */
function readNamespace(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const match = /^namespace:\s*([A-Za-z][\w.]*)/i.exec(inlineText(node));
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function readDefinitions(tree: Root): Definitions {
  const definitions = new Map<string, string>();
  for (const node of tree.children) {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
  }
  return definitions;
}

/** Enum tables: `### x values` sections, enum pages' `Members` tables. */
function readEnums(blocks: BlockInContext[], page: PageFacts, heading: string | undefined): EnumFacts[] {
  const enums: EnumFacts[] = [];
  const pageEnumName = page.kind === 'enum' && heading ? enumNameFromHeading(heading) : undefined;
  for (const block of blocks) {
    if (block.node.type !== 'table') continue;
    const section = innermost(block.headings);
    const sectionEnumName = section ? enumNameFromHeading(section.text) : undefined;
    const name = sectionEnumName ?? pageEnumName;
    const table = readTableOf(block.node, page);
    if (!name || !isEnumTable(table, true)) continue;
    const members = readEnumMembers(table);
    if (members.length === 0) continue;
    const description = pageEnumName === name ? page.frontMatter.description : undefined;
    enums.push({
      name,
      namespace: page.namespace,
      ...(description ? { description } : {}),
      ...(sectionEnumName && section ? { anchor: section.anchor } : {}),
      members,
      source: positionOf(page.file, block.node),
    });
  }
  return enums;
}

/** The type a resource page documents, with its property and relationship tables. */
function readResourceType(blocks: BlockInContext[], page: PageFacts, context: PageContext, tree: Root): TypeFacts | undefined {
  const annotation = page.annotations.find((a) => a.blockType === 'resource');
  const qualified = odataType(annotation);
  const name = resourceTypeName(qualified?.name, resourceNameFromHeading(page.heading)) ?? fileStem(page.file);
  const namespace = qualified?.namespace ?? page.namespace;
  const properties: PropertyFacts[] = [];
  for (const block of blocks) {
    if (block.node.type !== 'table') continue;
    const table = readTableOf(block.node, page);
    if (!isPropertyTable(table)) continue;
    const section = innermost(block.headings)?.text ?? '';
    if (/\b(method|permission|header|parameter)s?\b/i.test(section)) continue;
    properties.push(
      ...readPropertyRows(table, context, isRelationshipTable(table, section)),
    );
  }
  const known = new Set(properties.map((property) => property.name));
  properties.push(...readJsonRepresentation(tree, annotation, page.file, known, page.diagnostics));
  const keyProperty = stringField(annotation?.data['keyProperty']);
  const withKey = keyProperty ? properties.map((property) => (property.name === keyProperty ? { ...property, key: true as const, nullable: false } : property)) : properties;
  if (!qualified && !resourceNameFromHeading(page.heading) && properties.length === 0) {
    page.diagnostics.push({
      code: 'resource-page-without-type',
      severity: 'warning',
      message: 'resource page names no type (no resource annotation, no "x resource type" heading) and lists no properties; nothing is generated from it',
      source: { file: page.file, line: 1, column: 1 },
    });
    return undefined;
  }
  const baseType = stringField(annotation?.data['baseType']) ?? inheritsFrom(tree) ?? inheritedFromRows(properties);
  const description = page.frontMatter.description;
  return {
    name,
    namespace,
    role: 'resource',
    ...(baseType ? { baseType } : {}),
    ...(description ? { description } : {}),
    ...(annotation?.data['openType'] === true ? { openType: true } : {}),
    properties: withKey,
    source: annotation?.source ?? positionOf(page.file, tree.children.find((n) => n.type === 'heading')),
  };
}

/** "Inherits from [directoryObject](directoryobject.md)." in the page's prose. */
function inheritsFrom(tree: Root): string | undefined {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const name = linkAfterPhrase(node.children, /\b(inherits|derives|derived)\s+from\b|\bsubclass\s+of\b/i);
    if (name) return name;
  }
  return undefined;
}

/** The first "Inherited from [entity](entity.md)" in a property row, as a last resort. */
function inheritedFromRows(properties: PropertyFacts[]): string | undefined {
  for (const property of properties) {
    const match = /\binherited from\s+\[?`?([A-Za-z_](?:[\w.]*\w)?)/i.exec(property.description);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function linkAfterPhrase(nodes: Nodes[], phrase: RegExp): string | undefined {
  let seen = false;
  for (const node of nodes) {
    if (node.type === 'text' && phrase.test(node.value)) seen = true;
    else if (seen && (node.type === 'link' || node.type === 'linkReference')) return cleanName(inlineText(node));
    else if (seen && node.type === 'inlineCode') return cleanName(node.value);
  }
  return undefined;
}

function odataType(annotation: AnnotationFacts | undefined): { name: string; namespace: string } | undefined {
  // 24 v1.0 resource annotations spell it `@type`.
  const value = stringField(annotation?.data['@odata.type']) ?? stringField(annotation?.data['@type']);
  return value ? splitQualified(value, DEFAULT_NAMESPACE) : undefined;
}

/**
 * The type's name: the annotation's, as the service spells it; but where the annotation is all
 * lower case and the heading spells the same name in camelCase (`orgcontact`, `orgContact`),
 * the heading's. A name only a heading gives is camelCased (`Root resource type` → `root`), as
 * every Graph name is, unless it starts with an acronym (`IPRange`).
 */
function resourceTypeName(fromAnnotation: string | undefined, fromHeading: string | undefined): string | undefined {
  if (fromAnnotation) {
    const sameName = fromHeading?.toLowerCase() === fromAnnotation.toLowerCase();
    const headingIsCamelCase = fromHeading !== undefined && /^[a-z]+[A-Z]/.test(fromHeading);
    return sameName && headingIsCamelCase && fromAnnotation === fromAnnotation.toLowerCase() ? fromHeading : fromAnnotation;
  }
  if (!fromHeading) return undefined;
  return /^[A-Z][a-z]/.test(fromHeading) ? fromHeading[0]!.toLowerCase() + fromHeading.slice(1) : fromHeading;
}

function resourceNameFromHeading(heading: string | undefined): string | undefined {
  const match = /^`?([A-Za-z_][\w.]*)`?\s+resource(\s+type)?$/i.exec(heading?.trim() ?? '');
  return match?.[1];
}

function fileStem(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.md$/i, '');
}

function cleanName(text: string): string {
  return text.replace(/[`*]/g, '').trim();
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
