import { afterEach, beforeEach, vi } from 'vitest';

/** What the code under test wrote to stdout and stderr in the current test; a test may clear either. */
export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

/**
 * Captures stdout and stderr (instead of printing them) for each test of the file or `describe`
 * block that calls it, starting empty for every test.
 */
export function captureOutput(): CapturedOutput {
  const output: CapturedOutput = { stdout: '', stderr: '' };
  beforeEach(() => {
    output.stdout = '';
    output.stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stdout += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((output.stderr += String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());
  return output;
}
