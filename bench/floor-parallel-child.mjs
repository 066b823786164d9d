// The floor's work spread over worker threads, one per core, nothing else: remark parsing of
// every page, pages dealt round-robin. What parallel parsing can at best give on this machine,
// before graphdoc reads a single fact. Prints { ms, maxRssMB, threads } as JSON.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { printResult } from './child-process.mjs';

if (isMainThread) {
  const { discoverPages } = await import('../dist/discover/discover.js');
  const pages = await discoverPages([process.argv[2]]);
  const texts = pages.map((page) => readFileSync(`${page.root}/${page.file}`, 'utf8'));
  const threads = availableParallelism();
  const workers = Array.from({ length: threads }, (_, k) => new Worker(new URL(import.meta.url), { workerData: texts.filter((_, i) => i % threads === k) }));
  // Each worker loads remark, then waits for the word to start, so loading is not timed.
  await Promise.all(workers.map((worker) => new Promise((ready) => worker.once('message', ready))));
  const started = performance.now();
  await Promise.all(workers.map((worker) => new Promise((done) => (worker.once('message', done), worker.postMessage('go')))));
  const ms = performance.now() - started;
  await Promise.all(workers.map((worker) => worker.terminate()));
  printResult(ms, { threads });
} else {
  const { parseMarkdown } = await import('../dist/parse/markdown.js');
  parentPort.once('message', () => {
    for (const text of workerData) parseMarkdown(text);
    parentPort.postMessage('done');
  });
  parentPort.postMessage('ready');
}
