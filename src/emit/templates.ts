import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: from `src/emit` or `dist/emit` alike. */
const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `templates/` at the package root: the header and the runtime modules' TypeScript sources. */
const TEMPLATES = join(PACKAGE, 'templates');
/** The runtime modules compiled by `npm run build` (`tsconfig.templates.json`): JavaScript and declarations. */
const COMPILED_RUNTIME = join(PACKAGE, 'dist', 'templates', 'runtime');

/** The header every generated file starts with. */
export function header(): string {
  return readFileSync(join(TEMPLATES, 'header.txt'), 'utf8').trimEnd() + '\n';
}

/**
 * The runtime modules copied into the output, as `runtime/<name>.d.ts` (and `.js` where the
 * module has code: a module of types only compiles to an empty one) → content under the header.
 */
export function runtimeFiles(): Map<string, string> {
  if (!existsSync(COMPILED_RUNTIME)) throw new Error(`graphdoc's runtime modules are not built (${COMPILED_RUNTIME} is missing): run \`npm run build\``);
  const top = header();
  const files = new Map<string, string>();
  for (const name of templateNames()) {
    const base = name.slice(0, -'.ts'.length);
    files.set(`runtime/${base}.d.ts`, `${top}\n${readFileSync(join(COMPILED_RUNTIME, `${base}.d.ts`), 'utf8')}`);
    const code = readFileSync(join(COMPILED_RUNTIME, `${base}.js`), 'utf8');
    if (code.trim() !== 'export {};') files.set(`runtime/${base}.js`, `${top}\n${code}`);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function templateNames(): string[] {
  return readdirSync(join(TEMPLATES, 'runtime'))
    .filter((name) => name.endsWith('.ts'))
    .sort();
}

/**
 * Every name the runtime modules export (`GraphCollection`, `ValidationError`, `JsonObject`, …).
 * No generated type may take one: the index re-exports some of them beside the generated types,
 * and the generated modules import them.
 */
export function runtimeExportNames(): string[] {
  const names = new Set<string>();
  for (const name of templateNames()) {
    const content = readFileSync(join(TEMPLATES, 'runtime', name), 'utf8');
    for (const match of content.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:type|interface|const|let|function|class|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
      names.add(match[1]!);
    }
  }
  return [...names].sort();
}

/** The types and interfaces runtime module `name` exports (`GraphClient`, …), for a module that re-exports them. */
export function runtimeTypeExports(name: string): string[] {
  const content = readFileSync(join(TEMPLATES, 'runtime', `${name}.ts`), 'utf8');
  return [...content.matchAll(/^export\s+(?:type|interface)\s+([A-Za-z_$][\w$]*)/gm)].map((match) => match[1]!).sort();
}
