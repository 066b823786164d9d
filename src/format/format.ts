import { format } from 'prettier';
import type { EmittedFile } from '../emit/emit-model.js';

const OPTIONS = { parser: 'typescript', singleQuote: true, printWidth: 100, trailingComma: 'all' } as const;

/** Formats every emitted file with prettier (fixed options: output never depends on the user's prettier config). */
export async function formatFiles(files: readonly EmittedFile[]): Promise<EmittedFile[]> {
  return Promise.all(files.map(async (file) => ({ path: file.path, content: await format(file.content, OPTIONS) })));
}
