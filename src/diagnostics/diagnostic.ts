import type { DiagnosticCode } from './catalogue.js';

/** Where something was found in the docs: a page path (relative to its docs folder, `/`-separated), 1-based line and column. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in the docs. `code` is stable across releases (tests, users and
 * `--format json` consumers match on it); `message` is one line of text.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  source: SourcePosition;
}

export function formatPosition(source: SourcePosition): string {
  return `${source.file}:${source.line}:${source.column}`;
}

export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${formatPosition(diagnostic.source)} ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}

/** Sorts diagnostics by file, line, column and code so that output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.source.file, b.source.file) ||
    a.source.line - b.source.line ||
    a.source.column - b.source.column ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/** Locale-independent string order, so output never depends on the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
