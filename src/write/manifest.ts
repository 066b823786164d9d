import { join } from 'node:path';
import { readTextIfExists } from '../files/read-text.js';
import type { ModelSummary } from '../model/compare/model-summary.js';
import { readSummaryLines, summaryLines, type SummaryLines } from './manifest-summary.js';
import { SummaryFormatError } from './shape-text.js';

export const MANIFEST_FILE = 'graphdoc-manifest.json';

/**
 * Written beside the output: which files graphdoc generated (so that it removes or overwrites
 * only those) and the summary of the model behind them, which the next run's change report
 * compares with (`src/model/compare/model-summary.ts`).
 */
export interface Manifest {
  generator: 'graphdoc';
  version: string;
  files: string[];
  /** Undefined where the manifest holds none that can be read: the report then has nothing to compare with. */
  summary?: ModelSummary;
}

/**
 * The manifest's text: one line per file, type, enum and operation, so that a regeneration's
 * diff of it says what changed and nothing else.
 */
export function manifestText(manifest: Required<Manifest>): string {
  const lines = summaryLines(manifest.summary);
  const sections: [string, readonly unknown[]][] = [
    ['files', manifest.files],
    ['types', lines.types],
    ['enums', lines.enums],
    ['operations', lines.operations],
  ];
  const header = [`"generator": ${JSON.stringify(manifest.generator)}`, `"version": ${JSON.stringify(manifest.version)}`];
  const body = sections.map(([key, items]) => (items.length === 0 ? `"${key}": []` : `"${key}": [\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n ]`));
  return `{\n${[...header, ...body].map((entry) => ` ${entry}`).join(',\n')}\n}\n`;
}

/** The manifest of an earlier run in `out`, or undefined where there is none or it is not ours. */
export async function readManifest(out: string): Promise<Manifest | undefined> {
  const text = readTextIfExists(join(out, MANIFEST_FILE));
  return text === undefined ? undefined : parseManifest(text);
}

/** The manifest a text holds, or undefined where it is not one of ours. */
export function parseManifest(text: string): Manifest | undefined {
  let data: Partial<Manifest & SummaryLines & { model: unknown }>;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || data.generator !== 'graphdoc' || !Array.isArray(data.files)) return undefined;
  const manifest: Manifest = { generator: 'graphdoc', version: String(data.version), files: data.files };
  // Read on first use: a run that finds nothing changed never compares, so never reads it.
  let summary: ModelSummary | undefined | null = null;
  Object.defineProperty(manifest, 'summary', { enumerable: true, get: () => (summary === null ? (summary = summaryOf(data)) : summary) });
  return manifest;
}

/** The summary a manifest keeps; that of the whole model an earlier graphdoc kept under `model`; else undefined. */
function summaryOf(data: Partial<SummaryLines & { model: unknown }>): ModelSummary | undefined {
  if (data.types !== undefined || data.enums !== undefined || data.operations !== undefined) return readable(() => readSummaryLines(data as SummaryLines));
  if (data.model !== undefined) return earlierModelSummary(data.model);
  return undefined;
}

/**
 * The summary of a model as graphdoc 0.1 wrote it, whole: read through the lines this version
 * writes, which checks every field a summary needs.
 */
function earlierModelSummary(model: unknown): ModelSummary | undefined {
  let lines: SummaryLines;
  try {
    lines = summaryLines(model as ModelSummary);
  } catch {
    // Not the shape a model had (a field missing or of another type): nothing to compare with.
    return undefined;
  }
  return readable(() => readSummaryLines(lines));
}

/** A hand-edited, truncated or foreign summary leaves the report nothing to compare with. */
function readable(read: () => ModelSummary): ModelSummary | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof SummaryFormatError) return undefined;
    throw error;
  }
}
