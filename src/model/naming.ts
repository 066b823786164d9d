/** `managedDeviceCertificateState` → `ManagedDeviceCertificateState`; characters no identifier may hold are dropped. */
export function pascalCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9_$]+/).filter((word) => word.length > 0);
  const joined = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
  if (joined === '') return 'Unnamed';
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** Lower-cased key for looking names up: the docs are not consistent about case. */
export function nameKey(qualifiedName: string): string {
  return qualifiedName.toLowerCase();
}

/** Hands out identifiers that are unique case-insensitively (so file names never clash either). */
export const ENUM_VALUES_SUFFIX = 'Values';

export class IdentifierPool {
  private readonly taken = new Set<string>();

  /**
   * The first of `candidates` that is free, else the last one with the smallest free number
   * appended. With `companions`, the name is free only if each `<name><companion>` is free too,
   * and those are claimed with it (an enum's `<Name>Values` constant).
   */
  claim(candidates: readonly string[], companions: readonly string[] = []): string {
    for (const candidate of candidates) {
      if (this.tryClaim(candidate, companions)) return candidate;
    }
    const last = candidates[candidates.length - 1] ?? 'Unnamed';
    for (let n = 2; ; n++) {
      if (this.tryClaim(`${last}${n}`, companions)) return `${last}${n}`;
    }
  }

  private tryClaim(name: string, companions: readonly string[]): boolean {
    const keys = [name, ...companions.map((suffix) => `${name}${suffix}`)].map((n) => n.toLowerCase());
    if (keys.some((key) => this.taken.has(key))) return false;
    for (const key of keys) this.taken.add(key);
    return true;
  }
}
