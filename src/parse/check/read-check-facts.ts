import { parseMarkdown } from '../markdown.js';
import { limitNesting } from '../nesting-guard.js';
import { readAnchors } from './anchors.js';
import type { CheckFacts } from './check-facts.js';
import { readDisabledRanges } from './disabled.js';
import { readExampleBlocks } from './example-blocks.js';
import { readLinks } from './links.js';
import { readTodos } from './todos.js';

/** One page → what `graphdoc check` reads of it. Pure: depends on the path and the text only. */
export function readCheckFacts(file: string, source: string): CheckFacts {
  const { text } = limitNesting(source);
  const tree = parseMarkdown(text);
  const lines = text.split('\n');
  return {
    file,
    examples: readExampleBlocks(tree, file, lines),
    links: readLinks(tree, file),
    anchors: readAnchors(tree),
    todos: readTodos(tree, file, lines),
    disabled: readDisabledRanges(tree),
  };
}

/** readCheckFacts, with a parser failure on one odd page giving a page with nothing to check. */
export function readCheckFactsSafely(file: string, source: string): CheckFacts {
  try {
    return readCheckFacts(file, source);
  } catch {
    return { file, examples: [], links: [], anchors: [], todos: [], disabled: [] };
  }
}
