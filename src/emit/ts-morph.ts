import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/**
 * ts-morph, loaded with `require`. It is a CommonJS package: imported from an ES module, Node
 * first scans its code, and the packages it re-exports (13 MB with TypeScript), for export
 * names, which made loading it about 0.15 s slower, and much more in a worker beside a busy
 * main thread. Only printing and `--emit js` load it.
 */
export const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;
