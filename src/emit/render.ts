/** A generated file: its path relative to the output folder (`/`-separated) and its text, as written. */
export interface EmittedFile {
  path: string;
  /** The text. A file the emit memo knows is made only when this is read (see `emit-memo.ts`). */
  readonly content: string;
  /** The hash of the text, where the file knows it without the text: the emit memo's files. */
  hash?: string;
}
