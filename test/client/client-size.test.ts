/**
 * The client runtime stays small: bundled and minified by esbuild as an app would bundle
 * `createGraphClient` alone, it holds at most 6 kB (issue 14; openapi-fetch's figure). It has
 * no import at all: no dependency, and nothing of the validators.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared-corpus.js';

/** Issue 14: the client runtime minified by esbuild, at most 6 kB. */
const CLIENT_BUDGET_BYTES = 6_000;

const runtime = path.join(repoRoot, 'dist', 'templates', 'runtime', 'client.js');

describe('the client runtime', () => {
  it('bundles and minifies to at most 6 kB, importing nothing', async () => {
    const result = await build({ entryPoints: [runtime], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent', metafile: true });
    const bytes = result.outputFiles[0]!.contents.length;
    console.log(`client runtime, esbuild --minify: ${bytes.toLocaleString('en-US')} bytes`);
    expect(bytes).toBeLessThanOrEqual(CLIENT_BUDGET_BYTES);
    expect(Object.keys(result.metafile.inputs)).toEqual([path.relative(process.cwd(), runtime)]);
  });
});
