/** Small pieces of generated JavaScript text. */

/**
 * Names an object inherits from `Object.prototype`: reading them off a plain object finds the
 * inherited member, so such properties are read only where they are the object's own.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A JavaScript string literal. */
export function literal(value: string): string {
  return JSON.stringify(value);
}

/**
 * Reads property `name` of object variable `object`: `o["id"]`, or own-only for prototype names.
 * Always with brackets: the object is a `Record<string, unknown>`, and a consumer compiling the
 * generated sources with `noPropertyAccessFromIndexSignature` rejects `o.id` on one.
 */
export function propertyRead(object: string, name: string): { text: string; usesOwnValue: boolean } {
  if (PROTOTYPE_NAMES.has(name)) return { text: `ownValue(${object}, ${literal(name)})`, usesOwnValue: true };
  return { text: `${object}[${literal(name)}]`, usesOwnValue: false };
}

/** Double- or single-quoted string literals and line comments: text that mentions no variable. */
const NOT_CODE = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\/\/[^\n]*/g;

/**
 * A function's parameter list, `(a: A, _b: B)`, with each parameter the body never mentions
 * named with a leading underscore: a consumer compiling the generated sources with
 * `noUnusedParameters` accepts those.
 */
export function parameterList(parameters: readonly (readonly [name: string, type: string])[], body: string): string {
  const words = wordsOf(body);
  return `(${parameters.map(([name, type]) => `${unusedPrefix(name, words)}${name}: ${type}`).join(', ')})`;
}

/**
 * The words (longest runs of `[\w$]`) of `body` outside strings and comments: a variable is
 * mentioned where it is one of them. Read once per function, then asked once per parameter.
 */
export function wordsOf(body: string): ReadonlySet<string> {
  return new Set(body.replace(NOT_CODE, '""').match(/[\w$]+/g));
}

/** `_` where variable `name` is not among a body's `words` (see {@link wordsOf}), else nothing. */
export function unusedPrefix(name: string, words: ReadonlySet<string>): string {
  return words.has(name) ? '' : '_';
}

/** One JSON Pointer reference token (RFC 6901). */
export function pointerToken(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The expression for the path of property `name` below the path variable `path`. */
export function childPath(path: string, name: string): string {
  return `${path} + ${literal(`/${pointerToken(name)}`)}`;
}

/** The expression for the path of element `index` of property `name` below the path variable `path`. */
export function indexPath(path: string, name: string, index: string): string {
  return `${path} + ${literal(`/${pointerToken(name)}/`)} + ${index}`;
}
