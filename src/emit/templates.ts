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

/**
 * Every name the runtime files export (`GraphCollection`, `ValidationError`, `JsonObject`, …).
 * index.ts re-exports them beside the generated types, so no type may take one.
 */
export function runtimeExportNames(): string[] {
  const names = new Set<string>();
  for (const content of runtimeFiles().values()) {
    for (const match of content.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:type|interface|const|let|function|class|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
      names.add(match[1]!);
    }
  }
  return [...names].sort();
}
