import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { EmitMemoFile } from './cache/emit-memo.js';
import { generatorFingerprint, parserFingerprint } from './cache/fingerprint.js';
import { pageCacheFor, type PageCache } from './cache/page-cache.js';
import { countsOf, outputIntact, readRunState, stampOf, writeRunState, type ModelCounts, type PageStamp, type RunState } from './cache/run-state.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { discoverPages, type DiscoveredPage } from './discover/discover.js';
import { fileHash } from './emit/emit-memo.js';
import type { EmittedFile } from './emit/emit-model.js';
import { readTextOrError } from './files/read-text.js';
import { reservedOutputNames } from './emit/reserved-names.js';
import { buildModel } from './model/build-model.js';
import { compareModels, type ModelChanges, type ModelSummary } from './model/compare-models.js';
import type { SchemaModel } from './model/schema-model.js';
import { packageOptions, packageOutput, packageSettings, type EmitMode } from './package/package-output.js';
import { withEarlyParseWorker, type ParseWorker } from './parse/parse-pool.js';
import { parseWithCache, type PageInput } from './parse/parse-with-cache.js';
import { VERSION } from './version.js';
import { MANIFEST_FILE, manifestText, readManifest, type Manifest } from './write/manifest.js';
import { staleFiles, writeOutput, type WriteResult } from './write/write-output.js';

/** The emit memo, in the cache folder (see `src/emit/emit-memo.ts`). */
const EMIT_MEMO_FILE = 'emitted.json';

/** Where caches live unless told otherwise, as babel and eslint keep theirs. */
export const DEFAULT_CACHE_DIR = join('node_modules', '.cache', 'graphdoc');

/** The cache folder a run's `cacheDir` option names, resolved; none for `false`. */
export function cacheFolder(option: string | false | undefined): string | undefined {
  return option === false ? undefined : resolve(option ?? DEFAULT_CACHE_DIR);
}

export interface GenerateOptions {
  /** Docs folders to read. */
  docs: readonly string[];
  /** Output folder. */
  out: string;
  /** Called as the run moves through its stages, for progress output. */
  onProgress?: (event: ProgressEvent) => void;
  /** Worker threads for parsing; default: the machine's available parallelism. */
  threads?: number;
  /** Cache folder for parsed pages and the last run's state, or false for none. Default: DEFAULT_CACHE_DIR. */
  cacheDir?: string | false;
  /** Write nothing; report the output files that are stale or missing. */
  check?: boolean;
  /** `ts` (default): the types and the index as TypeScript; `js`: as ES modules with `.d.ts` declarations. The code is JavaScript with declarations in both. */
  emit?: EmitMode;
  /** Also write a `package.json` with this npm package name. */
  packageName?: string;
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
  /**
   * The model this run built. Undefined where nothing changed since the last run into `out`
   * (`stats.unchanged`): that run built none, and its output holds only the model's summary.
   */
  model?: SchemaModel;
  write: WriteResult;
  /** With `check`: the output files that are stale, missing, or would be removed. */
  stale?: string[];
  /** What changed since the model behind the earlier output; undefined where there is none, or its manifest keeps no summary that can be read. */
  changes?: ModelChanges;
  stats: {
    pages: number;
    types: number;
    enums: number;
    operations: number;
    files: number;
    /** Pages whose facts came from the cache. */
    cachedPages: number;
    /** Nothing in the docs or in graphdoc changed since the output was written, and it is intact. */
    unchanged: boolean;
    milliseconds: number;
  };
}

