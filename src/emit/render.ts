/** A generated file: its path relative to the output folder (`/`-separated) and its text, as written. */
export interface EmittedFile {
  path: string;
  content: string;
}
