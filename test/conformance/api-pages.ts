/**
 * Decides which metadata types the API pages describe as a request body: the scope of the
 * API-pages-alone conformance. Decided here, from the pages' markdown and the metadata,
 * independently of the generator (as `resource-pages.ts` does for resource pages).
 *
 * An API page describes a metadata type T when
 *   - **table**: its `Request body` section has a table headed `Property` (or `Name`) with a
 *     `Type` column, the section's prose (outside the table) or an `@odata.type` on the page
 *     names T, and most of the table's rows are properties of T (inherited ones included);
 *     where several named types qualify, those matching the most rows. Prose names a type by
 *     a link, code or bold text, or by a camelCase word: "user" or "request" in a sentence is
 *     an English word;
 *   - **example**: an example request (`"blockType": "request"`) posts, puts or patches a JSON
 *     body whose own `@odata.type` names T, and at least half of the body's own keys are
 *     properties of T.
 * Names compare case-insensitively, as the docs spell them loosely.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { StructuredType } from '../../src/model/schema-model.js';
import type { Figure } from './compare.js';
import { allProperties, type CsdlModel } from './csdl.js';

export interface ApiScopeEntry {
  qualifiedName: string;
  /** The first API page (file name) that describes the type. */
  file: string;
  via: 'table' | 'example';
}

/** The in-scope metadata types, sorted by qualified name, each with the first page that describes it. */
export function typesDescribedByApiPages(model: CsdlModel, apiDir: string): ApiScopeEntry[] {
  const index = new MetadataIndex(model);
  const found = new Map<string, ApiScopeEntry>();
  for (const file of readdirSync(apiDir).filter((name) => name.endsWith('.md')).sort()) {
    for (const entry of describedTypes(file, readFileSync(path.join(apiDir, file), 'utf8'), index)) {
      if (!found.has(entry.qualifiedName)) found.set(entry.qualifiedName, entry);
    }
  }
  return [...found.values()].sort((a, b) => (a.qualifiedName < b.qualifiedName ? -1 : a.qualifiedName > b.qualifiedName ? 1 : 0));
}

/** Metadata types by lower-cased simple name, with their property names. */
export class MetadataIndex {
  private readonly bySimpleName = new Map<string, string[]>();
  private readonly properties = new Map<string, Set<string>>();

  constructor(private readonly model: CsdlModel) {
    for (const type of model.types.values()) {
      const key = type.name.toLowerCase();
      this.bySimpleName.set(key, [...(this.bySimpleName.get(key) ?? []), type.qualifiedName]);
    }
  }

  typesNamed(simpleName: string): string[] {
    return this.bySimpleName.get(simpleName.toLowerCase()) ?? [];
  }

  propertiesOf(qualifiedName: string): Set<string> {
    let names = this.properties.get(qualifiedName);
    if (!names) {
      names = new Set(allProperties(this.model, qualifiedName).map(({ property }) => property.name));
      this.properties.set(qualifiedName, names);
    }
    return names;
  }
}

export function describedTypes(file: string, markdown: string, index: MetadataIndex): ApiScopeEntry[] {
  const entries: ApiScopeEntry[] = [];
  const add = (qualifiedName: string, via: ApiScopeEntry['via']) => {
    if (!entries.some((entry) => entry.qualifiedName === qualifiedName)) entries.push({ qualifiedName, file, via });
  };
  const section = requestBodySection(markdown);
  if (section) {
    const named = new Set([...namesIn(section.prose), ...odataTypesIn(markdown)].flatMap((word) => index.typesNamed(word)));
    for (const rows of section.tables) {
      const scored = [...named].map((type) => ({ type, hits: rows.filter((row) => index.propertiesOf(type).has(row)).length }));
      const best = Math.max(0, ...scored.map((entry) => entry.hits));
      if (best === 0 || best * 2 <= rows.length) continue;
      for (const entry of scored) if (entry.hits === best) add(entry.type, 'table');
    }
  }
  for (const body of exampleRequestBodies(markdown)) {
    const odataType = body.odataType ? /^#?microsoft\.graph\.(\w+)$/i.exec(body.odataType)?.[1] : undefined;
    for (const type of odataType ? index.typesNamed(odataType) : []) {
      const hits = body.keys.filter((key) => index.propertiesOf(type).has(key)).length;
      if (hits > 0 && hits * 2 >= body.keys.filter((key) => !key.includes('@')).length) add(type, 'example');
    }
  }
  return entries;
}

interface RequestBodySection {
  /** The section's lines outside tables. */
  prose: string;
  /** Each property table's row names. */
  tables: string[][];
}

function requestBodySection(markdown: string): RequestBodySection | undefined {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{1,6}\s*request body\s*$/i.test(line.trim()));
  if (start < 0) return undefined;
  const depth = /^#+/.exec(lines[start]!.trim())![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+\s/.test(line) && /^#+/.exec(line)![0].length <= depth);
  const body = lines.slice(start + 1, end < 0 ? lines.length : end);
  const prose: string[] = [];
  const tables: string[][] = [];
  let table: string[][] | undefined;
  for (const line of body) {
    if (!line.trim().startsWith('|') && !(table && line.includes('|'))) {
      if (table) tables.push(...propertyRows(table));
      table = undefined;
      prose.push(line);
      continue;
    }
    (table ??= []).push(cells(line));
  }
  if (table) tables.push(...propertyRows(table));
  return { prose: prose.join('\n'), tables };
}