/** The whole pipeline: discover → parse → build model → emit → package → write. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  // A parse worker loads remark on another core while this thread reads the pages and the
  // caches; a run with nothing to parse ends it unused.
  return withEarlyParseWorker(options.threads, (parseWorker) => generateWith(options, parseWorker));
}

async function generateWith(options: GenerateOptions, parseWorker: ParseWorker | undefined): Promise<GenerateResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const packaging = packageOptions(options.emit, options.packageName);
  const discovered = await discoverPages(options.docs);
  if (discovered.length === 0) throw new Error(`no pages in ${options.docs.join(', ')}: graphdoc reads every *.md below the docs folders (includes/ and hidden folders aside)`);
  progress({ stage: 'discovered', pages: discovered.length });
  const roots = new Map(discovered.map((page) => [page.file, page.root]));
  const cacheDir = cacheFolder(options.cacheDir);
  const pageCache = cacheDir ? pageCacheFor(cacheDir, options.docs) : undefined;
  const state = cacheDir ? await readRunState(cacheDir, options.out) : undefined;
  // Each page's cache key hashes its path and bytes, and the run's inputs are made of those keys.
  // A page whose size and modification time are as the last run found them keeps the key it had
  // then, unread (as make takes its files); the others are read and hashed. Without a cache
  // every page is read, and there is no fast path to take.
  const pages = pageCache ? readPagesWithStamps(discovered, pageCache, state) : readPages(discovered);
  const inputs = pageCache ? inputsFingerprint(discovered, pages, packageSettings(packaging)) : undefined;

  // Nothing changed since the last run into this folder, and its output is intact: done.
  const previous = await readManifest(options.out);
  if (previous && state && state.inputs === inputs && (await outputIntact(options.out, state))) {
    const unchanged = Object.keys(state.hashes);
    progress({ stage: 'written', written: 0, unchanged: unchanged.length, removed: 0 });
    return result({ counts: state.counts, diagnostics: state.diagnostics }, roots, { written: [], unchanged, removed: [] }, options.check ? [] : undefined, {
      pages: discovered.length,
      files: unchanged.length,
      cachedPages: discovered.length,
      unchanged: true,
      started,
      previous,
    });
  }

  const { pages: facts, cachedPages } = await parseWithCache(discovered, pages, {
    ...(pageCache ? { cache: pageCache } : {}),
    threads: options.threads,
    ...(parseWorker ? { started: parseWorker } : {}),
    onParsed: (done, total) => progress({ stage: 'parsed', done, total }),
  });
  // The emitters are loaded only by runs that emit.
  const { emitOutput } = await import('./emit/emit-model.js');
  const model = buildModel(facts, { reservedNames: reservedOutputNames() });
  progress({ stage: 'modelled', types: model.types.length, enums: model.enums.length });
  // Under --check every file is compared whole, so the memo would only add its lookups.
  const memo = cacheDir && !options.check ? new EmitMemoFile(join(cacheDir, EMIT_MEMO_FILE), generatorFingerprint()) : undefined;
  const files = packageOutput(emitOutput(model, packaging.emit, memo), packaging);
  await memo?.save().catch(() => {});
  progress({ stage: 'emitted', files: files.length });
  const all = [...files, manifestFile(files, model)];

  if (options.check) {
    const stale = await staleFiles(options.out, all, previous);
    return result(model, roots, { written: [], unchanged: [], removed: [] }, stale, { pages: facts.length, files: all.length, cachedPages, unchanged: false, started, previous });
  }
  const hashes = Object.fromEntries(all.map((file) => [file.path, fileHash(file)]));
  const write = await writeOutput(options.out, all, previous, state ? { written: state, hashes } : undefined);
  if (cacheDir && inputs) {
    const stamps = Object.fromEntries(all.flatMap((file) => {
      const stamp = stampOf(join(options.out, file.path));
      return stamp ? [[file.path, stamp]] : [];
    }));
    await writeRunState(cacheDir, options.out, { inputs, hashes, stamps, pages: pageStamps(discovered, pages), parser: parserFingerprint(), diagnostics: model.diagnostics, counts: countsOf(model) }).catch(() => {});
  }
  progress({ stage: 'written', written: write.written.length, unchanged: write.unchanged.length, removed: write.removed.length });
  return result(model, roots, write, undefined, { pages: facts.length, files: all.length, cachedPages, unchanged: false, started, previous });
}

/** The model a run built, or what the run state kept of it where the fast path built none. */
type RunModel = SchemaModel | { counts: ModelCounts; diagnostics: Diagnostic[] };

