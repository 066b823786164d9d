import type { Html, Root } from 'mdast';
import JSON5 from 'json5';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { firstLine } from './front-matter.js';
import type { AnnotationFacts } from './page-facts.js';
import { positionOf } from './position.js';

/**
 * The docs' own metadata: HTML comments holding a JSON object, e.g.
 * `<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.user" } -->`.
 * ApiDoctor reads them with a lenient JSON reader, so trailing commas and comments are
 * accepted here too, with a warning that names the page and line.
 */
export function readAnnotations(tree: Root, file: string, diagnostics: Diagnostic[]): AnnotationFacts[] {
  const annotations: AnnotationFacts[] = [];
  for (const node of tree.children) {
    if (node.type !== 'html') continue;
    const annotation = readAnnotation(node, file, diagnostics);
    if (annotation) annotations.push(annotation);
  }
  return annotations;
}

/** The annotation in one HTML node, or undefined where the node is not an annotation. */
export function readAnnotation(node: Html, file: string, diagnostics: Diagnostic[]): AnnotationFacts | undefined {
  const match = /^<!--([\s\S]*?)-->/.exec(node.value.trim());
  const body = match?.[1]?.trim();
  if (!body || !body.startsWith('{')) return undefined;
  const source = positionOf(file, node);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    try {
      data = JSON5.parse(body);
      diagnostics.push({
        code: 'annotation-lenient-json',
        severity: 'warning',
        message: 'annotation is not strict JSON (read leniently, as ApiDoctor does)',
        source,
      });
    } catch (error) {
      // A block annotation lost is information lost; the page-level ones (`#page.annotation`,
      // with no blockType) carry nothing graphdoc reads.
      const isBlockAnnotation = /"blockType"/.test(body);
      diagnostics.push({
        code: 'annotation-invalid-json',
        severity: isBlockAnnotation ? 'error' : 'info',
        message: `${isBlockAnnotation ? 'annotation' : 'page annotation'} is not valid JSON and was ignored: ${firstLine(error)}`,
        source,
      });
      return undefined;
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const blockType = typeof record['blockType'] === 'string' ? record['blockType'] : undefined;
  return { blockType, data: record, source };
}
