import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomically } from '../files/write-atomically.js';
import type { PageFacts } from '../parse/page-facts.js';
import { parserFingerprint } from './fingerprint.js';

/** The pack's first line; a pack of another format or parser is not read. */
const FORMAT = 'graphdoc page facts 1';
const NEWLINE = 0x0a;
const TAB = 0x09;
const KEY_LENGTH = 64;

/**
 * The pack of the pages below these docs folders, in a cache folder: one per set of folders, so
 * that runs over two docs trees (v1.0 and beta, say) sharing a cache keep each other's entries.
 */
export function pagePackFile(cacheDir: string, docs: readonly string[]): string {
  const folders = [...new Set(docs.map((folder) => resolve(folder)))].sort();
  return join(cacheDir, 'page-packs', `${createHash('sha256').update(folders.join('\0')).digest('hex').slice(0, 16)}.pack`);
}

/** The page cache of these docs folders in a cache folder, for this parser (generate and check share it). */
export function pageCacheFor(cacheDir: string, docs: readonly string[]): PageCache {
  return new PageCache(pagePackFile(cacheDir, docs), parserFingerprint());
}

/** One page's line in the pack: its key, a tab, its path as a JSON string, a tab, its facts' JSON. */
interface Entry {
  /** The line's bytes, without its line break: written back as they were read, never decoded unless asked for. */
  line: Buffer;
  /** Where the facts' JSON starts in `line`. */
  json: number;
}

interface Pack {
  entries: Map<string, Entry>;
  /** The pack's size in bytes, and how many of them are lines that no longer count (a later line has the key, or it is not one). */
  size: number;
  dead: number;
  /** Whether the pack can be added to: it exists, its header is this one, and it ends with a line break. */
  appendable: boolean;
}

/**
 * Every page's facts in one file (the pack), keyed by a hash of the parser's fingerprint, the
 * page's path and its bytes. One file rather than a file per page: on v1.0 the 3,341 small files
 * cost a cold run about 2 s of this thread's time in system calls while the workers parsed.
 *
 * The pack is read as bytes and each entry decoded only when asked for (a few pages with
 * characters beyond ASCII would make the whole text two bytes a character, and slow to decode).
 * A run that parsed a few pages adds their lines at the end; when the lines no run asked for
 * (pages edited or removed since) come to a quarter of the pack, it is written afresh with the
 * entries this run asked for or stored, sorted by path. An entry that does not parse, or whose
 * file does not match, is ignored and rebuilt: the cache can only save time, never change the
 * output. A line cut short by a crash, or lost to a concurrent rewrite, costs a parse next time.
 */
