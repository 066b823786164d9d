import type { Project, StatementStructures } from 'ts-morph';
import type { EmittedFile } from './emit-model.js';

/** Prints statements as one file with ts-morph, under the generated-file header. */
export function render(project: Project, path: string, top: string, statements: (string | StatementStructures)[]): EmittedFile {
  const file = project.createSourceFile(path, { statements }, { overwrite: true });
  const content = top + '\n' + file.getFullText();
  project.removeSourceFile(file);
  return { path, content };
}
