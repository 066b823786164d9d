/**
 * Generated code as values, after Ajv's `lib/compile/codegen/code.ts`: a {@link Name} is checked
 * when it is made, a {@link Code} is code, and the tag {@link _} quotes every plain string it is
 * given, so docs text can only ever reach the output as a string literal. Code also knows which
 * names it uses, so a module can leave out what nothing uses (imports, constants, parameters)
 * by bookkeeping rather than by reading its own text back.
 */

/** An identifier of the generated code; its spelling never changes once made. */
export class Name {
  /**
   * The last pass that found this name used (see {@link markPass}): a module marks the names
   * its code uses, then writes the imports and constants whose names were marked. A mark, not
   * a set, since a large module mentions its names hundreds of thousands of times.
   */
  mark = 0;

  constructor(readonly text: string) {
    if (!IDENTIFIER.test(text) || RESERVED_WORDS.has(text)) throw new Error(`not an identifier the generated code may use: ${JSON.stringify(text)}`);
  }

  toString(): string {
    return this.text;
  }
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Words an identifier may not be in JavaScript or TypeScript declarations. */
const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof ' +
    'new null return super switch this throw true try typeof var void while with implements interface let package private protected public static yield ' +
    'await arguments eval undefined NaN Infinity'
  ).split(' '),
);

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text) && !RESERVED_WORDS.has(text);
}

/**
 * A piece of generated code: its text, and the names in it. The text is made when the code is
 * (a Name's spelling never changes), so code built from code is built once, not again at every
 * level it is nested in.
 */
export class Code {
  private constructor(
    private readonly text: string,
    private readonly nameList: readonly Name[],
  ) {}

  /** Text that is code as it stands. Only this module and the writer make Code from text. */
  static trusted(text: string): Code {
    return new Code(text, NO_NAMES);
  }

  toString(): string {
    return this.text;
  }

  isEmpty(): boolean {
    return this.text === '';
  }

  /** Every name this code mentions. */
  names(into: Set<Name> = new Set()): Set<Name> {
    for (const name of this.nameList) into.add(name);
    return into;
  }

  /** Marks every name this code mentions as used in pass `pass`. */
  markNames(pass: number): void {
    for (const name of this.nameList) name.mark = pass;
  }

  /** Pieces of code and trusted text, one after the other. */
  static concat(parts: readonly (Code | Name | string)[]): Code {
    const joined = new Joined();
    for (const part of parts) joined.add(part);
    return joined.code();
  }

  /** Code joined from pieces, for this module's builders. */
  static joined(text: string, names: readonly Name[]): Code {
    return new Code(text, names);
  }

  /** The names this code mentions, for this module's builders: shared, never changed. */
  nameArray(): readonly Name[] {
    return this.nameList;
  }
}

const NO_NAMES: readonly Name[] = [];

/**
 * Pieces of code and trusted text being joined: the text as it grows, and the names, kept in
 * the one piece's own array where only one piece has any (most code is a line or two around
 * a few names), so building code allocates little.
 */
class Joined {
  private text = '';
  private names: readonly Name[] = NO_NAMES;
  private own = false;

  add(part: Code | Name | string): void {
    if (typeof part === 'string') {
      this.text += part;
      return;
    }
    if (part instanceof Name) {
      this.text += part.text;
      this.push([part]);
      return;
    }
    this.text += part.toString();
    this.push(part.nameArray());
  }

  code(): Code {
    return Code.joined(this.text, this.names);
  }

  private push(names: readonly Name[]): void {
    if (names.length === 0) return;
    if (this.names.length === 0) {
      this.names = names;
      return;
    }
    if (!this.own) {
      this.names = [...this.names];
      this.own = true;
    }
    for (const name of names) (this.names as Name[]).push(name);
  }
}

let passes = 0;

/** A new pass for {@link Name.mark}: no name is marked in it yet. */
export function markPass(): number {
  return ++passes;
}

/** What `_` accepts between its trusted pieces. */
export type CodeArg = Code | Name | string | number | boolean | null;

/** Code from a template: the template's own text is code; a string argument becomes a string literal. */
export function _(template: TemplateStringsArray, ...args: readonly CodeArg[]): Code {
  const joined = new Joined();
  joined.add(template[0]!);
  for (let index = 0; index < args.length; index++) {
    joined.add(argument(args[index]!));
    joined.add(template[index + 1]!);
  }
  return joined.code();
}

/** An argument of `_` as code: Code and Names as they are, anything else as a literal. */
function argument(arg: CodeArg): Code | Name | string {
  if (arg instanceof Code || arg instanceof Name) return arg;
  if (typeof arg === 'string') return safeStringify(arg);
  if (typeof arg === 'number') return numberLiteral(arg);
  return String(arg);
}

/** A finite number as a literal; anything else is a bug in the emitter. */
function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a number literal: ${value}`);
  return Object.is(value, -0) ? '0' : String(value);
}

/**
 * JSON text that is also safe inside JavaScript source: JSON allows U+2028 and U+2029 in
 * strings, which older JavaScript parsers took for line ends.
 */
export function safeStringify(value: unknown): string {
  const json = JSON.stringify(value);
  return LINE_SEPARATORS.test(json) ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}

const LINE_SEPARATORS = /[\u2028\u2029]/;

/** A JSON value as a JavaScript literal (see {@link safeStringify}). */
export function jsonLiteral(value: unknown): Code {
  return Code.trusted(safeStringify(value));
}

/** Codes joined by a separator (itself code): `a || b || c`. */
export function joinCode(codes: readonly Code[], separator: Code): Code {
  const parts: Code[] = [];
  codes.forEach((code, index) => {
    if (index > 0) parts.push(separator);
    parts.push(code);
  });
  return Code.concat(parts);
}

/** Reads property `key` of `object`: always `object["key"]`, for any key the docs give. */
export function property(object: Code | Name, key: string): Code {
  return _`${object}[${key}]`;
}

/** A property key in an object type or literal: bare where it is an identifier, quoted otherwise. */
export function propertyKey(key: string): Code {
  return IDENTIFIER.test(key) ? Code.trusted(key) : _`${key}`;
}

export { pointerToken } from '../../files/json-pointer.js';
