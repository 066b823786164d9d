import { relative } from 'node:path';
import { readBaseline, withoutKnown } from '../diagnostics/baseline.js';
import { countBySeverity } from './report.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { githubLine } from '../diagnostics/formats/github.js';
import type { Located } from '../diagnostics/formats/located.js';
import { textLine } from '../diagnostics/formats/text.js';
import { withSeverities, type SeverityOverrides } from '../diagnostics/severities.js';
import type { OutputFormat } from './config-file.js';
import { counted, grouped } from './plural.js';

/** What a run shows of its diagnostics, and what it left out. */
export interface Findings {
  /** Shown: not in the baseline, not turned off, info only with --verbose or in a format for tools; each with the path to print. */
  shown: Located[];
  /** Left out because the baseline holds them. */
  known: number;
  /** Info left out without --verbose. */
  hiddenInfo: number;
  /** The baseline file read, relative to the working folder, where there was one. */
  baseline?: string;
}

export interface FindingsSettings {
  baseline: string;
  severities: SeverityOverrides | undefined;
  verbose: boolean;
  /** json and sarif are read by tools, which filter for themselves: they hold the info findings too. */
  format: OutputFormat;
  cwd: string;
  /** The docs folder each page came from. */
  roots: ReadonlyMap<string, string>;
}

/**
 * The findings a run reports: the baseline's left out (matched before the config's severities
 * apply, so that changing a severity does not make known findings new), the config's severities
 * applied, info shown only with --verbose (or as json or sarif). Throws where the baseline file is not one.
 */
export function settleFindings(diagnostics: readonly Diagnostic[], settings: FindingsSettings): Findings {
  const baseline = readBaseline(settings.baseline);
  const { diagnostics: fresh, known } = withoutKnown(diagnostics, baseline);
  const configured = withSeverities(fresh, settings.severities);
  const everything = settings.verbose || settings.format === 'json' || settings.format === 'sarif';
  const shown = everything ? configured : configured.filter((diagnostic) => diagnostic.severity !== 'info');
  return {
    shown: shown.map((diagnostic) => ({ diagnostic, path: displayPathOf(diagnostic, settings) })),
    known,
    hiddenInfo: configured.length - shown.length,
    ...(baseline ? { baseline: relative(settings.cwd, settings.baseline) || settings.baseline } : {}),
  };
}

function displayPathOf(diagnostic: Diagnostic, { roots, cwd }: FindingsSettings): string {
  const root = roots.get(diagnostic.source.file);
  const full = root ? `${root}/${diagnostic.source.file}` : diagnostic.source.file;
  return (relative(cwd, full) || full).split('\\').join('/');
}

/** `3 errors, 5 warnings; 12 known findings left out (graphdoc-baseline.json); 461 info not shown (--verbose)`: what is shown, then what is not. */
export function findingsCounts(findings: Findings): string {
  const counts = countBySeverity(findings.shown.map((found) => found.diagnostic));
  const parts = [`${counted(counts.error, 'error')}, ${counted(counts.warning, 'warning')}${counts.info > 0 ? `, ${counted(counts.info, 'info', 'info')}` : ''}`];
  if (findings.known > 0) parts.push(`${counted(findings.known, 'known finding')} left out (${findings.baseline})`);
  if (findings.hiddenInfo > 0) parts.push(`${counted(findings.hiddenInfo, 'info', 'info')} not shown (--verbose)`);
  return parts.join('; ');
}

/** The shown findings of `severities` (errors; with --strict on check, warnings too) that fail the run. */
export function failing(findings: Findings, severities: readonly Diagnostic['severity'][]): Located[] {
  return findings.shown.filter((found) => severities.includes(found.diagnostic.severity));
}

/** The lines that say why a run failed: a count, then each finding (at most `limit`). */
export function failureLines(reason: string, failed: readonly Located[], limit = 20): string[] {
  return [
    `graphdoc: ${reason}: ${counted(failed.length, 'finding')}:`,
    ...failed.slice(0, limit).map((found) => `  ${textLine(found)}`),
    ...(failed.length > limit ? [`  … and ${grouped(failed.length - limit)} more`] : []),
  ];
}

/** The diagnostic lines of a text or github report. */
export function findingLines(findings: Findings, format: 'text' | 'github'): string[] {
  return findings.shown.map(format === 'github' ? githubLine : textLine);
}
