import type { StatementStructures } from 'ts-morph';

/** A generated file's path relative to the output folder (`/`-separated) and its unformatted text. */
export interface EmittedFile {
  path: string;
  content: string;
}

/**
 * A generated TypeScript file still as ts-morph statements. Plain data, so it can be hashed
 * (the format cache keys on it: an unchanged file is neither printed nor formatted again) and
 * sent to a worker thread to be printed there.
 */
export interface StructuredFile {
  path: string;
  header: string;
  statements: (string | StatementStructures)[];
  /** Imports together, then every other statement after a blank line of its own. */
  blankLineBetween?: boolean;
}

export type GeneratedFile = EmittedFile | StructuredFile;

/** Statements as one file under the generated-file header, to be printed when needed. */
export function render(path: string, header: string, statements: (string | StatementStructures)[], blankLineBetween = false): StructuredFile {
  return { path, header, statements, ...(blankLineBetween ? { blankLineBetween } : {}) };
}

export function isStructured(file: GeneratedFile): file is StructuredFile {
  return 'statements' in file;
}
