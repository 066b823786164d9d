import type { EmitMemo } from '../emit/emit-memo.js';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';

/** One module as last made: what its making looked up, the key over the answers, its text's hash. */
interface Entry {
  reads: string[];
  key: string;
  hash: string;
}

interface Stored {
  fingerprint: string;
  modules: Record<string, Entry>;
}

/**
 * The emit memo on disk (see `src/emit/emit-memo.ts`): one JSON file in the cache with an entry
 * per module of the last run, written whole after a run that changed it. An entry from another
 * generator fingerprint, or one whose key no longer matches, is a miss: the module is made as
 * usual. An unreadable file is no memo at all.
 */
export class EmitMemoFile implements EmitMemo {
  private readonly previous: Record<string, Entry>;
  private readonly next = new Map<string, Entry>();
  private changed = false;

  constructor(
    private readonly path: string,
    private readonly fingerprint: string,
  ) {
    this.previous = readStored(path, fingerprint);
  }

  reuse(path: string, keyOf: (reads: readonly string[]) => string): string | undefined {
    const entry = Object.hasOwn(this.previous, path) ? this.previous[path] : undefined;
    if (!entry || keyOf(entry.reads) !== entry.key) return undefined;
    this.next.set(path, entry);
    return entry.hash;
  }

  note(path: string, reads: readonly string[], key: string, hash: string): void {
    this.next.set(path, { reads: [...reads], key, hash });
    this.changed = true;
  }

  /** Writes this run's entries, where a module was made anew or one of the last run's is gone. */
  async save(): Promise<void> {
    if (!this.changed && this.next.size === Object.keys(this.previous).length) return;
    const modules: Record<string, Entry> = {};
    for (const [path, entry] of [...this.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) modules[path] = entry;
    const stored: Stored = { fingerprint: this.fingerprint, modules };
    await writeFileAtomically(this.path, JSON.stringify(stored));
  }
}

function readStored(path: string, fingerprint: string): Record<string, Entry> {
  try {
    const stored = JSON.parse(readTextIfExists(path) ?? 'null') as Partial<Stored> | null;
    if (!stored || stored.fingerprint !== fingerprint || typeof stored.modules !== 'object' || stored.modules === null) return {};
    const modules: Record<string, Entry> = {};
    for (const [module, entry] of Object.entries(stored.modules)) if (isEntry(entry)) modules[module] = entry;
    return modules;
  } catch {
    return {};
  }
}

function isEntry(value: unknown): value is Entry {
  const entry = value as Partial<Entry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    Array.isArray(entry.reads) &&
    entry.reads.every((read) => typeof read === 'string') &&
    typeof entry.key === 'string' &&
    typeof entry.hash === 'string'
  );
}
