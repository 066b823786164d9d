import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `templates/` at the package root: from `src/emit` or `dist/emit` alike. */
const TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

/** The header every generated file starts with. */
export function header(): string {
  return readFileSync(join(TEMPLATES, 'header.txt'), 'utf8').trimEnd() + '\n';
}

/** The static runtime files copied into the output, as `runtime/<name>` → content. */
export function runtimeFiles(): Map<string, string> {
  const folder = join(TEMPLATES, 'runtime');
  const files = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    files.set(relative(TEMPLATES, join(folder, name)).split('\\').join('/'), readFileSync(join(folder, name), 'utf8'));
  }
  return files;
}
