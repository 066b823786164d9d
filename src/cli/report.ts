import { compareText, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import { locatedJson, type Located } from '../diagnostics/formats/located.js';
import type { GenerateResult } from '../generate.js';
import { counted, grouped } from './plural.js';

export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

/** `code count` lines, most frequent first. */
export function countByCode(diagnostics: readonly Diagnostic[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const diagnostic of diagnostics) counts.set(diagnostic.code, (counts.get(diagnostic.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

/**
 * The one-line summary at the end of a run. Its counts add up: the files are every file
 * graphdoc owns in the output (the manifest too), and written, unchanged (or stale) make them.
 * `findings` says what of the diagnostics is shown (see `findingsCounts`).
 */
export function summaryLine(result: GenerateResult, findings?: string): string {
  const { stats, write } = result;
  const severities = countBySeverity(result.diagnostics);
  const files = result.stale
    ? `${grouped(result.stale.length)} stale`
    : `${grouped(write.written.length)} written, ${grouped(write.unchanged.length)} unchanged, ${grouped(write.removed.length)} removed`;
  const cache = stats.unchanged ? 'nothing changed' : `${counted(stats.cachedPages, 'page')} from cache`;
  return (
    `graphdoc: ${counted(stats.pages, 'page')} → ${counted(stats.types, 'type')}, ${counted(stats.enums, 'enum')}, ${counted(stats.operations, 'operation')} in ${counted(stats.files, 'file')} ` +
    `(${files}; ${cache}); ` +
    `${findings ?? `${counted(severities.error, 'error')}, ${counted(severities.warning, 'warning')}, ${counted(severities.info, 'info', 'info')}`}; ${(stats.milliseconds / 1000).toFixed(1)} s`
  );
}

/** The JSON printed by `--format json`: the summary, the diagnostics shown, the changes. */
export function jsonReport(result: GenerateResult, shown: readonly Located[]): string {
  return JSON.stringify(
    {
      summary: { ...result.stats, written: result.write.written, removed: result.write.removed, unchanged: result.write.unchanged.length },
      diagnostics: shown.map(locatedJson),
      // null: there was no earlier output to compare with.
      changes: result.changes?.changes ?? null,
    },
    null,
    2,
  );
}
