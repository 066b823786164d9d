import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isDiagnosticCode } from '../diagnostics/catalogue.js';
import type { CheckFacts } from '../parse/check/check-facts.js';
import { finding } from './findings.js';

/**
 * A page's diagnostics less those its `graphdoc-disable` comments silence, and one finding for
 * each code a comment names that the catalogue does not have (a misspelt code silences nothing).
 */
export function withoutDisabled(facts: CheckFacts, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const unknown = facts.disabled.flatMap((range) =>
    range.codes.filter((code) => !isDiagnosticCode(code)).map((code) => finding('disable-unknown-code', `graphdoc-disable names "${code}", which is no graphdoc code`, { file: facts.file, line: range.from, column: 1 })),
  );
  const kept = diagnostics.filter(
    (diagnostic) => !facts.disabled.some((range) => diagnostic.source.line >= range.from && diagnostic.source.line <= range.to && (range.codes.length === 0 || range.codes.includes(diagnostic.code))),
  );
  return [...kept, ...unknown];
}
