/**
 * `graphdoc check` as a process: an error found before any page is parsed (a page that is not in
 * the docs folders) ends the process at once with exit 2, the parse worker started early ended
 * with it, not left to keep the process alive. Runs the built CLI (needs npm run build).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared-corpus.js';

describe('bin/graphdoc.js check', () => {
  it('exits 2 at once on a page that is not in the docs folders (needs npm run build)', async () => {
    const bin = path.join(repoRoot, 'bin', 'graphdoc.js');
    const docs = path.join(repoRoot, 'fixtures', 'docs');
    const ended = await new Promise<{ code: number | null; killed: boolean; stderr: string }>((done) => {
      const child = execFile(process.execPath, [bin, 'check', '--docs', docs, 'no-such-page.md', '--no-cache'], { timeout: 15_000 }, (error, _stdout, stderr) =>
        done({ code: error ? (error.code as number | null) : 0, killed: child.killed, stderr }),
      );
    });
    expect(ended.killed).toBe(false);
    expect(ended.code).toBe(2);
    expect(ended.stderr.split('\n')[0]).toBe('graphdoc: no-such-page.md is not a page of the docs folders (a *.md file below one, outside includes/)');
  });
});
