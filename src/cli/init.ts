import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomically } from '../files/write-atomically.js';
import { DEFAULT_CONFIG } from './config-file.js';
import type { InitCommand } from './options.js';
import { UsageError } from './usage-error.js';

/** The script `init` adds to package.json, and the command it runs. */
export const GENERATE_SCRIPT = 'generate';
const SCRIPT_COMMAND = 'graphdoc generate';

/** Where docs trees usually are, as a guess where `--docs` is not given (the first that exists). */
const DOCS_GUESSES = ['api-reference/v1.0', 'api-reference/beta', 'docs/api-reference/v1.0', 'docs'];
const DEFAULT_OUT = 'src/graph';

/**
 * `graphdoc init`: writes `graphdoc.config.json` and adds a `generate` script running
 * `graphdoc generate` to the project's package.json. Overwrites nothing: an existing config
 * file is a usage error, an existing `generate` script is kept and reported. Returns the lines
 * to print.
 */
export async function initProject(command: InitCommand): Promise<string[]> {
  const packagePath = join(command.project, 'package.json');
  if (!existsSync(packagePath)) throw new UsageError(`no package.json in ${command.project}: run "npm init" first, or run graphdoc init in your project's folder`);
  const configPath = join(command.project, DEFAULT_CONFIG);
  if (existsSync(configPath)) throw new UsageError(`${DEFAULT_CONFIG} exists already in ${command.project}: edit it, or remove it to start again`);

  const packageText = readFileSync(packagePath, 'utf8');
  let manifest: { scripts?: Record<string, string> };
  try {
    manifest = JSON.parse(packageText) as typeof manifest;
  } catch (error) {
    throw new UsageError(`${packagePath} is not valid JSON: ${(error as Error).message}`);
  }

  const guessed = command.docs === undefined ? DOCS_GUESSES.find((dir) => existsSync(join(command.project, dir))) : undefined;
  const docs = command.docs ?? guessed ?? 'docs';
  const out = command.out ?? DEFAULT_OUT;
  await writeFileAtomically(configPath, `${JSON.stringify({ docs: [docs], out }, null, 2)}\n`);
  const lines = [`wrote ${DEFAULT_CONFIG}: docs ${docs}, out ${out}${command.docs === undefined && !guessed ? ' (no docs folder found: edit "docs")' : ''}`];

  const existing = manifest.scripts?.[GENERATE_SCRIPT];
  if (existing === undefined) {
    manifest.scripts = { ...manifest.scripts, [GENERATE_SCRIPT]: SCRIPT_COMMAND };
    await writeFileAtomically(packagePath, `${JSON.stringify(manifest, null, indentOf(packageText))}\n`);
    lines.push(`added the script "${GENERATE_SCRIPT}": "${SCRIPT_COMMAND}" to package.json`);
  } else if (existing !== SCRIPT_COMMAND) {
    lines.push(`kept package.json's own "${GENERATE_SCRIPT}" script (${existing}); run graphdoc with: npx ${SCRIPT_COMMAND}`);
  }
  lines.push(`next: npm run ${GENERATE_SCRIPT}, then import from ./${relative('.', out) || out}/index.js`);
  return lines;
}

/** The indentation package.json is written with, so the file keeps its look. */
function indentOf(text: string): string | number {
  return /^[ \t]+(?=")/m.exec(text)?.[0] ?? 2;
}
