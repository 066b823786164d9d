/**
 * Markdown parsing time grows with lines × nesting depth, so a page of thousands of nested
 * list levels or block quotes would take hours. Real Graph pages indent at most 44 columns
 * and quote 2 levels deep; deeper lines are flattened to these limits before parsing (lines
 * keep their numbers, so positions stay true), and the page gets one diagnostic.
 */
export const MAX_INDENT_COLUMNS = 64;
export const MAX_QUOTE_DEPTH = 16;

export interface GuardedText {
  text: string;
  /** The first line that was flattened (1-based), if any. */
  firstFlattenedLine?: number;
}

export function limitNesting(text: string): GuardedText {
  let firstFlattenedLine: number | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const limited = limitQuotes(limitIndent(line));
    if (limited !== line) {
      lines[i] = limited;
      firstFlattenedLine ??= i + 1;
    }
  }
  return firstFlattenedLine === undefined ? { text } : { text: lines.join('\n'), firstFlattenedLine };
}

function limitIndent(line: string): string {
  let columns = 0;
  let index = 0;
  while (index < line.length && (line[index] === ' ' || line[index] === '\t')) {
    columns += line[index] === '\t' ? 4 - (columns % 4) : 1;
    index++;
  }
  return columns > MAX_INDENT_COLUMNS ? ' '.repeat(MAX_INDENT_COLUMNS) + line.slice(index) : line;
}

function limitQuotes(line: string): string {
  let depth = 0;
  let index = 0;
  while (index < line.length && (line[index] === '>' || line[index] === ' ' || line[index] === '\t')) {
    if (line[index] === '>') depth++;
    index++;
  }
  return depth > MAX_QUOTE_DEPTH ? '> '.repeat(MAX_QUOTE_DEPTH) + line.slice(index) : line;
}
