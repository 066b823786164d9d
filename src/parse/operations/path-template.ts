import type { PathFacts, PathParameterFacts, PathTarget } from './operation-facts.js';

/** A parameter before names are made unique, with the literal segment before it. */
interface RawParameter extends PathParameterFacts {
  after?: string;
}

const CAST = /^(?:microsoft\.graph|graph)\.[A-Za-z_][\w.]*$/;
const CALL = /^([A-Za-z_][\w.]*)\((.*)\)(.*)$/;
const PLACEHOLDER = /\{([^{}]*)\}|<([^<>]*)>/g;
const TARGETS: Record<string, PathTarget> = { $value: 'value', $ref: 'ref', $count: 'count' };

/**
 * A path as the docs write it (no base URL, no query string) → its template and parameters.
 * Parameters keep the docs' names (`{id | userPrincipalName}` is `{id}`), except where a name
 * repeats: `/users/{id}/events/{id}` becomes `/users/{user-id}/events/{event-id}`, so that
 * every parameter can be given on its own.
 */
export function readPathTemplate(written: string): PathFacts {
  const raw: RawParameter[] = [];
  const segments: string[] = [];
  let target: PathTarget = 'resource';
  let functionName: string | undefined;
  let cast: string | undefined;
  let lastSegment: string | undefined;
  let previousLiteral: string | undefined;

  const pieces = splitOutside(written.trim(), '/').filter((piece) => piece.trim() !== '');
  pieces.forEach((piece, i) => {
    const segment = piece.trim();
    const isLast = i === pieces.length - 1;
    if (TARGETS[segment] && isLast) {
      target = TARGETS[segment]!;
      segments.push(segment);
      return;
    }
    if (CAST.test(segment)) {
      cast = segment;
      segments.push(segment);
      return;
    }
    const call = CALL.exec(segment);
    if (call?.[1] && !segment.startsWith('{')) {
      functionName = isLast ? call[1] : undefined;
      lastSegment = call[1];
      segments.push(`${call[1]}(${readArguments(call[2] ?? '', raw)})${placeholders(call[3] ?? '', raw, call[1])}`);
      previousLiteral = call[1];
      return;
    }
    const withParameters = placeholders(segment, raw, previousLiteral);
    segments.push(withParameters);
    const literal = segment.replace(PLACEHOLDER, '').replace(/[=:]+$/g, '').trim();
    if (/^[A-Za-z_][\w-]*$/.test(literal)) {
      lastSegment = literal;
      previousLiteral = literal;
    }
  });

  const parameters = uniqueNames(raw);
  let n = 0;
  const template = '/' + segments.join('/').replace(/\{\u0000\}/g, () => `{${parameters[n++]!.name}}`);
  return {
    template,
    written: written.trim(),
    parameters,
    target,
    ...(functionName ? { functionName } : {}),
    ...(cast ? { cast } : {}),
    ...(lastSegment ? { lastSegment } : {}),
  };
}

/** Replaces each `{x}` / `<x>` in a segment with a marker and records the parameter. */
function placeholders(segment: string, raw: RawParameter[], after: string | undefined): string {
  return segment.replace(PLACEHOLDER, (_match, braced: string | undefined, angled: string | undefined) => {
    const written = (braced ?? angled ?? '').trim();
    const accepts = written.split('|').map((name) => name.trim()).filter((name) => name !== '');
    raw.push({
      name: parameterName(accepts[0] ?? 'id'),
      written,
      ...(accepts.length > 1 ? { accepts } : {}),
      in: 'segment',
      ...(after ? { after } : {}),
    });
    return '{\u0000}';
  });
}

/**
 * `startDateTime='{x}',endDateTime='2017-01-10',width=640` → the same argument list with each
 * value a parameter named after its argument, quotes kept: what is written is an example value.
 */
function readArguments(text: string, raw: RawParameter[]): string {
  if (text.trim() === '') return '';
  return splitOutside(text, ',')
    .map((argument) => {
      const equals = argument.indexOf('=');
      const key = equals >= 0 ? argument.slice(0, equals).trim() : undefined;
      const value = (equals >= 0 ? argument.slice(equals + 1) : argument).trim();
      const quoted = /^'.*'$/.test(value);
      const inner = quoted ? value.slice(1, -1) : value;
      const placeholder = /^\{([^{}]*)\}$|^<([^<>]*)>$/.exec(inner.trim());
      const written = (placeholder?.[1] ?? placeholder?.[2] ?? inner).trim();
      const name = parameterName(key ?? written.split('|')[0] ?? 'value');
      raw.push({ name, written, in: 'argument', ...(!quoted && !placeholder && /^-?\d+(\.\d+)?$/.test(inner) ? { numeric: true } : {}) });
      const marker = quoted ? `'{\u0000}'` : '{\u0000}';
      return key ? `${key}=${marker}` : marker;
    })
    .join(',');
}

/** A name fit for a template: the docs' name, with spaces and odd characters as `-`. */
function parameterName(written: string): string {
  const name = written.trim().replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '');
  return name === '' ? 'id' : name;
}

/** Names that repeat take the singular of the segment before them as a prefix; numbers settle the rest. */
function uniqueNames(raw: readonly RawParameter[]): PathParameterFacts[] {
  const counts = new Map<string, number>();
  for (const parameter of raw) counts.set(parameter.name, (counts.get(parameter.name) ?? 0) + 1);
  const taken = new Set<string>();
  return raw.map(({ after, ...parameter }) => {
    let name = parameter.name;
    if ((counts.get(name) ?? 0) > 1 && after) name = `${singular(after)}-${name}`;
    const base = name;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return { ...parameter, name };
  });
}

/** `users` → `user`, `policies` → `policy`, `addresses` → `address`; other words unchanged. */
function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Splits on `separator` outside braces, parentheses, angle brackets and single quotes. */
export function splitOutside(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '{' || ch === '(' || ch === '<') depth++;
    else if (ch === '}' || ch === ')' || ch === '>') depth = Math.max(0, depth - 1);
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
