import type { Nodes, Root } from 'mdast';
import { positionOf } from '../position.js';
import type { LinkFacts } from './check-facts.js';

/** Link nesting is shallow in real pages; a hostile page's deep lists stop here. */
const MAX_DEPTH = 64;

/** Every link, image and link definition on the page, in page order. */
export function readLinks(tree: Root, file: string): LinkFacts[] {
  const links: LinkFacts[] = [];
  const visit = (node: Nodes, depth: number): void => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') links.push({ url: node.url, source: positionOf(file, node) });
    if ('children' in node && depth < MAX_DEPTH) for (const child of node.children) visit(child, depth + 1);
  };
  visit(tree, 0);
  return links;
}
