import type { Diagnostic } from '../diagnostic.js';

/** A diagnostic with the path a reader opens it at (its docs folder joined with the page, relative to the working folder, `/`-separated). */
export interface Located {
  diagnostic: Diagnostic;
  path: string;
}
