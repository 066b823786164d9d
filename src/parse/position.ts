import type { Node } from 'unist';
import type { SourcePosition } from '../diagnostics/diagnostic.js';

/** The start of a node as a diagnostic position (1:1 where the tree has none). */
export function positionOf(file: string, node: Node | undefined): SourcePosition {
  const start = node?.position?.start;
  return { file, line: start?.line ?? 1, column: start?.column ?? 1 };
}
