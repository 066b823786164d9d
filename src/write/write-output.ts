import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { EmittedFile } from '../emit/emit-model.js';
import { readTextIfExists } from '../files/read-text.js';
import type { FileStamp } from '../cache/run-state.js';
import { MANIFEST_FILE, type Manifest } from './manifest.js';

/**
 * What the last run wrote (its hashes and stamps, from the run state) and the hash of each file
 * this run writes: a file whose stamp is as the last run left it, and whose hash is the one it
 * wrote, holds this run's bytes without being read.
 */
export interface KnownOutput {
  written: { hashes: Record<string, string>; stamps?: Record<string, FileStamp> };
  hashes: Record<string, string>;
}

function stillAsWritten(path: string, stats: { size: number; mtimeMs: number }, known: KnownOutput | undefined): boolean {
  const stamp = known?.written.stamps?.[path];
  return stamp !== undefined && stamp[0] === stats.size && stamp[1] === stats.mtimeMs && known!.written.hashes[path] === known!.hashes[path];
}

export interface WriteResult {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Writes the files into `out`: only those whose bytes changed, each through a temporary file
 * renamed into place (never half-written), then removes files an earlier run generated (listed
 * in `previous`, its manifest) that this one did not. Files graphdoc did not generate are never
 * touched.
 */
export async function writeOutput(out: string, files: readonly EmittedFile[], previous: Manifest | undefined, known?: KnownOutput): Promise<WriteResult> {
  const result: WriteResult = { written: [], unchanged: [], removed: [] };
  const staged: { temporary: string; target: string }[] = [];
  const folders = new Set<string>();
  try {
    for (const file of files) {
      const target = insideOut(out, file.path);
      const existing = statSync(target, { throwIfNoEntry: false });
      if (existing && !existing.isFile()) throw new Error(`cannot write ${file.path}: something that is not a file is in the way`);
      if (existing && (stillAsWritten(file.path, existing, known) || readTextIfExists(target) === file.content)) {
        result.unchanged.push(file.path);
        continue;
      }
      const folder = dirname(target);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(temporary, file.content);
      staged.push({ temporary, target });
      result.written.push(file.path);
    }
  } catch (error) {
    for (const s of staged) rmSync(s.temporary, { force: true });
    throw error;
  }
  commit(staged);

  const current = new Set(files.map((f) => f.path));
  for (const path of previous?.files ?? []) {
    if (current.has(path) || path === MANIFEST_FILE) continue;
    rmSync(insideOut(out, path), { force: true });
    result.removed.push(path);
  }
  removeEmptyFolders(out, result.removed);
  return result;
}

/**
 * Moves every staged file into place as one step: each old file is first moved aside, and if
 * any rename fails, everything done so far is undone, so the previous output stays whole.
 * Synchronous: thousands of small renames go faster without a trip to the thread pool each.
 */
function commit(staged: { temporary: string; target: string }[]): void {
  const done: { target: string; aside?: string }[] = [];
  try {
    for (const { temporary, target } of staged) {
      const aside = existsSync(target) ? `${temporary}.old` : undefined;
      if (aside) renameSync(target, aside);
      done.push({ target, ...(aside ? { aside } : {}) });
      renameSync(temporary, target);
    }
  } catch (error) {
    for (const { target, aside } of done.reverse()) {
      attempt(() => (aside ? renameSync(aside, target) : rmSync(target, { force: true })));
    }
    for (const s of staged) attempt(() => rmSync(s.temporary, { force: true }));
    throw error;
  }
  // Only regular files were moved aside (see writeOutput), so this removes files only.
  for (const d of done) if (d.aside) attempt(() => rmSync(d.aside!, { force: true }));
}

/** Undoing after a failure, or tidying up: one step that fails must not stop the others. */
function attempt(step: () => void): void {
  try {
    step();
  } catch {
    // Nothing more can be done about this one.
  }
}

/**
 * The folders that removing those files left empty (`models/` when the types moved to
 * `models.ts`), innermost first; a folder that still holds anything, the user's files
 * included, stays.
 */
function removeEmptyFolders(out: string, removed: readonly string[]): void {
  const folders = new Set<string>();
  for (const path of removed) for (let folder = dirname(path); folder !== '.' && folder !== ''; folder = dirname(folder)) folders.add(folder);
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) attempt(() => rmdirSync(insideOut(out, folder)));
}

/**
 * For `--check`: the files whose bytes in `out` differ from `files` or that are missing, and
 * those an earlier run generated that this run would remove. Writes nothing.
 */
export async function staleFiles(out: string, files: readonly EmittedFile[], previous: Manifest | undefined): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) {
    if (readTextIfExists(insideOut(out, file.path)) !== file.content) stale.push(file.path);
  }
  const current = new Set(files.map((file) => file.path));
  for (const path of previous?.files ?? []) {
    if (!current.has(path) && readTextIfExists(insideOut(out, path)) !== undefined) stale.push(path);
  }
  return stale.sort();
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
