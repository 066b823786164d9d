import { createHash } from 'node:crypto';
import type { StatementStructures } from 'ts-morph';
import type { EnumType, SchemaModel, StructuredType } from '../model/schema-model.js';
import { render, type EmittedFile, type GeneratedFile } from './render.js';

/**
 * Finished files from an earlier run, for the files made from one type or enum each
 * (`models/X.ts`, `validators/X.ts`). Emitting such a file reads a handful of the model's
 * types and enums (through `TypeHierarchy` or `tsNameOf`), and emitting is deterministic, so a
 * file whose every lookup gives the same answer as last time is the same file: its text can be
 * taken from the cache without building its statements. `src/cache/emit-memo.ts` keeps them.
 */
export interface EmitMemo {
  /** The finished text of `path`, where `keyOf` over the lookups its making recorded gives the recorded key. */
  reuse(path: string, keyOf: (reads: readonly string[]) => string): string | undefined;
  /** What emitting `path` looked up, and the key over the answers. */
  note(path: string, reads: readonly string[], key: string): void;
}

/** A file taken finished from the memo: the format stage passes it through. */
export interface FinishedFile extends EmittedFile {
  finished: true;
}

/**
 * What each lookup answers in this model, as a short string: `t:<name>` and `e:<name>` the hash
 * of the type or enum found (or `-`), `n:<name>` the TypeScript name `tsNameOf` gives,
 * `o:operations` the hash of every operation.
 */
export class ModelAnswers {
  private readonly types = new Map<string, StructuredType>();
  private readonly enums = new Map<string, EnumType>();
  private readonly answers = new Map<string, string>();

  private readonly operations: readonly unknown[] | undefined;

  constructor(
    model: Pick<SchemaModel, 'types' | 'enums'> & Partial<Pick<SchemaModel, 'operations'>>,
    private readonly tsNameOf: (qualifiedName: string) => string,
  ) {
    // Later entries win, as in TypeHierarchy.
    for (const type of model.types) this.types.set(type.qualifiedName, type);
    for (const item of model.enums) this.enums.set(item.qualifiedName, item);
    this.operations = model.operations;
  }

  answer(read: string): string {
    let answer = this.answers.get(read);
    if (answer === undefined) {
      const name = read.slice(2);
      const kind = read.slice(0, 2);
      const item = kind === 't:' ? this.types.get(name) : kind === 'e:' ? this.enums.get(name) : undefined;
      const operations = read === 'o:operations' ? this.operations : undefined;
      answer = kind === 'n:' ? this.tsNameOf(name) : item || operations ? createHash('sha1').update(JSON.stringify(item ?? operations)).digest('base64') : '-';
      this.answers.set(read, answer);
    }
    return answer;
  }

  /** The key of a file: its path and every lookup with its answer, in a fixed order. */
  key(path: string, reads: Iterable<string>): string {
    const hash = createHash('sha1').update(path);
    for (const read of [...reads].sort()) hash.update('\0').update(read).update('\0').update(this.answer(read));
    return hash.digest('base64');
  }
}

/**
 * Makes the files the memo serves (one per type or enum, and the two made from the operations):
 * each from the memo where its lookups answer as before, else emitted with its lookups
 * recorded. A path two items would both write is never memoised.
 */
export class ItemFiles {
  private readonly repeated = new Set<string>();

  constructor(
    private readonly answers: ModelAnswers,
    private readonly memo: EmitMemo | undefined,
    paths: readonly string[],
  ) {
    const seen = new Set<string>();
    for (const path of paths) (seen.has(path) ? this.repeated : seen).add(path);
  }

  /**
   * `subject` is the lookup naming the file's own item (`t:<name>`, `e:<name>`); `emit` builds
   * its statements, adding every lookup it makes to the set it is given.
   */
  file(path: string, header: string, subject: string, emit: (reads: Set<string>) => (string | StatementStructures)[], blankLineBetween = false): GeneratedFile {
    const memo = this.repeated.has(path) ? undefined : this.memo;
    const finished = memo?.reuse(path, (reads) => this.answers.key(path, reads));
    if (finished !== undefined) {
      const file: FinishedFile = { path, content: finished, finished: true };
      return file;
    }
    const reads = new Set([subject]);
    const statements = emit(reads);
    memo?.note(path, [...reads], this.answers.key(path, reads));
    return render(path, header, statements, blankLineBetween);
  }
}

export function isFinished(file: GeneratedFile): file is FinishedFile {
  return 'finished' in file && file.finished === true;
}
