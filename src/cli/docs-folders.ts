import { stat } from 'node:fs/promises';

/** The first of the docs folders that is missing or not a folder, checked before any page is read. */
export async function missingDocsFolder(docs: readonly string[]): Promise<string | undefined> {
  for (const dir of docs) {
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) return dir;
  }
  return undefined;
}