/** The row names of a table headed `Property` or `Name` with a `Type` column; nothing for any other table. */
function propertyRows(table: string[][]): string[][] {
  const [header, , ...rows] = table;
  if (!header || !/^(property|properties|name|property name)$/i.test(header[0] ?? '') || !header.some((cell) => /^type$/i.test(cell))) return [];
  const names = rows.map((row) => (row[0] ?? '').replace(/[*`\\]/g, '').trim()).filter((name) => /^[\w@.]+$/.test(name));
  return names.length > 0 ? [names] : [];
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** Names marked as names (`[x](...)`, `` `x` ``, `**x**`) and camelCase words. */
function namesIn(text: string): string[] {
  const marked = [...text.matchAll(/\[([A-Za-z_][\w.]*)\]|`([A-Za-z_][\w.]*)`|\*\*([A-Za-z_][\w.]*)\*\*/g)].map((match) => match[1] ?? match[2] ?? match[3]!);
  const camelCase = text.match(/\b[a-z]+[A-Z]\w*/g) ?? [];
  return [...new Set([...marked, ...camelCase].map((name) => name.split('.').pop()!))];
}

/** Every `@odata.type` value on the page (annotations and examples), without the namespace. */
function odataTypesIn(markdown: string): string[] {
  return [...markdown.matchAll(/"@odata\.type"\s*:\s*"#?microsoft\.graph\.(\w+)"/gi)].map((match) => match[1]!);
}

interface ExampleBody {
  odataType?: string;
  /** The body's own keys (not those of nested objects). */
  keys: string[];
}

/** The JSON bodies of the page's example POST, PUT and PATCH requests. */
function exampleRequestBodies(markdown: string): ExampleBody[] {
  const bodies: ExampleBody[] = [];
  const pattern = /"blockType"\s*:\s*"request"[\s\S]*?-->\s*```[^\n]*\n([\s\S]*?)```/g;
  for (const match of markdown.matchAll(pattern)) {
    const block = match[1]!;
    if (!/^\s*(POST|PUT|PATCH)\s/i.test(block)) continue;
    const open = block.indexOf('{', block.search(/\n\s*\n/));
    if (block.search(/\n\s*\n/) < 0 || open < 0) continue;
    bodies.push(ownKeys(block.slice(open)));
  }
  return bodies;
}

/** The keys at depth one of a JSON-like text, and its `@odata.type` there; tolerant of comments and placeholders. */
function ownKeys(text: string): ExampleBody {
  const keys: string[] = [];
  let odataType: string | undefined;
  let depth = 0;
  for (const match of text.matchAll(/"((?:[^"\\]|\\.)*)"\s*(:)?|[{}[\]]/g)) {
    const token = match[0];
    if (token === '{' || token === '[') depth++;
    else if (token === '}' || token === ']') depth--;
    if (depth <= 0 && (token === '}' || token === ']')) break;
    if (depth !== 1 || match[2] !== ':') continue;
    const key = match[1]!;
    keys.push(key);
    if (key === '@odata.type') odataType = /^\s*"([^"]*)"/.exec(text.slice(match.index! + token.length))?.[1];
  }
  return { ...(odataType ? { odataType } : {}), keys };
}

export interface ApiPagesFigures {
  /** In-scope metadata types that the model has, by qualified name. */
  typesGenerated: Figure;
  /** Structural metadata properties (inherited ones included) of those types that the model type or its ancestors have. */
  propertiesPresent: Figure;
  /** In-scope types the model lacks. */
  missingTypes: string[];
}

/**
 * The two figures of the API-pages-alone conformance, read off the model (a type of the
 * model is an interface of the output). Navigation properties are not counted: a request body
 * table never lists them, so they would measure nothing of what these pages say.
 */
export function measureApiPages(csdl: CsdlModel, scope: readonly string[], model: { types: readonly StructuredType[] }): ApiPagesFigures {
  const byName = new Map(model.types.map((type) => [type.qualifiedName, type]));
  const figures: ApiPagesFigures = { typesGenerated: { numerator: 0, denominator: 0 }, propertiesPresent: { numerator: 0, denominator: 0 }, missingTypes: [] };
  for (const qualifiedName of scope) {
    figures.typesGenerated.denominator++;
    const type = byName.get(qualifiedName);
    if (!type) {
      figures.missingTypes.push(qualifiedName);
      continue;
    }
    figures.typesGenerated.numerator++;
    const present = new Set<string>();
    const seen = new Set<string>();
    for (let current: StructuredType | undefined = type; current && !seen.has(current.qualifiedName); current = current.baseType ? byName.get(current.baseType) : undefined) {
      seen.add(current.qualifiedName);
      for (const property of current.properties) present.add(property.name);
    }
    for (const { property } of allProperties(csdl, qualifiedName)) {
      if (property.navigation) continue;
      figures.propertiesPresent.denominator++;
      if (present.has(property.name)) figures.propertiesPresent.numerator++;
    }
  }
  return figures;
}