function result(
  model: RunModel,
  roots: Map<string, string>,
  write: WriteResult,
  stale: string[] | undefined,
  run: { pages: number; files: number; cachedPages: number; unchanged: boolean; started: number; previous: Manifest | undefined },
): GenerateResult {
  const built = 'counts' in model ? undefined : model;
  return {
    diagnostics: model.diagnostics,
    roots,
    ...(built ? { model: built } : {}),
    write,
    ...(stale ? { stale } : {}),
    changes: changesSince(run.previous, built),
    stats: {
      pages: run.pages,
      ...('counts' in model ? model.counts : countsOf(model)),
      files: run.files,
      cachedPages: run.cachedPages,
      unchanged: run.unchanged,
      milliseconds: Math.round(performance.now() - run.started),
    },
  };
}

/** What changed since the output `previous` describes; undefined where it has no summary to compare with. */
function changesSince(previous: Manifest | undefined, model: ModelSummary | undefined): ModelChanges | undefined {
  // No model: the fast path, where nothing changed since this graphdoc wrote `previous` and its
  // summary, so there is nothing to read it for.
  if (!model) return previous ? { changes: [] } : undefined;
  return previous?.summary ? compareModels(previous.summary, model) : undefined;
}

/** Every page read: its text, or the Error that reading it gave (an error diagnostic later). */
export function readPages(pages: readonly DiscoveredPage[]): PageInput[] {
  return pages.map((page) => ({ text: readTextOrError(join(page.root, page.file)) }));
}

/**
 * Every page as the page cache needs it: its key, and its text where it was read. A page with
 * the stamp the run state recorded for it keeps that run's key and is not read; the stamp is
 * taken before reading, so a page written meanwhile is read again next time.
 */
export function readPagesWithStamps(pages: readonly DiscoveredPage[], cache: PageCache, state: Pick<RunState, 'pages' | 'parser'> | undefined): PageInput[] {
  return pages.map((page) => {
    const path = resolve(page.root, page.file);
    const stamp = stampOf(path);
    const known = state?.parser === cache.fingerprint ? state.pages?.[path] : undefined;
    if (stamp && known && known[0] === stamp[0] && known[1] === stamp[1]) return { key: known[2], stamp, read: () => readTextOrError(path) };
    const text = readTextOrError(path);
    return typeof text === 'string' ? { text, key: cache.key(page.file, text), ...(stamp ? { stamp } : {}) } : { text };
  });
}

/** What the next run needs to take a page as unchanged: its stamp and its key, by path. */
export function pageStamps(discovered: readonly DiscoveredPage[], pages: readonly PageInput[]): Record<string, PageStamp> {
  const stamps: Record<string, PageStamp> = {};
  pages.forEach((page, index) => {
    if (page.stamp && page.key !== undefined) stamps[resolve(discovered[index]!.root, discovered[index]!.file)] = [page.stamp[0], page.stamp[1], page.key];
  });
  return stamps;
}

/**
 * The generator's code, its output settings and every page's name and bytes (through its page
 * cache key, which hashes both): equal inputs give equal output.
 */
function inputsFingerprint(pages: readonly DiscoveredPage[], inputs: readonly PageInput[], settings: string): string {
  const hash = createHash('sha256').update(generatorFingerprint()).update('\0').update(settings);
  pages.forEach((page, index) => {
    const input = inputs[index]!;
    hash.update('\0').update(page.file).update('\0').update(input.key ?? `unreadable: ${input.text instanceof Error ? input.text.message : ''}`);
  });
  return hash.digest('hex');
}

function manifestFile(files: readonly EmittedFile[], model: SchemaModel): EmittedFile {
  return { path: MANIFEST_FILE, content: manifestText({ generator: 'graphdoc', version: VERSION, files: files.map((file) => file.path), summary: model }) };
}
