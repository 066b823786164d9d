/** A worker for the pool's tests: answers each number doubled, and dies on a negative one. */
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', (jobs: number[]) => {
  if (jobs.some((job) => job < 0)) throw new Error('a negative job');
  parentPort?.postMessage(jobs.map((job) => job * 2));
});
