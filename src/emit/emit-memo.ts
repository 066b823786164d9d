import { createHash } from 'node:crypto';
import { contentHash } from '../files/content-hash.js';
import type { EmittedFile } from './render.js';
import type { TypeHierarchy } from './type-hierarchy.js';

/**
 * What an earlier run made of the modules made from one type or enum each (`validators/X.js`).
 * Making one reads a handful of the model's types and enums through `TypeHierarchy`, and
 * emitting is deterministic, so a module whose every lookup answers as it did then is the same
 * text. The memo keeps only the lookups and the text's hash: an unchanged module is not made at
 * all, and the write stage finds the file in the output as the last run left it (by its stamp
 * and hash). Where it does not, the module is made after all. `src/cache/emit-memo.ts` keeps it.
 */
export interface EmitMemo {
  /** The hash of the text `path` was made into, where `keyOf` over the lookups its making recorded gives the recorded key. */
  reuse(path: string, keyOf: (reads: readonly string[]) => string): string | undefined;
  /** What making `path` looked up, the key over the answers, and the hash of the text. */
  note(path: string, reads: readonly string[], key: string, hash: string): void;
}

/** A file's hash: the one it was made with where its text was not made, else its text's. */
export function fileHash(file: EmittedFile): string {
  return file.hash ?? contentHash(file.content);
}

/**
 * What each lookup answers in this model, as a short string: `t:<name>` and `e:<name>` the hash
 * of the type or enum found, or `-` where there is none.
 */
export class ModelAnswers {
  private readonly answers = new Map<string, string>();

  constructor(private readonly hierarchy: TypeHierarchy) {}

  answer(read: string): string {
    let answer = this.answers.get(read);
    if (answer === undefined) {
      const name = read.slice(2);
      // Not inside recordReads, so answering records nothing.
      const item = read.startsWith('t:') ? this.hierarchy.type(name) : read.startsWith('e:') ? this.hierarchy.enum(name) : undefined;
      answer = item ? createHash('sha1').update(JSON.stringify(item)).digest('base64') : '-';
      this.answers.set(read, answer);
    }
    return answer;
  }

  /** The key of a module: its path and every lookup with its answer, in a fixed order. */
  key(path: string, reads: Iterable<string>): string {
    const hash = createHash('sha1').update(path);
    for (const read of [...reads].sort()) hash.update('\0').update(read).update('\0').update(this.answer(read));
    return hash.digest('base64');
  }
}

/**
 * The file `path`, made by `make` with its lookups recorded (`subject` is the lookup of its own
 * type or enum); or, where the memo knows a text made from lookups that answer as now, a file
 * that knows its hash and makes its text only if asked.
 */
export function memoisedFile(path: string, subject: string, hierarchy: TypeHierarchy, memo: { memo: EmitMemo; answers: ModelAnswers } | undefined, make: () => string): EmittedFile {
  const known = memo?.memo.reuse(path, (reads) => memo.answers.key(path, reads));
  if (known !== undefined) return madeIfAsked(path, known, () => hierarchy.recordReads(new Set([subject]), make));
  const reads = new Set([subject]);
  const content = hierarchy.recordReads(reads, make);
  memo?.memo.note(path, [...reads], memo.answers.key(path, reads), contentHash(content));
  return { path, content };
}

/**
 * A file made from inputs that `key` hashes whole, with no lookups to record (`operations.js`
 * from the operations and the types' names): where the memo knows a text made under the same
 * key, a file that knows its hash and makes its text only if asked.
 */
export function memoisedWholeFile(path: string, key: string | undefined, memo: EmitMemo | undefined, make: () => string): EmittedFile {
  const known = memo && key !== undefined ? memo.reuse(path, () => key) : undefined;
  if (known !== undefined) return madeIfAsked(path, known, make);
  const content = make();
  if (memo && key !== undefined) memo.note(path, [], key, contentHash(content));
  return { path, content };
}

/** A file the memo knows by its hash: its text is made only if something asks for it. */
function madeIfAsked(path: string, hash: string, make: () => string): EmittedFile {
  let text: string | undefined;
  return {
    path,
    hash,
    get content(): string {
      return (text ??= make());
    },
  };
}
