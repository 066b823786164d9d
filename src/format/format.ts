import { format } from 'prettier';
import type { FormatCache } from '../cache/format-cache.js';
import type { EmittedFile } from '../emit/emit-model.js';

const OPTIONS = { parser: 'typescript', singleQuote: true, printWidth: 100, trailingComma: 'all' } as const;

/**
 * Formats every emitted TypeScript file with prettier (fixed options: output never depends on
 * the user's prettier config). Other files (`schema.json`) are emitted in their final form.
 */
export async function formatFiles(
  files: readonly EmittedFile[],
  cache?: FormatCache,
  onFormatted?: (done: number, total: number) => void,
): Promise<EmittedFile[]> {
  // One file at a time: prettier's work is CPU-bound either way, and starting thousands at
  // once held every file's syntax tree in memory together.
  const formatted: EmittedFile[] = [];
  for (const file of files) {
    formatted.push(file.path.endsWith('.ts') ? { path: file.path, content: await formatOne(file.content, cache) } : file);
    onFormatted?.(formatted.length, files.length);
  }
  return formatted;
}

/** One file through prettier, or its formatted text from the cache where the input is unchanged. */
async function formatOne(content: string, cache: FormatCache | undefined): Promise<string> {
  const key = cache?.key(content);
  const hit = key ? await cache?.get(key) : undefined;
  if (hit !== undefined) return hit;
  const formatted = await format(content, OPTIONS);
  if (key) await cache?.set(key, formatted).catch(() => {});
  return formatted;
}
