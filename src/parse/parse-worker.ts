/**
 * Worker thread: parses the pages it is sent and posts their facts back, each as JSON: the page
 * cache stores that text as it is, and the main thread's JSON.parse costs it no more than taking
 * the objects apart from a structured clone would.
 */
import { parentPort } from 'node:worker_threads';
import { parseSafely, type ParseJob } from './parse-safely.js';

parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort?.postMessage(jobs.map((job) => JSON.stringify(parseSafely(job.file, job.text))));
});
