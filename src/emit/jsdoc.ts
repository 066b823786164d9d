/**
 * Docs text made safe inside a `/** … *\/` comment: nothing can close the comment early,
 * and each line stays a comment line.
 */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n').trim();
}
