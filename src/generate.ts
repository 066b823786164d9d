import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { discoverPages } from './discover/discover.js';
import { emitModel, type EmittedFile } from './emit/emit-model.js';
import { runtimeExportNames } from './emit/templates.js';
import { formatFiles } from './format/format.js';
import { buildModel } from './model/build-model.js';
import type { SchemaModel } from './model/schema-model.js';
import { parsePage } from './parse/page.js';
import type { PageFacts } from './parse/page-facts.js';
import { VERSION } from './version.js';
import { MANIFEST_FILE, type Manifest } from './write/manifest.js';
import { writeOutput, type WriteResult } from './write/write-output.js';

export interface GenerateOptions {
  /** Docs folders to read. */
  docs: readonly string[];
  /** Output folder. */
  out: string;
  /** Called as the run moves through its stages, for progress output. */
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { stage: 'discovered'; pages: number }
  | { stage: 'parsed'; done: number; total: number }
  | { stage: 'modelled'; types: number; enums: number }
  | { stage: 'emitted'; files: number }
  | { stage: 'written'; written: number; unchanged: number; removed: number };

export interface GenerateResult {
  /** Every diagnostic, sorted by file and position; `file` is relative to its docs folder. */
  diagnostics: Diagnostic[];
  /** The docs folder each page came from, to print diagnostics as paths the user can open. */
  roots: Map<string, string>;
  model: SchemaModel;
  write: WriteResult;
  stats: { pages: number; types: number; enums: number; files: number; milliseconds: number };
}

/** The whole pipeline: discover → parse → build model → emit → format → write. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const discovered = await discoverPages(options.docs);
  progress({ stage: 'discovered', pages: discovered.length });

  const pages: PageFacts[] = [];
  const roots = new Map<string, string>();
  for (const page of discovered) {
    roots.set(page.file, page.root);
    pages.push(await parseFile(page.root, page.file));
    if (pages.length % 100 === 0 || pages.length === discovered.length) {
      progress({ stage: 'parsed', done: pages.length, total: discovered.length });
    }
  }

  const model = buildModel(pages, { reservedNames: runtimeExportNames() });
  progress({ stage: 'modelled', types: model.types.length, enums: model.enums.length });
  const files = await formatFiles(emitModel(model));
  progress({ stage: 'emitted', files: files.length });
  const write = await writeOutput(options.out, [...files, manifestFile(files, model)]);
  progress({ stage: 'written', written: write.written.length, unchanged: write.unchanged.length, removed: write.removed.length });

  return {
    diagnostics: model.diagnostics,
    roots,
    model,
    write,
    stats: {
      pages: pages.length,
      types: model.types.length,
      enums: model.enums.length,
      files: files.length,
      milliseconds: Math.round(performance.now() - started),
    },
  };
}

/** Reads and parses one page; a page that cannot be read becomes an error diagnostic, not a failed run. */
async function parseFile(root: string, file: string): Promise<PageFacts> {
  let text: string;
  try {
    text = await readFile(join(root, file), 'utf8');
  } catch (error) {
    return emptyFacts(file, 'page-unreadable', `page could not be read: ${(error as Error).message}`);
  }
  try {
    return parsePage(file, text);
  } catch (error) {
    // A parser bug on one odd page must not cost the user the other pages.
    return emptyFacts(file, 'page-unparseable', `page could not be parsed: ${(error as Error).message}`);
  }
}

function emptyFacts(file: string, code: string, message: string): PageFacts {
  return {
    file,
    kind: 'unknown',
    frontMatter: {},
    namespace: 'microsoft.graph',
    annotations: [],
    types: [],
    enums: [],
    diagnostics: [{ code, severity: 'error', message, source: { file, line: 1, column: 1 } }],
  };
}

function manifestFile(files: readonly EmittedFile[], model: SchemaModel): EmittedFile {
  const manifest: Manifest = {
    generator: 'graphdoc',
    version: VERSION,
    files: files.map((file) => file.path),
    model: { types: model.types, enums: model.enums, operations: model.operations },
  };
  return { path: MANIFEST_FILE, content: JSON.stringify(manifest, null, 1) + '\n' };
}
