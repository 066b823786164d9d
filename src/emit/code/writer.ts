import { Code, Name, _, joinCode } from './code.js';
import { docComment } from './doc-comment.js';

/** One line of output: how deep it is indented and its code. */
interface Line {
  depth: number;
  code: Code;
}

const INDENT = '  ';

/**
 * Writes statements and lays them out as it goes: two spaces per level, one statement a line,
 * so the output needs no formatter. Every line is {@link Code}, so the writer knows each name
 * the statements use (see {@link names}).
 */
export class CodeWriter {
  private readonly lines: Line[] = [];
  private depth = 0;

  line(code: Code): this {
    this.lines.push({ depth: this.depth, code });
    return this;
  }

  blank(): this {
    if (this.lines.length > 0 && !this.lines[this.lines.length - 1]!.code.isEmpty()) this.lines.push({ depth: 0, code: Code.trusted('') });
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
    for (const line of other.lines) this.lines.push({ depth: this.depth + deeper + line.depth, code: line.code });
    return this;
  }

  isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /** Every name the lines use. */
  names(into: Set<Name> = new Set()): Set<Name> {
    for (const line of this.lines) line.code.names(into);
    return into;
  }

  toString(): string {
    let text = '';
    for (const line of this.lines) {
      const code = line.code.toString();
      text += code === '' ? '\n' : `${INDENT.repeat(line.depth)}${code}\n`;
    }
    return text;
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
