/**
 * Decides which metadata types are in scope: those that have a resource page in the docs.
 * This is decided here, from the pages themselves, independently of the generator.
 *
 * A metadata type (EntityType / ComplexType) has a resource page when a page in the
 * `resources/` folder
 *   1. has an HTML comment annotation with `"blockType": "resource"` whose `"@odata.type"` is
 *      exactly the type's qualified name (`microsoft.graph.user`), or, as a fallback,
 *   2. is named `<lowercased simple name>.md` (`user.md` for `microsoft.graph.user`).
 *
 * The annotation is read with two regular expressions over the comment text rather than
 * JSON.parse, because a few real annotations are not valid JSON (trailing commas). The file
 * name fallback ignores the namespace, so `microsoft.graph.externalConnectors.identity` is
 * matched by `identity.md` too; this is rare and accepted to keep the rule simple.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CsdlModel } from './csdl.js';

export interface ResourcePage {
  /** File name inside the resources folder, e.g. `user.md`. */
  file: string;
  /** `@odata.type` values of the page's `"blockType": "resource"` annotations, as written. */
  odataTypes: string[];
}

export interface ScopeEntry {
  qualifiedName: string;
  /** The resource page (file name) that puts the type in scope. */
  file: string;
  via: 'annotation' | 'fileName';
}

const COMMENT = /<!--([\s\S]*?)-->/g;
const RESOURCE_BLOCK = /"blockType"\s*:\s*"resource"/;
const ODATA_TYPE = /"@odata\.type"\s*:\s*"([^"]*)"/;

export function readResourcePages(resourcesDir: string): ResourcePage[] {
  return readdirSync(resourcesDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => resourcePage(file, readFileSync(path.join(resourcesDir, file), 'utf8')));
}

export function resourcePage(file: string, markdown: string): ResourcePage {
  const odataTypes: string[] = [];
  for (const match of markdown.matchAll(COMMENT)) {
    const body = match[1]!;
    if (!RESOURCE_BLOCK.test(body)) continue;
    const odataType = ODATA_TYPE.exec(body)?.[1];
    if (odataType !== undefined) odataTypes.push(odataType.trim());
  }
  return { file, odataTypes };
}

/** The in-scope metadata types, sorted by qualified name; an annotation match wins over a file name match. */
export function typesWithResourcePage(model: CsdlModel, pages: readonly ResourcePage[]): ScopeEntry[] {
  const byODataType = new Map<string, string>();
  const byFileName = new Set<string>();
  for (const page of pages) {
    byFileName.add(page.file);
    for (const odataType of page.odataTypes) if (!byODataType.has(odataType)) byODataType.set(odataType, page.file);
  }
  const scope: ScopeEntry[] = [];
  for (const type of model.types.values()) {
    const annotated = byODataType.get(type.qualifiedName);
    const fileName = `${type.name.toLowerCase()}.md`;
    if (annotated !== undefined) scope.push({ qualifiedName: type.qualifiedName, file: annotated, via: 'annotation' });
    else if (byFileName.has(fileName)) scope.push({ qualifiedName: type.qualifiedName, file: fileName, via: 'fileName' });
  }
  return scope.sort((a, b) => (a.qualifiedName < b.qualifiedName ? -1 : a.qualifiedName > b.qualifiedName ? 1 : 0));
}
