import { format } from 'prettier';
import type { EmittedFile } from '../emit/emit-model.js';

const OPTIONS = { parser: 'typescript', singleQuote: true, printWidth: 100, trailingComma: 'all' } as const;

/**
 * Formats every emitted TypeScript file with prettier (fixed options: output never depends on
 * the user's prettier config). Other files (`schema.json`) are emitted in their final form.
 */
export async function formatFiles(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  return Promise.all(
    files.map(async (file) => (file.path.endsWith('.ts') ? { path: file.path, content: await format(file.content, OPTIONS) } : file)),
  );
}
