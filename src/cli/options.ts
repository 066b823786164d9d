import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_BASELINE } from '../diagnostics/baseline.js';
import { readSeverityOverrides, type SeverityOverrides } from '../diagnostics/severities.js';
import { npmPackageNameProblem } from '../package/package-name.js';
import { EMIT_MODES, type EmitMode } from '../package/package-output.js';

export const DEFAULT_CONFIG = 'graphdoc.config.json';

export interface GenerateCommand {
  command: 'generate';
  docs: string[];
  out: string;
  strict: boolean;
  format: OutputFormat;
  quiet: boolean;
  verbose: boolean;
  check: boolean;
  /** Regenerate whenever a page in the docs folders changes, until interrupted. */
  watch: boolean;
  /** A cache folder, or false for none; undefined for the default. */
  cacheDir: string | false | undefined;
  threads: number | undefined;
  /** Where to write the Markdown change report (absolute), if anywhere. */
  report: string | undefined;
  /** Exit 1 when any change since the previous output is breaking. */
  failOnBreaking: boolean;
  emit: EmitMode;
  packageName: string | undefined;
  /** The baseline file to read (absolute); findings it holds are left out. */
  baseline: string;
  /** The config file's severities by code. */
  severities: SeverityOverrides | undefined;
}

export type Command = GenerateCommand | { command: 'help'; topic?: string } | { command: 'version' };

export const OUTPUT_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A mistake in how graphdoc was called: printed with a hint, exit code 2. */
export class UsageError extends Error {}

/** The contents of `graphdoc.config.json`; paths are relative to the file. */
export interface ConfigFile {
  docs?: string[];
  out?: string;
  strict?: boolean;
  emit?: EmitMode;
  packageName?: string;
  /** The baseline file, absolute. */
  baseline?: string;
  diagnostics?: SeverityOverrides;
}

/** Command line → command. Flags override the config file; the config file is read only when named or present. */
export function parseCommand(argv: readonly string[], cwd: string): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { command: 'help', topic: rest[0] };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first !== 'generate') throw new UsageError(`unknown command "${first}"`);

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        docs: { type: 'string', multiple: true },
        out: { type: 'string' },
        config: { type: 'string' },
        strict: { type: 'boolean' },
        format: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean' },
        check: { type: 'boolean' },
        watch: { type: 'boolean', short: 'w' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
        threads: { type: 'string' },
        report: { type: 'string' },
        'fail-on-breaking': { type: 'boolean' },
        emit: { type: 'string' },
        'package-name': { type: 'string' },
        baseline: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values;
  if (values.help) return { command: 'help', topic: 'generate' };

  const configPath = values.config ?? (values.docs === undefined && values.out === undefined ? DEFAULT_CONFIG : undefined);
  const config = configPath ? readConfig(resolve(cwd, configPath), values.config !== undefined) : undefined;
  const docs = values.docs?.map((dir) => resolve(cwd, dir)) ?? config?.docs;
  const out = values.out !== undefined ? resolve(cwd, values.out) : config?.out;
  if (!docs || docs.length === 0) throw new UsageError('no docs folder: give --docs <dir> or a config file with "docs"');
  if (!out) throw new UsageError('no output folder: give --out <dir> or a config file with "out"');
  const format = outputFormat(values.format);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError(`--threads must be a whole number of 1 or more, not "${values.threads}"`);
  if (values['no-cache'] && values['cache-dir'] !== undefined) throw new UsageError('--no-cache and --cache-dir contradict each other');
  if (values.watch && values.check) throw new UsageError('--watch and --check contradict each other: --check writes nothing, --watch regenerates');
  const emit = values.emit ?? config?.emit ?? 'ts';
  if (!isEmitMode(emit)) throw new UsageError(`--emit must be "ts" or "js", not "${emit}"`);
  const packageName = values['package-name'] ?? config?.packageName;
  const nameProblem = packageName === undefined ? undefined : npmPackageNameProblem(packageName);
  if (nameProblem) throw new UsageError(`--package-name "${packageName}" is not a valid npm package name: ${nameProblem}`);
  return {
    command: 'generate',
    docs,
    out,
    check: values.check ?? false,
    watch: values.watch ?? false,
    cacheDir: values['no-cache'] ? false : values['cache-dir'] !== undefined ? resolve(cwd, values['cache-dir']) : undefined,
    threads,
    report: values.report !== undefined ? resolve(cwd, values.report) : undefined,
    failOnBreaking: values['fail-on-breaking'] ?? false,
    emit,
    packageName,
    strict: values.strict ?? config?.strict ?? false,
    format,
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    baseline: baselinePath(values.baseline, config, configPath, cwd),
    severities: config?.diagnostics,
  };
}

export function outputFormat(value: string | undefined): OutputFormat {
  const format = value ?? 'text';
  if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, not "${format}"`);
  return format as OutputFormat;
}

/** `--baseline`, else the config's, else graphdoc-baseline.json beside the config file (or in the working folder). */
export function baselinePath(flag: string | undefined, config: ConfigFile | undefined, configPath: string | undefined, cwd: string): string {
  if (flag !== undefined) return resolve(cwd, flag);
  if (config?.baseline) return config.baseline;
  return resolve(config && configPath ? dirname(resolve(cwd, configPath)) : cwd, DEFAULT_BASELINE);
}

/** The config file with its paths made absolute; undefined where it is optional and absent. */
export function readConfig(path: string, required: boolean): ConfigFile | undefined {
  if (!existsSync(path)) {
    if (required) throw new UsageError(`config file not found: ${path}`);
    return undefined;
  }
  let data: ConfigFile;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as ConfigFile;
  } catch (error) {
    throw new UsageError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const base = dirname(path);
  if (data.docs !== undefined && (!Array.isArray(data.docs) || data.docs.some((d) => typeof d !== 'string'))) {
    throw new UsageError(`config file ${path}: "docs" must be an array of folder paths`);
  }
  if (data.out !== undefined && typeof data.out !== 'string') throw new UsageError(`config file ${path}: "out" must be a folder path`);
  if (data.strict !== undefined && typeof data.strict !== 'boolean') throw new UsageError(`config file ${path}: "strict" must be true or false`);
  if (data.emit !== undefined && !isEmitMode(data.emit)) throw new UsageError(`config file ${path}: "emit" must be "ts" or "js"`);
  if (data.packageName !== undefined && typeof data.packageName !== 'string') throw new UsageError(`config file ${path}: "packageName" must be a string`);
  if (data.baseline !== undefined && typeof data.baseline !== 'string') throw new UsageError(`config file ${path}: "baseline" must be a file path`);
  const severities = data.diagnostics === undefined ? undefined : readSeverityOverrides(data.diagnostics);
  if (typeof severities === 'string') throw new UsageError(`config file ${path}: ${severities}`);
  return {
    ...(data.docs ? { docs: data.docs.map((dir) => resolve(base, dir)) } : {}),
    ...(data.out ? { out: resolve(base, data.out) } : {}),
    ...(data.strict !== undefined ? { strict: data.strict } : {}),
    ...(data.emit !== undefined ? { emit: data.emit } : {}),
    ...(data.packageName !== undefined ? { packageName: data.packageName } : {}),
    ...(data.baseline !== undefined ? { baseline: resolve(base, data.baseline) } : {}),
    ...(severities ? { diagnostics: severities } : {}),
  };
}

function isEmitMode(value: unknown): value is EmitMode {
  return (EMIT_MODES as readonly unknown[]).includes(value);
}
