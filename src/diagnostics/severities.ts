import { isDiagnosticCode, type DiagnosticCode } from './catalogue.js';
import type { Diagnostic, Severity } from './diagnostic.js';

export type SeveritySetting = Severity | 'off';

/** A config file's `"diagnostics": { "placeholder-value": "off", "todo-placeholder": "error" }`. */
export type SeverityOverrides = Partial<Record<DiagnosticCode, SeveritySetting>>;

const SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

/** The overrides a config file's value gives, or why it gives none: an unknown code or setting is a mistake to point out, not to ignore. */
export function readSeverityOverrides(value: unknown): SeverityOverrides | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '"diagnostics" must be an object of code → "error" | "warning" | "info" | "off"';
  const overrides: SeverityOverrides = {};
  for (const [code, setting] of Object.entries(value)) {
    if (!isDiagnosticCode(code)) return `"diagnostics" names "${code}", which is no graphdoc code (see the README's diagnostics table)`;
    if (!SETTINGS.includes(setting as SeveritySetting)) return `"diagnostics"."${code}" must be "error", "warning", "info" or "off", not ${JSON.stringify(setting)}`;
    overrides[code] = setting as SeveritySetting;
  }
  return overrides;
}

/** Each diagnostic with the severity the config gives its code; those turned off are left out. */
export function withSeverities(diagnostics: readonly Diagnostic[], overrides: SeverityOverrides | undefined): Diagnostic[] {
  if (!overrides) return [...diagnostics];
  return diagnostics.flatMap((diagnostic) => {
    const setting = overrides[diagnostic.code];
    if (setting === undefined) return [diagnostic];
    return setting === 'off' ? [] : [{ ...diagnostic, severity: setting }];
  });
}
