import type { Diagnostic } from '../diagnostic.js';

/** A diagnostic with the path a reader opens it at (its docs folder joined with the page, relative to the working folder, `/`-separated). */
export interface Located {
  diagnostic: Diagnostic;
  path: string;
}

/** A diagnostic as `--format json` gives it: its source with the path beside the page. */
export function locatedJson({ diagnostic, path }: Located): Diagnostic & { source: { path: string } } {
  return { ...diagnostic, source: { ...diagnostic.source, path } };
}
