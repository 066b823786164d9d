import type { Heading, Root, RootContent } from 'mdast';
import { slug } from 'github-slugger';
import { inlineText } from './inline-text.js';

export interface HeadingContext {
  depth: number;
  text: string;
  /** GitHub's anchor for the heading, as `[x](#anchor)` links use it. */
  anchor: string;
}

/** A top-level block with the headings above it, outermost first. */
export interface BlockInContext {
  node: RootContent;
  headings: HeadingContext[];
}

/** Every top-level block of the page with the heading path that contains it. */
export function blocksWithHeadings(tree: Root): BlockInContext[] {
  const stack: HeadingContext[] = [];
  const blocks: BlockInContext[] = [];
  for (const node of tree.children) {
    if (node.type === 'heading') {
      while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
      stack.push(headingContext(node));
      continue;
    }
    blocks.push({ node, headings: [...stack] });
  }
  return blocks;
}

export function headingContext(node: Heading): HeadingContext {
  const text = inlineText(node);
  return { depth: node.depth, text, anchor: slug(text) };
}

/** The innermost heading of a block, if any. */
export function innermost(headings: readonly HeadingContext[]): HeadingContext | undefined {
  return headings[headings.length - 1];
}
