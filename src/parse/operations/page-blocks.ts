import type { Root, RootContent } from 'mdast';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { readAnnotation } from '../annotations.js';
import { inlineText } from '../inline-text.js';
import type { AnnotationFacts } from '../page-facts.js';

export interface SectionHeading {
  depth: number;
  text: string;
  /** Position among the page's headings, so that two sections of the same title stay apart. */
  index: number;
}

/** A block, the headings above it (outermost first) and the annotation right before it. */
export interface PageBlock {
  node: RootContent;
  headings: SectionHeading[];
  annotation?: AnnotationFacts;
}

/** How deep lists and block quotes are opened. */
const MAX_NESTING = 8;

/**
 * Every block with its heading path; headings are listed too (with themselves innermost), so
 * that an empty section can be told from a missing one. Unlike `blocksWithHeadings`, the
 * code-sample tab headings (`# [HTTP](#tab/http)`, `# [C#](#tab/csharp)`) are not sections:
 * they are `#` headings only to the docs' tab renderer, and read as sections they would cut
 * every example (and some `HTTP request` blocks) off from the heading it sits under. Lists and
 * block quotes are opened: some pages put their request blocks in list items.
 */
export function pageBlocks(tree: Root, file: string): PageBlock[] {
  const stack: SectionHeading[] = [];
  const blocks: PageBlock[] = [];
  let index = 0;
  let annotation: AnnotationFacts | undefined;
  const visit = (node: RootContent, depth = 0): void => {
    if (node.type === 'heading') {
      if (isTabHeading(node)) return;
      while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= node.depth) stack.pop();
      stack.push({ depth: node.depth, text: inlineText(node), index: index++ });
      blocks.push({ node, headings: [...stack] });
      annotation = undefined;
      return;
    }
    if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
      // Request blocks sit a level or two deep; a hostile page nests thousands of levels.
      if (depth < MAX_NESTING) for (const child of node.children) visit(child, depth + 1);
      return;
    }
    blocks.push({ node, headings: [...stack], ...(annotation ? { annotation } : {}) });
    // Diagnostics for annotations are the page reader's (readAnnotations); read silently here.
    annotation = node.type === 'html' ? readAnnotation(node, file, [] as Diagnostic[]) : undefined;
  };
  for (const node of tree.children) visit(node);
  return blocks;
}

function isTabHeading(node: RootContent & { type: 'heading' }): boolean {
  const only = node.children.length === 1 ? node.children[0] : undefined;
  return only?.type === 'link' && /^#tab\//i.test(only.url);
}

/**
 * The first section whose title matches `title`, outside the examples: its heading and its
 * blocks, sub-sections included; undefined where the page has no such section.
 */
export function sectionBlocks(blocks: readonly PageBlock[], title: RegExp): { heading: PageBlock; blocks: PageBlock[] } | undefined {
  const start = blocks.find((block) => block.node.type === 'heading' && title.test(innermostText(block)) && !underExamples(block.headings, block.headings.at(-1)));
  const heading = start?.headings.at(-1);
  if (!start || !heading) return undefined;
  return { heading: start, blocks: blocks.filter((block) => block.node.type !== 'heading' && block.headings.some((h) => h.index === heading.index)) };
}

function innermostText(block: PageBlock): string {
  return block.headings.at(-1)?.text.trim() ?? '';
}

/** True where `heading` sits under an `Example(s)` heading (example `### Response` sections). */
export function underExamples(headings: readonly SectionHeading[], heading?: SectionHeading): boolean {
  const limit = heading ? headings.indexOf(heading) : headings.length;
  return headings.slice(0, limit).some((h) => /^examples?\b/i.test(h.text.trim()));
}
