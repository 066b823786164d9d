import type { FormatCache } from '../cache/format-cache.js';

/** One TypeScript file's ES module and declarations. */
export interface CompiledFile {
  js: string;
  dts: string;
}

/**
 * The compiled form of a formatted file, kept by a hash of its text in the same kind of store
 * prettier's output uses (a folder of its own): an unchanged file is not compiled again. The key
 * must also name the compiler's version, since its output depends on it.
 */
export class CompileCache {
  constructor(
    private readonly store: FormatCache,
    private readonly compilerVersion: string,
  ) {}

  key(source: string): string {
    return this.store.key(`${this.compilerVersion}\0${source}`);
  }

  /** A missing, unreadable or foreign entry is a miss, never an error. */
  async get(key: string): Promise<CompiledFile | undefined> {
    const text = await this.store.get(key);
    if (text === undefined) return undefined;
    try {
      const entry = JSON.parse(text) as Partial<CompiledFile>;
      return typeof entry.js === 'string' && typeof entry.dts === 'string' ? { js: entry.js, dts: entry.dts } : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, compiled: CompiledFile): Promise<void> {
    await this.store.set(key, JSON.stringify(compiled));
  }
}
