/** Worker thread: parses the pages it is sent and posts their facts back. */
import { parentPort } from 'node:worker_threads';
import { parseSafely, type ParseJob } from './parse-safely.js';

parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort?.postMessage(jobs.map((job) => parseSafely(job.file, job.text)));
});
