/** Small pieces of generated JavaScript text. */

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Names an object inherits from `Object.prototype`: reading them off a plain object finds the
 * inherited member, so such properties are read only where they are the object's own.
 */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A JavaScript string literal. */
export function literal(value: string): string {
  return JSON.stringify(value);
}

/** Reads property `name` of object variable `object`: `o.id`, `o["@odata.id"]`, or own-only for prototype names. */
export function propertyRead(object: string, name: string): { text: string; usesOwnValue: boolean } {
  if (PROTOTYPE_NAMES.has(name)) return { text: `ownValue(${object}, ${literal(name)})`, usesOwnValue: true };
  return { text: IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${literal(name)}]`, usesOwnValue: false };
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
