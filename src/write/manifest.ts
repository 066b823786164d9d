import { join } from 'node:path';
import { readTextIfExists } from '../files/read-text.js';
import type { SchemaModel } from '../model/schema-model.js';

export const MANIFEST_FILE = 'graphdoc-manifest.json';

/**
 * Written beside the output: which files graphdoc generated (so that it removes or overwrites
 * only those) and the model behind them (for tests and for reports of what changed).
 */
export interface Manifest {
  generator: 'graphdoc';
  version: string;
  files: string[];
  model: Pick<SchemaModel, 'types' | 'enums' | 'operations'>;
}

/** The manifest of an earlier run in `out`, or undefined where there is none or it is not ours. */
export async function readManifest(out: string): Promise<Manifest | undefined> {
  const text = readTextIfExists(join(out, MANIFEST_FILE));
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    if (data.generator !== 'graphdoc' || !Array.isArray(data.files)) return undefined;
    return data as Manifest;
  } catch {
    return undefined;
  }
}
