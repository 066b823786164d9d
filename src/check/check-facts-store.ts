import { join } from 'node:path';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import type { CheckFacts } from '../parse/check/check-facts.js';
import type { ParseJob } from '../parse/parse-safely.js';
import { inBatches, parseThreads } from '../parse/parse-threads.js';
import { runOnWorkers } from '../workers/worker-pool.js';

const WORKER = new URL('../parse/check/check-facts-worker.js', import.meta.url);

/**
 * Each page's check facts on disk, under the page's page cache key: that key already hashes
 * the parse stage's code (where the check extractors live), the page's path and its bytes.
 * An entry that does not parse or names another page is read again from the page.
 */
export class CheckFactsStore {
  constructor(private readonly dir: string | undefined) {}

  get(key: string | undefined, file: string): CheckFacts | undefined {
    if (!this.dir || key === undefined) return undefined;
    try {
      const facts = JSON.parse(readTextIfExists(this.pathOf(key)) ?? 'null') as CheckFacts | null;
      return facts?.file === file && Array.isArray(facts.examples) && Array.isArray(facts.links) ? facts : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string | undefined, facts: CheckFacts): void {
    if (this.dir && key !== undefined) writeFileAtomically(this.pathOf(key), JSON.stringify(facts)).catch(() => {});
  }

  private pathOf(key: string): string {
    return join(this.dir!, key.slice(0, 2), `${key}.json`);
  }
}

/** The check facts of pages read from their text: on worker threads where there are many, else here. */
export async function readCheckFactsOf(jobs: readonly ParseJob[], threads: number | undefined): Promise<CheckFacts[]> {
  if (jobs.length === 0) return [];
  // As many threads, and the same batches, as parsing the same pages would take.
  const count = parseThreads(jobs.length, threads);
  if (count <= 1) {
    const { readCheckFactsSafely } = await import('../parse/check/read-check-facts.js');
    return jobs.map((job) => readCheckFactsSafely(job.file, job.text));
  }
  return (await runOnWorkers<ParseJob, CheckFacts>(WORKER, inBatches(jobs), count)).flat();
}
