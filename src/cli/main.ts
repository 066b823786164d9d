import { stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { writeFileAtomically } from '../files/write-atomically.js';
import { generate, type GenerateResult } from '../generate.js';
import { MANIFEST_FILE } from '../write/manifest.js';
import { VERSION } from '../version.js';
import { changesMarkdown, changesText } from './change-report.js';
import { BASELINE_HELP, CHECK_HELP, GENERAL_HELP, GENERATE_HELP, INIT_HELP } from './help.js';
import { initProject } from './init.js';
import { parseCommand, UsageError, type GenerateCommand, type InitCommand } from './options.js';
import { progressReporter } from './progress.js';
import { countByCode, jsonReport, summaryLine } from './report.js';
import { sarifLog } from '../diagnostics/formats/sarif.js';
import { parseCheckCommand } from './check-options.js';
import { findingsOf, runBaseline, runCheck } from './check-command.js';
import { failing, failureLines, findingLines, findingsCounts } from './findings.js';
import { watchCommand } from './watch.js';
import { missingDocsFolder } from './docs-folders.js';
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from './exit-codes.js';
import { counted } from './plural.js';

const HELP_TOPICS: Record<string, string> = { generate: GENERATE_HELP, check: CHECK_HELP, baseline: BASELINE_HELP, init: INIT_HELP };

export { EXIT_ERRORS, EXIT_OK, EXIT_USAGE } from './exit-codes.js';

/** The `graphdoc` command: returns the exit code. `signal` stops `--watch`, as SIGINT does. */
export async function main(argv: readonly string[], cwd = process.cwd(), signal?: AbortSignal): Promise<number> {
  let command;
  try {
    command = argv[0] === 'check' || argv[0] === 'baseline' ? parseCheckCommand(argv[0], argv.slice(1), cwd) : parseCommand(argv, cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${prefixed(error.message)}\n\n${GENERAL_HELP}`);
    return EXIT_USAGE;
  }
  switch (command.command) {
    case 'help':
      process.stdout.write(HELP_TOPICS[command.topic ?? ''] ?? GENERAL_HELP);
      return EXIT_OK;
    case 'version':
      process.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    case 'init':
      return runInit(command);
    case 'generate':
      return command.watch ? watchCommand(command, cwd, () => runGenerate(command, cwd), signal) : runGenerate(command, cwd);
    case 'check':
      return runCheck(command, cwd);
    case 'baseline':
      return runBaseline(command, cwd);
  }
}

async function runInit(command: InitCommand): Promise<number> {
  try {
    for (const line of await initProject(command)) process.stderr.write(`graphdoc: ${line}\n`);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${prefixed(error.message)}\n`);
    return EXIT_USAGE;
  }
}

async function runGenerate(command: GenerateCommand, cwd: string): Promise<number> {
  const problem = await folderProblem(command, cwd);
  if (problem) {
    process.stderr.write(`graphdoc: ${problem.message}\n`);
    return problem.exit;
  }
  const progress = progressReporter(process.stderr, !command.quiet && command.format === 'text');
  let result;
  try {
    result = await generate({
      docs: command.docs,
      out: command.out,
      onProgress: progress.onProgress,
      check: command.check,
      emit: command.emit,
      ...(command.packageName !== undefined ? { packageName: command.packageName } : {}),
      ...(command.cacheDir !== undefined ? { cacheDir: command.cacheDir } : {}),
      ...(command.threads !== undefined ? { threads: command.threads } : {}),
    });
  } catch (error) {
    progress.end();
    process.stderr.write(`graphdoc: ${(error as Error).message}\n`);
    return EXIT_USAGE;
  }
  progress.end();

  const findings = findingsOf(result.diagnostics, { ...command, cwd, roots: result.roots });
  if (!findings) return EXIT_USAGE;
  const shown = findings.shown.map((found) => found.diagnostic);
  if (command.format === 'json') {
    process.stdout.write(`${jsonReport(result, findings.shown)}\n`);
  } else if (command.format === 'sarif') {
    process.stdout.write(`${JSON.stringify(sarifLog(findings.shown, VERSION), null, 2)}\n`);
  } else {
    if (!command.quiet) {
      for (const line of findingLines(findings, command.format)) (command.format === 'github' ? process.stdout : process.stderr).write(`${line}\n`);
      const byCode = countByCode(shown);
      if (byCode.length > 0) process.stderr.write(`diagnostics by code: ${byCode.map(([code, n]) => `${code} ${n}`).join(', ')}\n`);
      process.stderr.write(changesText(result.changes, undefined, result.write.written.filter((file) => file !== MANIFEST_FILE).length));
    }
    process.stderr.write(`${summaryLine(result, findingsCounts(findings))}\n`);
  }
  if (command.report !== undefined) {
    // Through a temporary file and a rename, as the output is: a reader never sees half a report.
    try {
      await writeFileAtomically(command.report, changesMarkdown(result.changes));
    } catch (error) {
      process.stderr.write(`graphdoc: cannot write the report ${relative(cwd, command.report) || command.report}: ${(error as Error).message}\n`);
      return EXIT_USAGE;
    }
  }
  if (result.stale) {
    if (result.stale.length === 0) {
      if (command.format === 'text') process.stderr.write(`graphdoc: ${command.out} is up to date\n`);
      return breakingExit(command, result);
    }
    if (command.format === 'text') {
      process.stderr.write(`graphdoc: ${counted(result.stale.length, 'file')} in ${command.out} ${result.stale.length === 1 ? 'is' : 'are'} stale or missing; run graphdoc generate:\n`);
      for (const file of result.stale) process.stderr.write(`  ${file}\n`);
    }
    return EXIT_ERRORS;
  }
  const failed = command.strict ? failing(findings, ['error']) : [];
  if (failed.length === 0) return breakingExit(command, result);
  if (command.format === 'text' || command.format === 'github') process.stderr.write(`${failureLines('--strict fails on errors', failed).join('\n')}\n`);
  return EXIT_ERRORS;
}

/**
 * What is wrong with the folders a run was given, found before any page is read: a docs folder
 * missing or not a folder, an output path that is a file (exit 2), or, under --check, an output
 * folder that does not exist (exit 1: nothing generated yet).
 */
async function folderProblem(command: GenerateCommand, cwd: string): Promise<{ message: string; exit: number } | undefined> {
  const shown = (path: string): string => relative(cwd, path) || path;
  const missing = await missingDocsFolder(command.docs);
  if (missing !== undefined) return { message: `docs folder not found or not a folder: ${shown(missing)}`, exit: EXIT_USAGE };
  const out = await stat(command.out).catch(() => undefined);
  if (out && !out.isDirectory()) return { message: `--out ${shown(command.out)} is a file, not a folder: give the folder the output goes in`, exit: EXIT_USAGE };
  if (!out && command.check) return { message: `${shown(command.out)} does not exist: nothing to check; run graphdoc generate first`, exit: EXIT_ERRORS };
  return undefined;
}

/** With --fail-on-breaking, 1 (saying why) when any change since the previous output is breaking; else 0. */
function breakingExit(command: GenerateCommand, result: GenerateResult): number {
  const breaking = result.changes?.changes.filter((change) => change.breaking).length ?? 0;
  if (!command.failOnBreaking || breaking === 0) return EXIT_OK;
  if (command.format === 'text') process.stderr.write(`graphdoc: ${counted(breaking, 'breaking change')} since the previous output (--fail-on-breaking)\n`);
  return EXIT_ERRORS;
}

/** `graphdoc: ` before each line of a message, as before every line graphdoc prints of its own. */
function prefixed(message: string): string {
  return message.split('\n').map((line) => `graphdoc: ${line}`).join('\n');
}
