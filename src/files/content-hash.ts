import { createHash } from 'node:crypto';

/** The hash the run state, the write stage and the emit memo keep of a file's bytes. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}
