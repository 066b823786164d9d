import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SeverityOverrides } from '../diagnostics/severities.js';
import { baselinePath, DEFAULT_CONFIG, outputFormat, parseOptions, readConfig, UsageError, type OutputFormat } from './options.js';

const CHECK_OPTIONS = {
  docs: { type: 'string', multiple: true },
  config: { type: 'string' },
  format: { type: 'string' },
  strict: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  baseline: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  threads: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `graphdoc check` and `graphdoc baseline`: what to read, and how to report. */
export interface CheckCommand {
  command: 'check' | 'baseline';
  docs: string[];
  /** The pages to check: absolute where the file exists, else as given (a name relative to its docs folder); every page where none. */
  pages: string[];
  format: OutputFormat;
  /** Warnings fail the run too. */
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
  cacheDir: string | false | undefined;
  threads: number | undefined;
  /** The baseline file (absolute): read by check, written by baseline. */
  baseline: string;
  severities: SeverityOverrides | undefined;
}

/** `check [--docs <dir>...] [page...] [options]` and `baseline [--docs <dir>...] [options]`. */
export function parseCheckCommand(command: 'check' | 'baseline', args: readonly string[], cwd: string): CheckCommand | { command: 'help'; topic: string } {
  const { values, positionals } = parseOptions(args, CHECK_OPTIONS, command === 'check');
  if (values.help) return { command: 'help', topic: command };
  const configPath = values.config ?? (values.docs === undefined ? DEFAULT_CONFIG : undefined);
  const config = configPath ? readConfig(resolve(cwd, configPath), values.config !== undefined) : undefined;
  const docs = values.docs?.map((dir) => resolve(cwd, dir)) ?? config?.docs;
  if (!docs || docs.length === 0) throw new UsageError('no docs folder: give --docs <dir> or a config file with "docs"');
  const threads = values.threads === undefined ? config?.threads : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError(`--threads must be a whole number of 1 or more, not "${values.threads}"`);
  if (values['no-cache'] && values['cache-dir'] !== undefined) throw new UsageError('--no-cache and --cache-dir contradict each other');
  return {
    command,
    docs,
    pages: positionals.map((page) => (existsSync(resolve(cwd, page)) ? resolve(cwd, page) : page)),
    format: outputFormat(values.format ?? config?.format),
    strict: values.strict ?? config?.strict ?? false,
    quiet: values.quiet ?? config?.quiet ?? false,
    verbose: values.verbose ?? config?.verbose ?? false,
    cacheDir: values['no-cache'] ? false : values['cache-dir'] !== undefined ? resolve(cwd, values['cache-dir']) : config?.cacheDir,
    threads,
    baseline: baselinePath(values.baseline, config, configPath, cwd),
    severities: config?.diagnostics,
  };
}
