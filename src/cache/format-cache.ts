import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from './cache-file.js';

/**
 * Prettier's output by a hash of its input and the generator's fingerprint: a file whose
 * unformatted text did not change is not formatted again. A missing or unreadable entry is a
 * miss, never an error.
 */
export class FormatCache {
  constructor(
    private readonly dir: string,
    private readonly fingerprint: string,
  ) {}

  key(unformatted: string): string {
    return createHash('sha256').update(this.fingerprint).update('\0').update(unformatted).digest('hex');
  }

  async get(key: string): Promise<string | undefined> {
    try {
      const raw = await readFile(this.pathOf(key), 'utf8');
      const newline = raw.indexOf('\n');
      return newline > 0 && raw.slice(0, newline) === key ? raw.slice(newline + 1) : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, formatted: string): Promise<void> {
    await writeFileAtomically(this.pathOf(key), `${key}\n${formatted}`);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.ts.txt`);
  }
}
