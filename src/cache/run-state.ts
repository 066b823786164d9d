import { createHash } from 'node:crypto';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * What the last run into an output folder saw and wrote: a fingerprint of graphdoc's code and
 * every page, the hash of every file it wrote (the manifest included), and its diagnostics.
 * It lives in the cache, not in the output, so the committed output depends on the docs alone.
 */
export interface RunState {
  inputs: string;
  hashes: Record<string, string>;
  diagnostics: Diagnostic[];
}

export function hashOf(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

function pathOf(cacheDir: string, out: string): string {
  return join(cacheDir, 'runs', `${hashOf(resolve(out))}.json`);
}

export async function readRunState(cacheDir: string, out: string): Promise<RunState | undefined> {
  try {
    const state = JSON.parse(readTextIfExists(pathOf(cacheDir, out)) ?? 'null') as Partial<RunState> | null;
    if (!state) return undefined;
    if (typeof state.inputs !== 'string' || typeof state.hashes !== 'object' || state.hashes === null || !Array.isArray(state.diagnostics)) {
      return undefined;
    }
    return state as RunState;
  } catch {
    return undefined;
  }
}

export async function writeRunState(cacheDir: string, out: string, state: RunState): Promise<void> {
  await writeFileAtomically(pathOf(cacheDir, out), JSON.stringify(state));
}

/** Whether every file the state lists is in `out` with the bytes it had. */
export async function outputIntact(out: string, state: RunState): Promise<boolean> {
  return Object.entries(state.hashes).every(([file, hash]) => {
    const text = readTextIfExists(join(out, file));
    return text !== undefined && hashOf(text) === hash;
  });
}
