/** Worker thread: prints and formats the files it is sent and posts their texts back, in order. */
import { parentPort } from 'node:worker_threads';
import type { GeneratedFile } from '../emit/render.js';
import { formatGenerated } from './format-source.js';

parentPort?.on('message', async (files: GeneratedFile[]) => {
  const texts: string[] = [];
  for (const file of files) texts.push(await formatGenerated(file));
  parentPort?.postMessage(texts);
});
