import { relative } from 'node:path';
import { check, UnknownPageError, type CheckResult } from '../check/check.js';
import { baselineText } from '../diagnostics/baseline.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locatedJson } from '../diagnostics/formats/located.js';
import { sarifLog } from '../diagnostics/formats/sarif.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import { VERSION } from '../version.js';
import type { CheckCommand } from './check-options.js';
import { failing, failureLines, findingLines, findingsCounts, settleFindings, type Findings, type FindingsSettings } from './findings.js';
import { missingDocsFolder } from './docs-folders.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { counted, grouped } from './plural.js';
import { countByCode } from './report.js';


/** settleFindings, saying why on stderr and giving undefined where the baseline file cannot be read. */
export function findingsOf(diagnostics: readonly Diagnostic[], settings: FindingsSettings): Findings | undefined {
  try {
    return settleFindings(diagnostics, settings);
  } catch (error) {
    process.stderr.write(`graphdoc: cannot read the baseline ${relative(settings.cwd, settings.baseline) || settings.baseline}: ${(error as Error).message}\n`);
    return undefined;
  }
}

/** `graphdoc check`: the findings in the format asked for; exit 1 where an error remains (with --strict, a warning). */
export async function runCheck(command: CheckCommand, cwd: string): Promise<number> {
  const result = await checkOrSay(command);
  if (!result) return EXIT_USAGE;
  const findings = findingsOf(result.diagnostics, { ...command, cwd, roots: result.roots });
  if (!findings) return EXIT_USAGE;
  if (command.format === 'json') process.stdout.write(`${JSON.stringify(jsonCheckReport(result, findings), null, 2)}\n`);
  else if (command.format === 'sarif') process.stdout.write(`${JSON.stringify(sarifLog(findings.shown, VERSION), null, 2)}\n`);
  else {
    if (!command.quiet) {
      for (const line of findingLines(findings, command.format)) process.stdout.write(`${line}\n`);
      const byCode = countByCode(findings.shown.map((found) => found.diagnostic));
      if (byCode.length > 0) process.stderr.write(`findings by code: ${byCode.map(([code, n]) => `${code} ${n}`).join(', ')}\n`);
    }
    process.stderr.write(`${checkSummary(result, findings)}\n`);
  }
  const failed = failing(findings, command.strict ? ['error', 'warning'] : ['error']);
  if (failed.length === 0) return EXIT_OK;
  if (command.format === 'text' || command.format === 'github') {
    process.stderr.write(`${failureLines(command.strict ? 'errors and warnings fail the check (--strict)' : 'errors fail the check', failed).join('\n')}\n`);
  }
  return EXIT_ERRORS;
}

/** `graphdoc baseline`: every page checked, and the findings written to the baseline file as today's known ones. */
export async function runBaseline(command: CheckCommand, cwd: string): Promise<number> {
  const result = await checkOrSay({ ...command, pages: [] });
  if (!result) return EXIT_USAGE;
  const where = relative(cwd, command.baseline) || command.baseline;
  try {
    await writeFileAtomically(command.baseline, baselineText(result.diagnostics));
  } catch (error) {
    process.stderr.write(`graphdoc: cannot write the baseline ${where}: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`graphdoc baseline: ${counted(result.diagnostics.length, 'finding')} of ${counted(result.stats.pages, 'page')} written to ${where}; check and generate now report only new ones\n`);
  return EXIT_OK;
}

async function checkOrSay(command: CheckCommand): Promise<CheckResult | undefined> {
  const missing = await missingDocsFolder(command.docs);
  if (missing !== undefined) {
    process.stderr.write(`graphdoc: docs folder not found or not a folder: ${missing}\n`);
    return undefined;
  }
  try {
    return await check({
      docs: command.docs,
      pages: command.pages,
      ...(command.cacheDir !== undefined ? { cacheDir: command.cacheDir } : {}),
      ...(command.threads !== undefined ? { threads: command.threads } : {}),
    });
  } catch (error) {
    process.stderr.write(`graphdoc: ${error instanceof UnknownPageError ? '' : 'check failed: '}${(error as Error).message}\n`);
    return undefined;
  }
}

/** What became of the examples: `12 examples (10 valid, 2 invalid)`, the others as not checked. */
function examplesCounts(result: CheckResult): string {
  const valid = result.examples.filter((example) => example.outcome === 'valid').length;
  const invalid = result.examples.filter((example) => example.outcome === 'invalid').length;
  const other = result.examples.length - valid - invalid;
  return `${counted(result.examples.length, 'example')} (${grouped(valid)} valid, ${grouped(invalid)} invalid${other > 0 ? `, ${grouped(other)} without a JSON body or type to check` : ''})`;
}

function checkSummary(result: CheckResult, findings: Findings): string {
  const { stats } = result;
  const pages = stats.checkedPages === stats.pages ? `${counted(stats.pages, 'page')} checked` : `${grouped(stats.checkedPages)} of ${counted(stats.pages, 'page')} checked`;
  return `graphdoc check: ${pages}, ${examplesCounts(result)}; ${findingsCounts(findings)}; ${(stats.milliseconds / 1000).toFixed(1)} s`;
}

function jsonCheckReport(result: CheckResult, findings: Findings): object {
  const outcomes: Record<string, number> = {};
  for (const example of result.examples) outcomes[example.outcome] = (outcomes[example.outcome] ?? 0) + 1;
  return {
    summary: { ...result.stats, examples: outcomes, known: findings.known, hiddenInfo: findings.hiddenInfo },
    diagnostics: findings.shown.map(locatedJson),
  };
}
