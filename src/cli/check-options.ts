import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG, parseOptions, readConfig, SHARED_OPTIONS, sharedSettings, UsageError, type SharedSettings } from './options.js';

/** `graphdoc check` and `graphdoc baseline`: what to read, and how to report. */
export interface CheckCommand extends SharedSettings {
  command: 'check' | 'baseline';
  docs: string[];
  /** The pages to check: absolute where the file exists, else as given (a name relative to its docs folder); every page where none. */
  pages: string[];
}

/** `check [--docs <dir>...] [page...] [options]` and `baseline [--docs <dir>...] [options]`. */
export function parseCheckCommand(command: 'check' | 'baseline', args: readonly string[], cwd: string): CheckCommand | { command: 'help'; topic: string } {
  const { values, positionals } = parseOptions(args, SHARED_OPTIONS, command === 'check');
  if (values.help) return { command: 'help', topic: command };
  const configPath = values.config ?? (values.docs === undefined ? DEFAULT_CONFIG : undefined);
  const config = configPath ? readConfig(resolve(cwd, configPath), values.config !== undefined) : undefined;
  const docs = values.docs?.map((dir) => resolve(cwd, dir)) ?? config?.docs;
  if (!docs || docs.length === 0) throw new UsageError('no docs folder: give --docs <dir> or a config file with "docs"');
  return {
    command,
    docs,
    pages: positionals.map((page) => (existsSync(resolve(cwd, page)) ? resolve(cwd, page) : page)),
    // --strict: warnings fail the check too. The baseline: read by check, written by baseline.
    ...sharedSettings(values, config, configPath, cwd),
  };
}
