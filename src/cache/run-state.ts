import { contentHash } from '../files/content-hash.js';
import { statSync } from 'node:fs';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SchemaModel } from '../model/schema-model.js';

/**
 * What the last run into an output folder saw and wrote: a fingerprint of graphdoc's code and
 * every page, the hash of every file it wrote (the manifest included), its diagnostics and the
 * model's counts, which a run that finds nothing changed reports without building the model.
 * It lives in the cache, not in the output, so the committed output depends on the docs alone.
 */
export interface RunState {
  inputs: string;
  hashes: Record<string, string>;
  /**
   * Each file's size and modification time once written: a file that still has both is taken
   * as intact without reading it (as make and tsc --incremental take their files); any other
   * is read and hashed.
   */
  stamps?: Record<string, FileStamp>;
  /** Each page's stamp when it was read and its page cache key, by absolute path. */
  pages?: Record<string, PageStamp>;
  /**
   * The parser fingerprint those keys were made with. A page cache key hashes it, so a key kept
   * from a run of other parser code would find that code's facts: such stamps are not used.
   */
  parser?: string;
  diagnostics: Diagnostic[];
  counts: ModelCounts;
}

/** `[size in bytes, modification time in ms]`. */
export type FileStamp = readonly [size: number, mtimeMs: number];

/** A page's stamp when it was read, and its page cache key. */
export type PageStamp = readonly [size: number, mtimeMs: number, key: string];

/** The stamp of a file now, or undefined where there is no file. */
export function stampOf(path: string): FileStamp | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? [stats.size, stats.mtimeMs] : undefined;
}

/** What the summary line says of a model. */
export interface ModelCounts {
  types: number;
  enums: number;
  operations: number;
}

export function countsOf(model: Pick<SchemaModel, 'types' | 'enums' | 'operations'>): ModelCounts {
  return { types: model.types.length, enums: model.enums.length, operations: model.operations.length };
}


function pathOf(cacheDir: string, out: string): string {
  return join(cacheDir, 'runs', `${contentHash(resolve(out))}.json`);
}

export async function readRunState(cacheDir: string, out: string): Promise<RunState | undefined> {
  try {
    const state = JSON.parse(readTextIfExists(pathOf(cacheDir, out)) ?? 'null') as Partial<RunState> | null;
    if (!state) return undefined;
    if (typeof state.inputs !== 'string' || typeof state.hashes !== 'object' || state.hashes === null || !Array.isArray(state.diagnostics) || !isCounts(state.counts)) {
      return undefined;
    }
    return state as RunState;
  } catch {
    return undefined;
  }
}

/** A state written before the counts were kept has none: its run is not taken as unchanged. */
function isCounts(value: unknown): value is ModelCounts {
  const counts = value as Partial<Record<keyof ModelCounts, unknown>> | null | undefined;
  return typeof counts === 'object' && counts !== null && [counts.types, counts.enums, counts.operations].every((n) => Number.isInteger(n));
}

export async function writeRunState(cacheDir: string, out: string, state: RunState): Promise<void> {
  await writeFileAtomically(pathOf(cacheDir, out), JSON.stringify(state));
}

/** Whether every file the state lists is in `out` with the bytes it had. */
export async function outputIntact(out: string, state: RunState): Promise<boolean> {
  return Object.entries(state.hashes).every(([file, hash]) => {
    const path = join(out, file);
    const stamp = state.stamps?.[file];
    const now = stamp ? stampOf(path) : undefined;
    if (stamp && now && now[0] === stamp[0] && now[1] === stamp[1]) return true;
    const text = readTextIfExists(path);
    return text !== undefined && contentHash(text) === hash;
  });
}
