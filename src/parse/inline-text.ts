import type { Nodes } from 'mdast';

/**
 * The visible text of an inline tree: code spans keep their content, `<br>` becomes a
 * space, other inline HTML is dropped, and runs of white space fold to one space.
 */
export function inlineText(node: Nodes | Nodes[]): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes | Nodes[]): string {
  if (Array.isArray(node)) return node.map(collect).join('');
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? ' ' : '';
    case 'break':
      return ' ';
    default:
      return 'children' in node ? collect(node.children as Nodes[]) : '';
  }
}
