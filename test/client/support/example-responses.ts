/**
 * The docs' own example responses, as the test server answers with them: the status of the
 * example's `HTTP/1.1 201 Created` line and its JSON body, read from the page by the tests'
 * own example reader (`test/validators/support/docs-examples.ts`), not by graphdoc's parser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { examplesOfPage } from '../../validators/support/docs-examples.js';
import type { Answer } from './docs-server.js';

/** The `index`th example response of `file` (`api/user-get.md`) under `docsDir` that has a JSON body. */
export function exampleResponse(docsDir: string, file: string, index = 0): Answer & { body: Record<string, unknown> } {
  const markdown = readFileSync(path.join(docsDir, file), 'utf8');
  const responses = examplesOfPage(file, markdown).filter((example) => example.blockType === 'response' && example.body !== undefined);
  const example = responses[index];
  if (!example) throw new Error(`${file} has no example response ${index} with a JSON body`);
  // The status line follows the annotation: `HTTP/1.1 201 Created`.
  const status = /HTTP\/[\d.]+\s+(\d{3})/.exec(markdown.split('\n').slice(example.line).join('\n'))?.[1];
  return { status: status ? Number(status) : 200, body: example.body as Record<string, unknown> };
}
