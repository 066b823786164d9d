import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import type { PageFacts } from '../parse/page-facts.js';

/** The pack's first line; a pack of another format or parser is not read. */
const FORMAT = 'graphdoc page facts 1';

/**
 * The pack of the pages below these docs folders, in a cache folder: one per set of folders, so
 * that runs over two docs trees (v1.0 and beta, say) sharing a cache keep each other's entries.
 */
export function pagePackFile(cacheDir: string, docs: readonly string[]): string {
  const folders = [...new Set(docs.map((folder) => resolve(folder)))].sort();
  return join(cacheDir, 'page-packs', `${createHash('sha256').update(folders.join('\0')).digest('hex').slice(0, 16)}.pack`);
}

interface Entry {
  file: string;
  /** The facts as JSON, kept as text: an entry not asked for is written back as it was read. */
  json: string;
}

/**
 * Every page's facts in one file (the pack), keyed by a hash of the parser's fingerprint, the
 * page's path and its bytes. One file, read once and written once a run, rather than a file per
 * page: on v1.0 the 3,341 small files cost a cold run about 2 s of this thread's time in system
 * calls while the workers parsed.
 *
 * A run asks for every page of its docs, so the pack it saves holds the entries it asked for or
 * stored and no others: a page edited or removed leaves no entry behind. An entry that does not
 * parse, or whose file does not match, is ignored and rebuilt: the cache can only save time,
 * never change the output. Two runs saving at once: the last one's pack stands, and the other's
 * new entries are parsed again next time.
 */
export class PageCache {
  private entries: Map<string, Entry> | undefined;
  /** The keys this run asked for or stored: the next pack's entries. */
  private readonly used = new Set<string>();
  private changed = false;

  /** `file` is the pack, absent (or unreadable) for an empty cache; read when first asked, so a run with nothing to parse never reads it. */
  constructor(
    private readonly file: string,
    /** The parser fingerprint every key hashes. */
    readonly fingerprint: string,
  ) {}

  key(file: string, text: string): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(file).update('\0').update(text).digest('hex');
  }

  /** Whether there is an entry under `key`; not whether it is sound (see {@link get}). */
  has(key: string): boolean {
    this.used.add(key);
    return this.pack().has(key);
  }

  get(key: string, file: string): PageFacts | undefined {
    this.used.add(key);
    const entry = this.pack().get(key);
    if (entry?.file !== file) return undefined;
    try {
      const facts = JSON.parse(entry.json) as Partial<PageFacts>;
      if (facts.file !== file || !Array.isArray(facts.types) || !Array.isArray(facts.enums) || !Array.isArray(facts.diagnostics)) return undefined;
      return facts as PageFacts;
    } catch {
      return undefined;
    }
  }

  /** Stores a page's facts (`json`, their JSON, where the caller has it already) until {@link save}. */
  set(key: string, facts: PageFacts, json = JSON.stringify(facts)): void {
    this.used.add(key);
    this.pack().set(key, { file: facts.file, json });
    this.changed = true;
  }

  /** Writes the pack, where this run stored an entry or left one unused. */
  async save(): Promise<void> {
    const entries = this.pack();
    const kept = [...entries].filter(([key]) => this.used.has(key));
    if (!this.changed && kept.length === entries.size) return;
    // Sorted by path: the same pages give the same pack, whatever order they were parsed in.
    kept.sort(([, a], [, b]) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const lines = [`${FORMAT}\t${this.fingerprint}`, ...kept.map(([key, entry]) => `${key}\t${JSON.stringify(entry.file)}\t${entry.json}`)];
    await writeFileAtomically(this.file, `${lines.join('\n')}\n`);
    this.entries = new Map(kept);
    this.changed = false;
  }

  /**
   * The pack's entries, read on first use. Each line after the header: the key, a tab, the path
   * as a JSON string, a tab, the facts' JSON (neither JSON holds a raw tab or line break).
   */
  private pack(): Map<string, Entry> {
    if (this.entries) return this.entries;
    const entries = (this.entries = new Map<string, Entry>());
    const lines = (readTextIfExists(this.file) ?? '').split('\n');
    if (lines[0] !== `${FORMAT}\t${this.fingerprint}`) return entries;
    for (const line of lines.slice(1)) {
      const [key, file, json] = fields(line);
      if (key !== undefined) entries.set(key, { file: file!, json: json! });
    }
    return entries;
  }
}

/** A pack line's three fields, or nothing for a line that is not one. */
function fields(line: string): [string, string, string] | [] {
  const first = line.indexOf('\t');
  const second = line.indexOf('\t', first + 1);
  if (first !== 64 || second < 0) return [];
  try {
    const file: unknown = JSON.parse(line.slice(first + 1, second));
    return typeof file === 'string' ? [line.slice(0, first), file, line.slice(second + 1)] : [];
  } catch {
    return [];
  }
}
