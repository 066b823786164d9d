/** Worker thread: formats the files it is sent and posts their texts back, in order. */
import { parentPort } from 'node:worker_threads';
import type { EmittedFile } from '../emit/emit-model.js';
import { formatSource } from './format-source.js';

parentPort?.on('message', async (files: EmittedFile[]) => {
  const texts: string[] = [];
  for (const file of files) texts.push(await formatSource(file.content, file.path));
  parentPort?.postMessage(texts);
});
