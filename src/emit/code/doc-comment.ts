/**
 * The lines of a `/** … *\/` comment holding docs text: one line where it fits on one, else a
 * line per line of text. Nothing in the text can close the comment early (`*\/` is written
 * `*\\/`), and each line stays a comment line. Empty paragraphs are left out; none at all gives
 * no lines.
 */
export function docComment(paragraphs: readonly (string | undefined)[]): string[] {
  const kept = paragraphs.filter((text): text is string => text !== undefined && text.trim() !== '').map(commentText);
  if (kept.length === 0) return [];
  if (kept.length === 1 && !kept[0]!.includes('\n')) return [`/** ${kept[0]} */`];
  const lines = kept.join('\n\n').split('\n');
  return ['/**', ...lines.map((line) => (line === '' ? ' *' : ` * ${line}`)), ' */'];
}

/** Docs text made safe inside a comment. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n').trim();
}
