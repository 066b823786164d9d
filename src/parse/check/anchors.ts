import GithubSlugger, { slug } from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { inlineText } from '../inline-text.js';

const MAX_DEPTH = 64;
const HTML_ANCHOR = /<a\s[^>]*\b(?:name|id)\s*=\s*["']?([^"'\s>]+)|\bid\s*=\s*["']([^"']+)["']/gi;

/**
 * Every `#anchor` a link can name on the page: each heading's slug as GitHub and the docs site
 * make it (a repeated heading's with `-1`, `-2`), from its visible text and from its raw text,
 * and the names and ids of HTML anchors (`<a name="x"></a>`).
 */
export function readAnchors(tree: Root): string[] {
  const anchors = new Set<string>();
  const slugger = new GithubSlugger();
  const visit = (node: Nodes, depth: number): void => {
    if (node.type === 'heading') {
      const visible = inlineText(node);
      anchors.add(slugger.slug(visible)).add(slug(visible)).add(slug(toString(node)));
    }
    if (node.type === 'html') for (const match of node.value.matchAll(HTML_ANCHOR)) anchors.add((match[1] ?? match[2]!).toLowerCase());
    if ('children' in node && depth < MAX_DEPTH) for (const child of node.children) visit(child, depth + 1);
  };
  visit(tree, 0);
  return [...anchors].sort();
}
