import type { EmitMemo } from '../emit/item-files.js';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import type { FormatCache } from './format-cache.js';

/** One one-item file as last made: what its making looked up, the key over the answers, where its text is. */
interface Entry {
  reads: string[];
  key: string;
  /** The format cache key its finished text is kept under. */
  formatKey: string;
}

interface Stored {
  fingerprint: string;
  files: Record<string, Entry>;
}

/**
 * The emit memo on disk: one JSON file with an entry per one-item file of the last run (see
 * `src/emit/item-files.ts`), the texts themselves staying in the format cache. Written whole
 * after each run. An entry from another generator fingerprint, one whose key no longer matches,
 * or one whose text has left the format cache is a miss: the file is emitted as usual.
 */
export class EmitMemoFile implements EmitMemo {
  private readonly previous: Record<string, Entry>;
  private readonly next = new Map<string, Partial<Entry>>();

  constructor(
    private readonly path: string,
    private readonly fingerprint: string,
    private readonly texts: FormatCache,
  ) {
    this.previous = readStored(path, fingerprint);
  }

  reuse(path: string, keyOf: (reads: readonly string[]) => string): string | undefined {
    const entry = Object.hasOwn(this.previous, path) ? this.previous[path] : undefined;
    if (!entry || keyOf(entry.reads) !== entry.key) return undefined;
    const text = this.texts.get(entry.formatKey);
    if (text !== undefined) this.next.set(path, entry);
    return text;
  }

  note(path: string, reads: readonly string[], key: string): void {
    this.next.set(path, { reads: [...reads], key });
  }

  /** The format stage kept `path`'s text under `formatKey`. */
  formatted(path: string, formatKey: string): void {
    const entry = this.next.get(path);
    if (entry) entry.formatKey = formatKey;
  }

  /** Writes the entries of this run whose text is in the format cache. */
  async save(): Promise<void> {
    const files: Record<string, Entry> = {};
    for (const [path, entry] of [...this.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (entry.reads && entry.key && entry.formatKey) files[path] = { reads: entry.reads, key: entry.key, formatKey: entry.formatKey };
    }
    const stored: Stored = { fingerprint: this.fingerprint, files };
    await writeFileAtomically(this.path, JSON.stringify(stored));
  }
}

function readStored(path: string, fingerprint: string): Record<string, Entry> {
  try {
    const stored = JSON.parse(readTextIfExists(path) ?? 'null') as Partial<Stored> | null;
    if (!stored || stored.fingerprint !== fingerprint || typeof stored.files !== 'object' || stored.files === null) return {};
    const files: Record<string, Entry> = {};
    for (const [file, entry] of Object.entries(stored.files)) {
      if (isEntry(entry)) files[file] = entry;
    }
    return files;
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
    typeof entry.formatKey === 'string'
  );
}
