import type { Nodes } from 'mdast';

/**
 * The visible text of an inline tree: code spans keep their content, `<br>` becomes a
 * space, other inline HTML is dropped, and runs of white space fold to one space.
 */
export function inlineText(node: Nodes | Nodes[]): string {
  return collect(node, false).replace(/\s+/g, ' ').trim();
}

/** As inlineText, but code spans keep their backticks, so values can be told from prose. */
export function markedText(node: Nodes | Nodes[]): string {
  return collect(node, true).replace(/\s+/g, ' ');
}

/** A name as written, without stray `*` or backticks left by unbalanced markup (underscores are part of names like `_id`). */
export function withoutStrayMarks(text: string): string {
  return text.replace(/^[*`]+|[*`]+$/g, '').trim();
}

function collect(node: Nodes | Nodes[], markCode: boolean): string {
  if (Array.isArray(node)) return node.map((child) => collect(child, markCode)).join('');
  switch (node.type) {
    case 'text':
      return node.value;
    case 'inlineCode':
      return markCode ? `\`${node.value}\`` : node.value;
    case 'html':
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? ' ' : '';
    case 'break':
      return ' ';
    default:
      return 'children' in node ? collect(node.children as Nodes[], markCode) : '';
  }
}
