import type { Nodes, Root } from 'mdast';
import type { TodoFacts } from './check-facts.js';

const MAX_DEPTH = 64;
/** The word and what follows it in its cell, bold or string: `TODO: Determine scopes`. */
const TODO = /\bTODO\b[^|*"\n]*/;

type Kind = 'code' | TodoFacts['where'];

/**
 * Every line with a `TODO` outside code blocks and HTML comments, one finding per line at the
 * word, told apart by where it sits: front matter, a table, a heading, or prose.
 */
export function readTodos(tree: Root, file: string, lines: readonly string[]): TodoFacts[] {
  const kinds = lineKinds(tree);
  const todos: TodoFacts[] = [];
  lines.forEach((line, index) => {
    const match = TODO.exec(line);
    const kind = kinds.get(index + 1) ?? 'prose';
    if (!match || kind === 'code') return;
    todos.push({ text: match[0].trim().slice(0, 120), where: kind, source: { file, line: index + 1, column: match.index + 1 } });
  });
  return todos;
}

/** What each line belongs to where it is not prose. */
function lineKinds(tree: Root): Map<number, Kind> {
  const kinds = new Map<number, Kind>();
  const mark = (node: Nodes, kind: Kind): void => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start !== undefined && end !== undefined) for (let line = start; line <= end; line++) kinds.set(line, kind);
  };
  const visit = (node: Nodes, depth: number): void => {
    if (node.type === 'code' || (node.type === 'html' && node.value.trimStart().startsWith('<!--'))) return mark(node, 'code');
    if (node.type === 'yaml') return mark(node, 'front matter');
    if (node.type === 'table') mark(node, 'table');
    if (node.type === 'heading') mark(node, 'heading');
    if ('children' in node && depth < MAX_DEPTH) for (const child of node.children) visit(child, depth + 1);
  };
  visit(tree, 0);
  return kinds;
}
