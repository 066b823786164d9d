import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { EmittedFile } from '../emit/emit-model.js';
import { MANIFEST_FILE, readManifest } from './manifest.js';

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Writes the files into `out`: only those whose bytes changed, each through a temporary file
 * renamed into place (never half-written), then removes files an earlier run generated that
 * this one did not. Files graphdoc did not generate are never touched.
 */
export async function writeOutput(out: string, files: readonly EmittedFile[]): Promise<WriteResult> {
  const previous = await readManifest(out);
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const file of files) {
      const target = insideOut(out, file.path);
      if ((await readIfExists(target)) === file.content) {
        result.unchanged.push(file.path);
        continue;
      }
      await mkdir(dirname(target), { recursive: true });
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, file.content);
      staged.push({ temporary, target });
      result.written.push(file.path);
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temporary, { force: true })));
    throw error;
  }
  for (const { temporary, target } of staged) await rename(temporary, target);

  const current = new Set(files.map((f) => f.path));
  for (const path of previous?.files ?? []) {
    if (current.has(path) || path === MANIFEST_FILE) continue;
    await rm(insideOut(out, path), { force: true });
    result.removed.push(path);
  }
  return result;
}

/** The absolute path of `path` inside `out`; refuses any path that would leave it. */
export function insideOut(out: string, path: string): string {
  const root = resolve(out);
  const target = resolve(root, path);
  const back = relative(root, target);
  if (back === '' || back.startsWith('..') || back.split(sep).includes('..') || resolve(back) === back) {
    throw new Error(`refusing to write outside the output folder: ${path}`);
  }
  return target;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}
