import type { Severity } from '../diagnostic.js';
import type { Located } from './located.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * A GitHub Actions workflow command, which the run shows as an annotation on the line:
 * `::error file=docs/api/x.md,line=12,col=5,title=example-value-invalid::/size: expected …`.
 * Data escapes `%`, CR and LF; properties also `:` and `,` (as @actions/core escapes them).
 */
export function githubLine({ diagnostic, path }: Located): string {
  const { line, column } = diagnostic.source;
  const properties = `file=${escapeProperty(path)},line=${line},col=${column},title=${escapeProperty(diagnostic.code)}`;
  return `::${COMMANDS[diagnostic.severity]} ${properties}::${escapeData(diagnostic.message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
