import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../version.js';

/** graphdoc's code folder (`src` or `dist`) and the package root. */
const CODE = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = join(CODE, '..');

const cached = new Map<string, string>();

/**
 * Identifies the code that turns a page into facts: graphdoc's version and the bytes of the
 * parse stage's own files. A cache entry made by other code is never trusted, even where a
 * development build kept the version number.
 */
export function parserFingerprint(): string {
  return fingerprintOf([join(CODE, 'parse')]);
}

/** Identifies all of graphdoc's code and templates: what turns docs into output. */
export function generatorFingerprint(): string {
  return fingerprintOf([CODE, join(PACKAGE, 'templates')]);
}

function fingerprintOf(folders: readonly string[]): string {
  const id = folders.join('\n');
  const known = cached.get(id);
  if (known) return known;
  const hash = createHash('sha256').update(`graphdoc ${VERSION}\n`);
  for (const folder of folders) {
    for (const file of listFiles(folder)) hash.update(file).update('\0').update(readFileSync(join(folder, file))).update('\0');
  }
  const digest = hash.digest('hex');
  cached.set(id, digest);
  return digest;
}

function listFiles(folder: string, prefix = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(folder, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(folder, relative));
    else if (/\.(ts|js|txt)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(relative);
  }
  return files.sort();
}
