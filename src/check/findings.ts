import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../diagnostics/catalogue.js';
import { defaultSeverity } from '../diagnostics/catalogue.js';

/** A check's finding: a diagnostic with the catalogue's default severity (the config may change it later). */
export function finding(code: DiagnosticCode, message: string, source: SourcePosition): Diagnostic {
  return { code, severity: defaultSeverity(code), message, source };
}
