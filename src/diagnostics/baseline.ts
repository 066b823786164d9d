import { layoutJson } from '../files/json-layout.js';
import { readTextIfExists } from '../files/read-text.js';
import { compareText, type Diagnostic } from './diagnostic.js';

/** The file `graphdoc baseline` writes, unless the config or `--baseline` names another. */
export const DEFAULT_BASELINE = 'graphdoc-baseline.json';

/**
 * The findings a team accepted: per page, each finding's code and message with how many times
 * it occurs. Lines are left out on purpose, so that an edit above a finding does not make it
 * new; a message names the value and its JSON Pointer, which keeps findings apart.
 */
export interface Baseline {
  version: 1;
  findings: Record<string, { code: string; message: string; count: number }[]>;
}

/** The baseline of these findings, as the file holds it: sorted, one finding a line, for review. */
export function baselineText(diagnostics: readonly Diagnostic[]): string {
  const counts = new Map<string, { file: string; code: string; message: string; count: number }>();
  for (const { source, code, message } of diagnostics) {
    const key = keyOf(source.file, code, message);
    const found = counts.get(key);
    if (found) found.count++;
    else counts.set(key, { file: source.file, code, message, count: 1 });
  }
  const baseline: Baseline = { version: 1, findings: {} };
  for (const [, { file, ...finding }] of [...counts].sort(([a], [b]) => compareText(a, b))) (baseline.findings[file] ??= []).push(finding);
  return `${layoutJson(baseline, 3)}\n`;
}

/** The baseline in a file; undefined where there is none. Throws where the file is not a baseline. */
export function readBaseline(path: string): Baseline | undefined {
  const text = readTextIfExists(path);
  if (text === undefined) return undefined;
  const data = JSON.parse(text) as Partial<Baseline> | null;
  if (data?.version !== 1 || typeof data.findings !== 'object' || data.findings === null) throw new Error(`${path} is not a graphdoc baseline (version 1)`);
  return data as Baseline;
}

/**
 * The findings the baseline does not hold, and how many it does. Where a page has more of one
 * finding than the baseline counts, the last ones on the page are the new ones.
 */
export function withoutKnown(diagnostics: readonly Diagnostic[], baseline: Baseline | undefined): { diagnostics: Diagnostic[]; known: number } {
  if (!baseline) return { diagnostics: [...diagnostics], known: 0 };
  const allowed = new Map<string, number>();
  for (const [file, findings] of Object.entries(baseline.findings)) {
    for (const finding of findings) allowed.set(keyOf(file, finding.code, finding.message), finding.count);
  }
  let known = 0;
  const fresh = diagnostics.filter((diagnostic) => {
    const key = keyOf(diagnostic.source.file, diagnostic.code, diagnostic.message);
    const left = allowed.get(key) ?? 0;
    if (left <= 0) return true;
    allowed.set(key, left - 1);
    known++;
    return false;
  });
  return { diagnostics: fresh, known };
}

/** A finding as the baseline matches it: page, code and message, not line. */
function keyOf(file: string, code: string, message: string): string {
  return `${file}\0${code}\0${message}`;
}
