/**
 * Why `name` cannot be the `name` of a new npm package, or undefined where it can. The rules are
 * npm's for new packages (as validate-npm-package-name checks them): at most 214 characters,
 * lower case, URL-safe characters only, not starting with `.` or `_`, optionally under one
 * `@scope/`.
 */
export function npmPackageNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'it is empty';
  if (name.length > 214) return 'it is longer than 214 characters';
  if (name !== name.trim()) return 'it has spaces around it';
  if (name !== name.toLowerCase()) return 'it has capital letters';
  const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
  if (name.startsWith('@') && !scoped) return 'a scoped name is "@scope/name"';
  for (const part of scoped ? [scoped[1]!, scoped[2]!] : [name]) {
    if (part.startsWith('.') || part.startsWith('_')) return 'it starts with "." or "_"';
    if (!/^[a-z0-9~-][a-z0-9._~-]*$/.test(part)) return 'it has characters other than a-z, 0-9, "-", ".", "_" and "~"';
  }
  if (name === 'node_modules' || name === 'favicon.ico') return `"${name}" is reserved`;
  return undefined;
}
