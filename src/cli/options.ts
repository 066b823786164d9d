import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BASELINE } from '../diagnostics/baseline.js';
import type { SeverityOverrides } from '../diagnostics/severities.js';
import { npmPackageNameProblem } from '../package/package-name.js';
import { EMIT_MODES, type EmitMode } from '../package/package-output.js';
import { DEFAULT_CONFIG, OUTPUT_FORMATS, readConfig, type ConfigFile, type OutputFormat } from './config-file.js';
import { didYouMean } from './suggest.js';
import { UsageError } from './usage-error.js';

export { DEFAULT_CONFIG, OUTPUT_FORMATS, readConfig, type ConfigFile, type OutputFormat } from './config-file.js';
export { UsageError } from './usage-error.js';

export interface GenerateCommand extends SharedSettings {
  command: 'generate';
  docs: string[];
  out: string;
  check: boolean;
  /** Regenerate whenever a page in the docs folders changes, until interrupted. */
  watch: boolean;
  /** Where to write the Markdown change report (absolute), if anywhere. */
  report: string | undefined;
  /** Exit 1 when any change since the previous output is breaking. */
  failOnBreaking: boolean;
  emit: EmitMode;
  packageName: string | undefined;
}

/** `graphdoc init`: a config file and the `generate` script in the project's package.json. */
export interface InitCommand {
  command: 'init';
  /** The folder the project's package.json is in. */
  project: string;
  docs: string | undefined;
  out: string | undefined;
}

export type Command = GenerateCommand | InitCommand | { command: 'help'; topic?: string } | { command: 'version' };

const COMMANDS = ['generate', 'init', 'help'];

/** The options `generate`, `check` and `baseline` all take, read by `sharedSettings`. */
export const SHARED_OPTIONS = {
  docs: { type: 'string', multiple: true },
  config: { type: 'string' },
  strict: { type: 'boolean' },
  format: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
  threads: { type: 'string' },
  baseline: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const GENERATE_OPTIONS = {
  ...SHARED_OPTIONS,
  out: { type: 'string' },
  check: { type: 'boolean' },
  watch: { type: 'boolean', short: 'w' },
  report: { type: 'string' },
  'fail-on-breaking': { type: 'boolean' },
  emit: { type: 'string' },
  'package-name': { type: 'string' },
} as const;

/** What the shared options say, the flag over the config file's key. */
export interface SharedSettings {
  format: OutputFormat;
  strict: boolean;
  quiet: boolean;
  verbose: boolean;
  /** A cache folder, or false for none; undefined for the default. */
  cacheDir: string | false | undefined;
  threads: number | undefined;
  /** The baseline file (absolute). */
  baseline: string;
  /** The config file's severities by code. */
  severities: SeverityOverrides | undefined;
}

/** The shared options' settings; a bad `--threads` or `--no-cache` beside `--cache-dir` is a usage error. */
export function sharedSettings(values: ParsedOptions<typeof SHARED_OPTIONS>['values'], config: ConfigFile | undefined, configPath: string | undefined, cwd: string): SharedSettings {
  const threads = values.threads === undefined ? config?.threads : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError(`--threads must be a whole number of 1 or more, not "${values.threads}"`);
  if (values['no-cache'] && values['cache-dir'] !== undefined) throw new UsageError('--no-cache and --cache-dir contradict each other');
  return {
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

const INIT_OPTIONS = {
  docs: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Command line → command. Flags override the config file; the config file is read only when named or present. */
export function parseCommand(argv: readonly string[], cwd: string): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help', ...(rest[0] !== undefined ? { topic: rest[0] } : {}) };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first === 'init') return parseInit(rest, cwd);
  if (first !== 'generate') throw new UsageError(`unknown command "${first}"${didYouMean(first, COMMANDS)}`);

  const { values } = parseOptions(rest, GENERATE_OPTIONS);
  if (values.help) return { command: 'help', topic: 'generate' };

  const configPath = values.config ?? (values.docs === undefined && values.out === undefined ? DEFAULT_CONFIG : undefined);
  const config = configPath ? readConfig(resolve(cwd, configPath), values.config !== undefined) : undefined;
  const docs = values.docs?.map((dir) => resolve(cwd, dir)) ?? config?.docs;
  const out = values.out !== undefined ? resolve(cwd, values.out) : config?.out;
  if (!docs || docs.length === 0) throw new UsageError(`no docs folder: give --docs <dir> or a config file with "docs" (${DEFAULT_CONFIG} is read when neither --docs nor --out is given)`);
  if (!out) throw new UsageError('no output folder: give --out <dir> or a config file with "out"');
  const shared = sharedSettings(values, config, configPath, cwd);
  const check = values.check ?? config?.check ?? false;
  const watch = values.watch ?? config?.watch ?? false;
  if (watch && check) throw new UsageError('--watch and --check contradict each other: --check writes nothing, --watch regenerates');
  const emit = values.emit ?? config?.emit ?? 'ts';
  if (!isEmitMode(emit)) throw new UsageError(`--emit must be "ts" or "js", not "${emit}"`);
  const packageName = values['package-name'] ?? config?.packageName;
  const nameProblem = packageName === undefined ? undefined : npmPackageNameProblem(packageName);
  if (nameProblem) throw new UsageError(`--package-name "${packageName}" is not a valid npm package name: ${nameProblem}`);
  const report = values.report !== undefined ? resolve(cwd, values.report) : config?.report;
  return {
    command: 'generate',
    docs,
    out,
    check,
    watch,
    report,
    failOnBreaking: values['fail-on-breaking'] ?? config?.failOnBreaking ?? false,
    emit,
    packageName,
    ...shared,
  };
}

export function outputFormat(value: string | undefined): OutputFormat {
  const format = value ?? 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${format}"${didYouMean(format, OUTPUT_FORMATS)}`);
  return format as OutputFormat;
}

/** `--baseline`, else the config's, else graphdoc-baseline.json beside the config file (or in the working folder). */
export function baselinePath(flag: string | undefined, config: ConfigFile | undefined, configPath: string | undefined, cwd: string): string {
  if (flag !== undefined) return resolve(cwd, flag);
  if (config?.baseline) return config.baseline;
  return resolve(config && configPath ? dirname(resolve(cwd, configPath)) : cwd, DEFAULT_BASELINE);
}

function parseInit(args: readonly string[], cwd: string): Command {
  const { values } = parseOptions(args, INIT_OPTIONS);
  if (values.help) return { command: 'help', topic: 'init' };
  return { command: 'init', project: cwd, docs: values.docs, out: values.out };
}

type OptionTable = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
export type ParsedOptions<T extends OptionTable> = ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: boolean }>>;

/** The options of one command, and its positionals where it takes some; an unknown option is a usage error naming the nearest known one. */
export function parseOptions<T extends OptionTable>(args: readonly string[], options: T, allowPositionals = false): ParsedOptions<T> {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec((error as Error).message)?.[1];
    if (unknown) throw new UsageError(`unknown option ${unknown}${didYouMean(unknown, Object.keys(options).map((name) => `--${name}`))}`);
    const positional = /Unexpected argument '([^']+)'/.exec((error as Error).message)?.[1];
    if (positional) throw new UsageError(`unexpected argument "${positional}": every value follows its option (--docs <dir>, --out <dir>)`);
    throw new UsageError((error as Error).message);
  }
}

function isEmitMode(value: unknown): value is EmitMode {
  return (EMIT_MODES as readonly unknown[]).includes(value);
}
