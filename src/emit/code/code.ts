/**
 * Generated code as values, after Ajv's `lib/compile/codegen/code.ts`: a {@link Name} is checked
 * when it is made, a {@link Code} is code, and the tag {@link _} quotes every plain string it is
 * given, so docs text can only ever reach the output as a string literal. Code also knows which
 * names it uses, so a module can leave out what nothing uses (imports, constants, parameters)
 * by bookkeeping rather than by reading its own text back.
 */

/** An identifier of the generated code; its spelling never changes once made. */
export class Name {
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
    return new Code(text, []);
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

  /** Pieces of code and trusted text, one after the other. */
  static concat(parts: readonly (Code | Name | string)[]): Code {
    let text = '';
    const names: Name[] = [];
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else if (part instanceof Name) {
        text += part.text;
        names.push(part);
      } else {
        text += part.text;
        for (const name of part.nameList) names.push(name);
      }
    }
    return new Code(text, names);
  }
}

/** What `_` accepts between its trusted pieces. */
export type CodeArg = Code | Name | string | number | boolean | null;

/** Code from a template: the template's own text is code; a string argument becomes a string literal. */
export function _(template: TemplateStringsArray, ...args: readonly CodeArg[]): Code {
  const parts: (Code | Name | string)[] = [template[0]!];
  for (let index = 0; index < args.length; index++) parts.push(argument(args[index]!), template[index + 1]!);
  return Code.concat(parts);
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
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

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

/** One reference token of a JSON Pointer (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
