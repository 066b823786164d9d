/** The names the static runtime files (`templates/runtime/*.ts`) export, which `index.ts` re-exports. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../support/shared-corpus.js';

export function runtimeExports(): string[] {
  const folder = path.join(repoRoot, 'templates', 'runtime');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .flatMap((name) => [...readFileSync(path.join(folder, name), 'utf8').matchAll(/^export\s+(?:declare\s+)?(?:type|interface|class|function|const|let|enum)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!))
    .sort();
}
