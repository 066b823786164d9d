import type { Located } from './located.js';

/** `path:line:column severity code: message`, as editors and terminals link it. */
export function textLine({ diagnostic, path }: Located): string {
  return `${path}:${diagnostic.source.line}:${diagnostic.source.column} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}
