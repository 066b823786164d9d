/** Worker thread: prints and formats the files it is sent and posts their texts back, in order. */
import { parentPort } from 'node:worker_threads';
import type { GeneratedFile } from '../emit/render.js';
import { formatBatch } from './format-source.js';

parentPort?.on('message', async (files: GeneratedFile[]) => parentPort?.postMessage(await formatBatch(files)));
