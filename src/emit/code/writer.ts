import { Code, Name, _, joinCode } from './code.js';
import { docComment } from './doc-comment.js';

const INDENT = '  ';
const INDENTS: string[] = [];

/** The indentation of a line `depth` levels in, made once per depth. */
function indentOf(depth: number): string {
  return (INDENTS[depth] ??= INDENT.repeat(depth));
}

/**
 * Writes statements and lays them out as it goes: two spaces per level, one statement a line,
 * so the output needs no formatter. Every line is {@link Code}, so the writer knows each name
 * the statements use (see {@link names}). It keeps each line's text and depth and the names,
 * not the Code itself: a module of hundreds of thousands of lines holds no object per line.
 */
export class CodeWriter {
  private readonly texts: string[] = [];
  private readonly depths: number[] = [];
  private readonly nameList: Name[] = [];
  private depth = 0;

  line(code: Code): this {
    this.texts.push(code.toString());
    this.depths.push(this.depth);
    for (const name of code.nameArray()) this.nameList.push(name);
    return this;
  }

  blank(): this {
    if (this.texts.length > 0 && this.texts[this.texts.length - 1] !== '') {
      this.texts.push('');
      this.depths.push(0);
    }
    return this;
  }

  /** A `/** … *\/` comment of docs text, which can never close early. */
  doc(paragraphs: readonly (string | undefined)[]): this {
    for (const text of docComment(paragraphs)) this.line(Code.trusted(text));
    return this;
  }

  /** `head {`, the body one level in, then `}` (or `tail`). */
  block(head: Code, body: (writer: this) => void, tail: Code = _`}`): this {
    return this.wrap(_`${head} {`, body, tail);
  }

  /** The line `open`, the body one level in, then the line `close`. */
  wrap(open: Code, body: (writer: this) => void, close: Code): this {
    this.line(open);
    this.depth++;
    body(this);
    this.depth--;
    return this.line(close);
  }

  if(condition: Code, then: (writer: this) => void, otherwise?: (writer: this) => void): this {
    if (!otherwise) return this.block(_`if (${condition})`, then);
    this.line(_`if (${condition}) {`);
    this.depth++;
    then(this);
    this.depth--;
    return this.block(_`} else`, otherwise);
  }

  /** `try { … } catch (error) { … }`; without `error`, `catch { … }`. */
  tryCatch(attempt: (writer: this) => void, error: Name | undefined, handler: (writer: this) => void): this {
    this.wrap(_`try {`, attempt, error ? _`} catch (${error}) {` : _`} catch {`);
    this.depth++;
    handler(this);
    this.depth--;
    return this.line(_`}`);
  }

  /** Another writer's lines, at this depth (or `deeper` levels further in). */
  append(other: CodeWriter, deeper = 0): this {
    const offset = this.depth + deeper;
    for (let index = 0; index < other.texts.length; index++) {
      this.texts.push(other.texts[index]!);
      this.depths.push(other.texts[index] === '' ? 0 : other.depths[index]! + offset);
    }
    for (const name of other.nameList) this.nameList.push(name);
    return this;
  }

  isEmpty(): boolean {
    return this.texts.length === 0;
  }

  /** Marks every name the lines use as used in pass `pass` (see `Name.mark`). */
  markNames(pass: number): void {
    for (const name of this.nameList) name.mark = pass;
  }

  /** Every name the lines use. */
  names(into: Set<Name> = new Set()): Set<Name> {
    for (const name of this.nameList) into.add(name);
    return into;
  }

  toString(): string {
    const lines: string[] = new Array(this.texts.length);
    for (let index = 0; index < this.texts.length; index++) {
      const text = this.texts[index]!;
      lines[index] = text === '' ? '' : indentOf(this.depths[index]!) + text;
    }
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  }
}

export interface FunctionShape {
  name: Name;
  parameters: readonly Name[];
  exported?: boolean;
  doc?: readonly (string | undefined)[];
}

/**
 * A function declaration whose parameter list follows from its body: parameters after the
 * last one the body uses are left out, and one before it that the body does not use is
 * written `_name`, by what the body's code mentions, not by reading its text.
 */
export function writeFunction(writer: CodeWriter, shape: FunctionShape, body: (writer: CodeWriter) => void): void {
  const inner = new CodeWriter();
  body(inner);
  const used = inner.names();
  let last = shape.parameters.length - 1;
  while (last >= 0 && !used.has(shape.parameters[last]!)) last--;
  const parameters = shape.parameters.slice(0, last + 1).map((parameter) => (used.has(parameter) ? parameter : new Name(`_${parameter.text}`)));
  if (shape.doc) writer.doc(shape.doc);
  const head = _`${shape.exported ? _`export ` : _``}function ${shape.name}(${joinCode(parameters.map((p) => _`${p}`), _`, `)})`;
  writer.line(_`${head} {`).append(inner, 1).line(_`}`);
}
