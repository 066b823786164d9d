import { CATALOGUE, DIAGNOSTIC_CODES } from '../catalogue.js';
import type { Severity } from '../diagnostic.js';
import type { Located } from './located.js';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The findings as a SARIF 2.1.0 log, for code scanning: one run of the `graphdoc` tool whose
 * rules are the catalogue (id, the sentence, the default level), one result per finding at its
 * page, line and column (paths relative to the working folder, as code scanning expects them
 * relative to the checkout).
 */
export function sarifLog(findings: readonly Located[], version: string): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'graphdoc',
            version,
            rules: DIAGNOSTIC_CODES.map((code) => ({
              id: code,
              shortDescription: { text: CATALOGUE[code].meaning },
              defaultConfiguration: { level: LEVELS[CATALOGUE[code].severity] },
            })),
          },
        },
        results: findings.map(({ diagnostic, path }) => ({
          ruleId: diagnostic.code,
          ruleIndex: DIAGNOSTIC_CODES.indexOf(diagnostic.code),
          level: LEVELS[diagnostic.severity],
          message: { text: diagnostic.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(path) }, region: { startLine: diagnostic.source.line, startColumn: diagnostic.source.column } } }],
        })),
      },
    ],
  };
}