export class PageCache {
  private loaded: Pack | undefined;
  /** The keys this run asked for or stored: a rewritten pack's entries. */
  private readonly used = new Set<string>();
  /** Entries stored since the pack was read, by key, in order. */
  private readonly added = new Map<string, Entry>();

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
    return this.pack().entries.has(key);
  }

  get(key: string, file: string): PageFacts | undefined {
    this.used.add(key);
    const entry = this.pack().entries.get(key);
    if (!entry) return undefined;
    // The key hashes the path, so the facts' own path is all there is to check it against.
    try {
      const facts = JSON.parse(entry.line.toString('utf8', entry.json)) as Partial<PageFacts>;
      if (facts.file !== file || !Array.isArray(facts.types) || !Array.isArray(facts.enums) || !Array.isArray(facts.diagnostics)) return undefined;
      return facts as PageFacts;
    } catch {
      return undefined;
    }
  }

  /** Stores a page's facts (`json`, their JSON, where the caller has it already) until {@link save}. */
  set(key: string, facts: PageFacts, json = JSON.stringify(facts)): void {
    const head = `${key}\t${JSON.stringify(facts.file)}\t`;
    const entry = { line: Buffer.from(head + json), json: Buffer.byteLength(head) };
    const pack = this.pack();
    // An entry read from the pack and found unsound: its line no longer counts.
    const replaced = pack.entries.get(key);
    if (replaced && !this.added.has(key)) pack.dead += replaced.line.length + 1;
    this.used.add(key);
    pack.entries.set(key, entry);
    this.added.set(key, entry);
  }

  /** Adds the lines stored since the pack was read, or writes it afresh (see the class). */
  async save(): Promise<void> {
    const pack = this.pack();
    const unused = [...pack.entries].filter(([key]) => !this.used.has(key)).reduce((bytes, [, entry]) => bytes + entry.line.length + 1, 0);
    // Lines no run asked for make up over a quarter of the pack: time to write it afresh.
    const crowded = (pack.dead + unused) * 4 > pack.size;
    if (!crowded && this.added.size === 0) return;
    if (!crowded && pack.appendable) {
      const lines = linesOf([...this.added.values()]);
      appendFileSync(this.file, lines);
      pack.size += lines.length;
    } else {
      // Sorted by path: the same pages give the same pack, whatever order they were parsed in.
      const kept = [...pack.entries].filter(([key]) => this.used.has(key)).map(([key, entry]) => ({ key, entry, file: fileOf(entry) }));
      kept.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      const content = Buffer.concat([this.header(), linesOf(kept.map(({ entry }) => entry))]);
      await writeFileAtomically(this.file, content);
      this.loaded = { entries: new Map(kept.map(({ key, entry }) => [key, entry])), size: content.length, dead: 0, appendable: true };
    }
    this.added.clear();
  }

  /** The pack's entries, read on first use; a later line for a key stands over an earlier one. */
  private pack(): Pack {
    if (this.loaded) return this.loaded;
    const pack: Pack = (this.loaded = { entries: new Map(), size: 0, dead: 0, appendable: false });
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      return pack;
    }
    const header = this.header();
    if (!bytes.subarray(0, header.length).equals(header)) return pack;
    pack.size = bytes.length;
    pack.appendable = bytes[bytes.length - 1] === NEWLINE;
    for (let start = header.length; start < bytes.length; ) {
      const next = bytes.indexOf(NEWLINE, start);
      const end = next < 0 ? bytes.length : next;
      const line = bytes.subarray(start, end);
      const entry = entryOf(line);
      // A line that is not an entry, or an entry a later line replaces, no longer counts.
      const gone = entry ? pack.entries.get(entry.key)?.line : line;
      if (gone) pack.dead += gone.length + 1;
      if (entry) pack.entries.set(entry.key, entry.entry);
      start = end + 1;
    }
    return pack;
  }

  /** The pack's first line: its format and the parser that made it. */
  private header(): Buffer {
    return Buffer.from(`${FORMAT}\t${this.fingerprint}\n`);
  }
}

/**
 * A pack line's key and entry, or nothing for a line that is not one. The path is not decoded
 * here: a warm run reads every entry, and the facts hold their path too.
 */
function entryOf(line: Buffer): { key: string; entry: Entry } | undefined {
  const second = line.indexOf(TAB, KEY_LENGTH + 1);
  if (line[KEY_LENGTH] !== TAB || second < 0) return undefined;
  return { key: line.toString('latin1', 0, KEY_LENGTH), entry: { line, json: second + 1 } };
}

/** The path an entry's line names, for sorting a pack written afresh (one cut short sorts first). */
function fileOf(entry: Entry): string {
  try {
    const file: unknown = JSON.parse(entry.line.toString('utf8', KEY_LENGTH + 1, entry.json - 1));
    return typeof file === 'string' ? file : '';
  } catch {
    return '';
  }
}

/** Entries' lines, each ended by a line break, in one buffer. */
function linesOf(entries: readonly Entry[]): Buffer {
  const newline = Buffer.from('\n');
  return Buffer.concat(entries.flatMap((entry) => [entry.line, newline]));
}
