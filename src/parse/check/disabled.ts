import type { Root, RootContent } from 'mdast';
import type { DisabledRange } from './check-facts.js';

const DISABLE = /^<!--\s*graphdoc-disable\b([^]*?)-->$/;

/**
 * `<!-- graphdoc-disable code… -->` comments: each silences its codes (every code where it
 * names none) from the comment to the end of the next block that is not a comment, so that it
 * can sit above an example's annotation.
 */
export function readDisabledRanges(tree: Root): DisabledRange[] {
  const ranges: DisabledRange[] = [];
  const visit = (nodes: readonly RootContent[]): void => {
    nodes.forEach((node, index) => {
      if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') return visit(node.children);
      if (node.type !== 'html') return;
      const match = DISABLE.exec(node.value.trim());
      if (!match) return;
      const next = nodes.slice(index + 1).find((other) => other.type !== 'html');
      const from = node.position?.start.line ?? 1;
      ranges.push({ codes: match[1]!.split(/[\s,]+/).filter(Boolean), from, to: next?.position?.end.line ?? node.position?.end.line ?? from });
    });
  };
  visit(tree.children);
  return ranges;
}
