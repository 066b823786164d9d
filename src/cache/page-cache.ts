import { createHash } from 'node:crypto';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import type { PageFacts } from '../parse/page-facts.js';

/** The pack's name in the cache folder. */
export const PAGE_CACHE_FILE = 'pages.pack';

/** The pack's first line; a pack of another format or parser is not read. */
const FORMAT = 'graphdoc page facts 1';

interface Entry {
  file: string;
  /** The facts as JSON, kept as text: an entry not asked for is written back as it was read. */
  json: string;
}

/**
 * Every page's facts in one file (the pack), keyed by a hash of the parser's fingerprint, the
 * page's path and its bytes. One file, read once and written once a run, rather than a file per
 * page: on v1.0 the 3,341 small files cost a cold run about 2 s of this thread's time in system
 * calls while the workers parsed, and a warm run 0.4 s to read back.
 *
 * The pack holds one entry per page path, the last one stored. An entry that does not parse, or
 * whose file does not match, is ignored and rebuilt: the cache can only save time, never change
 * the output. Two runs saving at once: the last one's pack stands, and the other's new entries
 * are parsed again next time.
 */
export class PageCache {
  private loaded: { entries: Map<string, Entry>; keyOfFile: Map<string, string> } | undefined;
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
    return this.pack().entries.has(key);
  }

  get(key: string, file: string): PageFacts | undefined {
    const entry = this.pack().entries.get(key);
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
    const { entries, keyOfFile } = this.pack();
    const replaced = keyOfFile.get(facts.file);
    if (replaced !== undefined && replaced !== key) entries.delete(replaced);
    keyOfFile.set(facts.file, key);
    entries.set(key, { file: facts.file, json });
    this.changed = true;
  }

  /** Writes the pack, where anything was stored since it was read. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const { entries, keyOfFile } = this.pack();
    const lines = [`${FORMAT}\t${this.fingerprint}`];
    // Sorted by path: the same pages give the same pack, whatever order they were parsed in.
    for (const file of [...keyOfFile.keys()].sort()) {
      const key = keyOfFile.get(file)!;
      lines.push(`${key}\t${JSON.stringify(file)}\t${entries.get(key)!.json}`);
    }
    await writeFileAtomically(this.file, `${lines.join('\n')}\n`);
    this.changed = false;
  }

  /**
   * The pack's entries, read on first use. Each line after the header: the key, a tab, the path
   * as a JSON string, a tab, the facts' JSON (neither JSON holds a raw tab or line break).
   */
  private pack(): NonNullable<PageCache['loaded']> {
    if (this.loaded) return this.loaded;
    const loaded = (this.loaded = { entries: new Map<string, Entry>(), keyOfFile: new Map<string, string>() });
    const lines = (readTextIfExists(this.file) ?? '').split('\n');
    if (lines[0] !== `${FORMAT}\t${this.fingerprint}`) return loaded;
    for (const line of lines.slice(1)) {
      const [key, file, json] = fields(line);
      if (key === undefined || loaded.keyOfFile.has(file!)) continue;
      loaded.keyOfFile.set(file!, key);
      loaded.entries.set(key, { file: file!, json: json! });
    }
    return loaded;
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
