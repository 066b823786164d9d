/** Worker thread: prints and formats the files it is sent and posts their texts back, in order. */
import { parentPort } from 'node:worker_threads';
import type { GeneratedFile } from '../emit/render.js';
import { formatBatch } from './format-source.js';

/**
 * prettier loads its TypeScript parser and printer on the first file it formats. A worker
 * started ahead of need (see startFormatWorker) does that while it would otherwise wait; for
 * the others it only moves that cost before their first file.
 */
const warm = formatBatch([{ path: 'warm-up.ts', content: 'export const warm = 1;\n' }]).catch(() => []);

parentPort?.on('message', async (files: GeneratedFile[]) => {
  await warm;
  parentPort?.postMessage(await formatBatch(files));
});
