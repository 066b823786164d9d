/** Worker thread: reads the check facts of the pages it is sent and posts them back. */
import { parentPort } from 'node:worker_threads';
import type { ParseJob } from '../parse-safely.js';
import { readCheckFactsSafely } from './read-check-facts.js';

parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort?.postMessage(jobs.map((job) => readCheckFactsSafely(job.file, job.text)));
});
