import type { DiagnosticCode } from '../diagnostics/catalogue.js';
import type { PageFacts } from './page-facts.js';

/** The facts of a page that yielded nothing but one error. */
export function emptyFacts(file: string, code: DiagnosticCode, message: string): PageFacts {
  return {
    file,
    kind: 'unknown',
    frontMatter: {},
    namespace: 'microsoft.graph',
    annotations: [],
    types: [],
    enums: [],
    diagnostics: [{ code, severity: 'error', message, source: { file, line: 1, column: 1 } }],
  };
}
