import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EMIT_MODES, type EmitMode } from '../package/package-output.js';
import { UsageError } from './usage-error.js';
import { didYouMean } from './suggest.js';

export const DEFAULT_CONFIG = 'graphdoc.config.json';

/** What a value of the config file must be, with the sentence that says so. */
type KeyKind = 'folders' | 'path' | 'boolean' | 'format' | 'emit' | 'string' | 'count' | 'cache';

/**
 * Every key the config file may hold: one per option of `graphdoc generate` (camelCase), and
 * nothing else, so a misspelt key is an error rather than a setting silently not applied.
 */
const CONFIG_KEYS = {
  docs: 'folders',
  out: 'path',
  strict: 'boolean',
  format: 'format',
  quiet: 'boolean',
  verbose: 'boolean',
  check: 'boolean',
  watch: 'boolean',
  cacheDir: 'cache',
  threads: 'count',
  report: 'path',
  failOnBreaking: 'boolean',
  emit: 'emit',
  packageName: 'string',
} as const satisfies Record<string, KeyKind>;

type ConfigKey = keyof typeof CONFIG_KEYS;
export const CONFIG_KEY_NAMES = Object.keys(CONFIG_KEYS) as ConfigKey[];

/** The config file's settings, paths made absolute against the file's folder. */
export interface ConfigFile {
  docs?: string[];
  out?: string;
  strict?: boolean;
  format?: 'text' | 'json';
  quiet?: boolean;
  verbose?: boolean;
  check?: boolean;
  watch?: boolean;
  /** A folder, or false for no cache. */
  cacheDir?: string | false;
  threads?: number;
  report?: string;
  failOnBreaking?: boolean;
  emit?: EmitMode;
  packageName?: string;
}

const EXPECTED: Record<KeyKind, string> = {
  folders: 'an array of folder paths',
  path: 'a path',
  boolean: 'true or false',
  format: '"text" or "json"',
  emit: '"ts" or "js"',
  string: 'a string',
  count: 'a whole number of 1 or more',
  cache: 'a folder path, or false for no cache',
};

/** The config file with its paths made absolute; undefined where it is optional and absent. */
export function readConfig(path: string, required: boolean): ConfigFile | undefined {
  if (!existsSync(path)) {
    if (required) throw new UsageError(`config file not found: ${path}`);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UsageError(`config file ${path}: must be a JSON object of settings`);
  const base = dirname(path);
  const config: Record<string, unknown> = {};
  // Every wrong key at once, so that a file with several mistakes takes one fix, not one per run.
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(CONFIG_KEYS, key)) {
      problems.push(`unknown key "${key}"${didYouMean(key, CONFIG_KEY_NAMES)}`);
      continue;
    }
    const kind: KeyKind = CONFIG_KEYS[key as ConfigKey];
    if (!fits(kind, value)) problems.push(`"${key}" must be ${EXPECTED[kind]}`);
    else config[key] = kind === 'folders' ? (value as string[]).map((dir) => resolve(base, dir)) : (kind === 'path' || kind === 'cache') && typeof value === 'string' ? resolve(base, value) : value;
  }
  if (problems.length > 0) throw new UsageError(problems.map((problem) => `config file ${path}: ${problem}`).join('\n'));
  return config as ConfigFile;
}

function fits(kind: KeyKind, value: unknown): boolean {
  switch (kind) {
    case 'folders':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'path':
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'format':
      return value === 'text' || value === 'json';
    case 'emit':
      return (EMIT_MODES as readonly unknown[]).includes(value);
    case 'count':
      return Number.isInteger(value) && (value as number) >= 1;
    case 'cache':
      return typeof value === 'string' || value === false;
  }
}
