import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import type { PageFacts } from '../parse/page-facts.js';

/**
 * Each page's facts on disk, keyed by a hash of the parser's fingerprint, the page's path and
 * its bytes. An entry that does not parse, or whose stored key or file does not match, is
 * ignored and rebuilt: the cache can only save time, never change the output.
 */
export class PageCache {
  constructor(
    private readonly dir: string,
    /** The parser fingerprint every key hashes. */
    readonly fingerprint: string,
  ) {}

  key(file: string, text: string): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(file).update('\0').update(text).digest('hex');
  }

  /** Whether there is an entry under `key`; not whether it is sound (see {@link get}). */
  has(key: string): boolean {
    return existsSync(this.pathOf(key));
  }

  async get(key: string, file: string): Promise<PageFacts | undefined> {
    const raw = readTextIfExists(this.pathOf(key));
    if (raw === undefined) return undefined;
    try {
      const entry = JSON.parse(raw) as { key?: unknown; facts?: Partial<PageFacts> };
      const facts = entry.facts;
      if (entry.key !== key || !facts || facts.file !== file || !Array.isArray(facts.types) || !Array.isArray(facts.enums) || !Array.isArray(facts.diagnostics)) {
        return undefined;
      }
      return facts as PageFacts;
    } catch {
      return undefined;
    }
  }

  async set(key: string, facts: PageFacts): Promise<void> {
    await writeFileAtomically(this.pathOf(key), JSON.stringify({ key, facts }));
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
