import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';

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

  get(key: string): string | undefined {
    const raw = readTextIfExists(this.pathOf(key));
    const newline = raw?.indexOf('\n') ?? -1;
    return raw !== undefined && newline > 0 && raw.slice(0, newline) === key ? raw.slice(newline + 1) : undefined;
  }

  async set(key: string, formatted: string): Promise<void> {
    await writeFileAtomically(this.pathOf(key), `${key}\n${formatted}`);
  }

  private pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.ts.txt`);
  }
}
