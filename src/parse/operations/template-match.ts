/**
 * Whether a concrete request path (an example's) is an instance of a path template: each
 * `{x}` stands for one segment or argument value (`root:/{item-path}:` for a whole sub-path),
 * segments compare case-insensitively as the service compares them.
 */
export function matchesTemplate(template: string, path: string): boolean {
  return templatePattern(template).test(normalise(path));
}

const patterns = new Map<string, RegExp>();

function templatePattern(template: string): RegExp {
  let pattern = patterns.get(template);
  if (!pattern) {
    const source = normalise(template)
      .split(/(\{[^{}]*\})/)
      .map((piece, i, all) => {
        if (!/^\{[^{}]*\}$/.test(piece)) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return (all[i + 1] ?? '').startsWith(':') ? '.+?' : "[^/']+";
      })
      .join('');
    pattern = new RegExp(`^${source}$`, 'i');
    patterns.set(template, pattern);
  }
  return pattern;
}

function normalise(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // A malformed escape is compared as written.
  }
  return decoded.replace(/\/+$/, '').replace(/\s+/g, '');
}
