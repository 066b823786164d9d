import { join, resolve } from 'node:path';
import { pageCacheFor } from '../cache/page-cache.js';
import type { PageStamp } from '../cache/run-state.js';
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { discoverPages, type DiscoveredPage } from '../discover/discover.js';
import { readTextIfExists } from '../files/read-text.js';
import { writeFileAtomically } from '../files/write-atomically.js';
import { cacheFolder, pageStamps, readPages, readPagesWithStamps } from '../generate.js';
import { buildModel } from '../model/build-model.js';
import type { SchemaModel } from '../model/schema-model.js';
import type { CheckFacts } from '../parse/check/check-facts.js';
import { withEarlyParseWorker, type ParseWorker } from '../parse/parse-pool.js';
import { parseWithCache, type PageInput } from '../parse/parse-with-cache.js';
import { reservedOutputNames } from '../emit/reserved-names.js';
import { CheckFactsStore, readCheckFactsOf } from './check-facts-store.js';
import { withoutDisabled } from './disabled-codes.js';
import { checkExamples, type ExampleOutcome } from './example-checks.js';
import { ModelIndex } from './model-index.js';
import { OperationLookup } from './operation-lookup.js';
import { checkReferences, FileFinder, type DocsTree } from './reference-checks.js';
import { checkTodos } from './todo-checks.js';
import { ValidatorHost } from './validator-host.js';

export interface CheckOptions {
  /** Docs folders to read, as `generate` reads them. */
  docs: readonly string[];
  /** The pages to check (absolute paths, or names relative to their docs folder); every page where none. The model is always the whole docs'. */
  pages?: readonly string[];
  /** As for generate: the same page cache; false for none. */
  cacheDir?: string | false;
  threads?: number;
}

export interface CheckResult {
  /** The checked pages' findings: those `generate` reports of them, and the checks', sorted. */
  diagnostics: Diagnostic[];
  /** The docs folder each page came from. */
  roots: Map<string, string>;
  /** Every request and response example of the checked pages, with what became of it. */
  examples: ExampleOutcome[];
  model: SchemaModel;
  stats: { pages: number; checkedPages: number; cachedPages: number; milliseconds: number };
}

/** A page named on the command line that is not in the docs folders. */
export class UnknownPageError extends Error {}

/**
 * `graphdoc check`: reads the docs as `generate` does (the same page cache), builds the model of
 * the whole docs, and checks the chosen pages against it: their examples through the generated
 * validators, their requests against the documented paths, their links, anchors and TODOs.
 * Writes nothing but its cache.
 */
export async function check(options: CheckOptions): Promise<CheckResult> {
  return withEarlyParseWorker(options.threads, (parseWorker) => checkWith(options, parseWorker));
}

async function checkWith(options: CheckOptions, parseWorker: ParseWorker | undefined): Promise<CheckResult> {
  const started = performance.now();
  const discovered = await discoverPages(options.docs);
  const roots = new Map(discovered.map((page) => [page.file, page.root]));
  const selected = selectPages(discovered, options.pages);
  const cacheDir = cacheFolder(options.cacheDir);
  const pageCache = cacheDir ? pageCacheFor(cacheDir, options.docs) : undefined;
  const stampsFile = cacheDir ? join(cacheDir, 'check', 'pages.json') : undefined;
  const inputs = pageCache ? readPagesWithStamps(discovered, pageCache, readStamps(stampsFile)) : readPages(discovered);
  const parsing = parseWithCache(discovered, inputs, {
    ...(pageCache ? { cache: pageCache } : {}),
    threads: options.threads,
    ...(parseWorker ? { started: parseWorker } : {}),
    onParsed: () => {},
  });
  // The checked pages' own facts are read while the parse worker parses the changed pages.
  const store = new CheckFactsStore(cacheDir ? join(cacheDir, 'check', 'facts') : undefined);
  const checkFacts = new CheckFactsReader(discovered, inputs, store, options.threads);
  const reading = checkFacts.of(selected);
  reading.catch(() => {});
  const { pages: facts, cachedPages } = await parsing;
  const model = buildModel(facts, { reservedNames: reservedOutputNames() });
  const host = await ValidatorHost.prepare(model, cacheDir);
  try {
    const selectedFacts = await reading;
    const tree = docsTree(discovered, options.docs, checkFacts);
    const context = { index: new ModelIndex(model), lookup: new OperationLookup(model.operations), host };
    // What generate reports of each checked page, found once by page rather than once per page.
    const generated = new Map<string, Diagnostic[]>();
    for (const diagnostic of model.diagnostics) generated.set(diagnostic.source.file, [...(generated.get(diagnostic.source.file) ?? []), diagnostic]);
    const diagnostics: Diagnostic[] = [];
    const examples: ExampleOutcome[] = [];
    for (const page of selectedFacts) {
      const found = await checkExamples(page, context);
      examples.push(...found.outcomes);
      const own = generated.get(page.file) ?? [];
      diagnostics.push(...withoutDisabled(page, [...own, ...found.diagnostics, ...(await checkReferences(page, tree)), ...checkTodos(page)]));
    }
    if (stampsFile && pageCache) {
      const stamps: CheckStamps = { parser: pageCache.fingerprint, pages: pageStamps(discovered, inputs) };
      await writeFileAtomically(stampsFile, JSON.stringify(stamps)).catch(() => {});
    }
    return {
      diagnostics: diagnostics.sort(compareDiagnostics),
      roots,
      examples,
      model,
      stats: { pages: discovered.length, checkedPages: selected.length, cachedPages, milliseconds: Math.round(performance.now() - started) },
    };
  } finally {
    host.dispose();
  }
}

/** The indexes of the pages to check: each named one (by absolute path or docs-relative name), or all. */
function selectPages(discovered: readonly DiscoveredPage[], pages: readonly string[] | undefined): number[] {
  if (!pages || pages.length === 0) return discovered.map((_, index) => index);
  return pages.map((name) => {
    const index = discovered.findIndex((page) => resolve(page.root, page.file) === resolve(name) || page.file === name.replace(/\\/g, '/'));
    if (index < 0) throw new UnknownPageError(`${name} is not a page of the docs folders (a *.md file below one, outside includes/)`);
    return index;
  });
}

/** The page stamps of check's last run, with the parser code they were made by (see `RunState.parser`). */
interface CheckStamps {
  parser: string;
  pages: Record<string, PageStamp>;
}

function readStamps(file: string | undefined): CheckStamps | undefined {
  try {
    const stamps = file ? (JSON.parse(readTextIfExists(file) ?? 'null') as CheckStamps | null) : null;
    return typeof stamps?.parser === 'string' && typeof stamps.pages === 'object' ? stamps : undefined;
  } catch {
    return undefined;
  }
}

/** Check facts by page index: from the store where the page's key has an entry, else read from the page (and stored). */
class CheckFactsReader {
  private readonly known = new Map<number, CheckFacts>();

  constructor(
    private readonly discovered: readonly DiscoveredPage[],
    private readonly inputs: readonly PageInput[],
    private readonly store: CheckFactsStore,
    private readonly threads: number | undefined,
  ) {}

  async of(indexes: readonly number[]): Promise<CheckFacts[]> {
    const missing: number[] = [];
    for (const index of indexes) {
      if (this.known.has(index)) continue;
      const stored = this.store.get(this.inputs[index]!.key, this.discovered[index]!.file);
      if (stored) this.known.set(index, stored);
      else missing.push(index);
    }
    const jobs = missing.map((index) => {
      const input = this.inputs[index]!;
      const text = input.text ?? input.read?.();
      return { file: this.discovered[index]!.file, text: typeof text === 'string' ? text : '' };
    });
    const read = await readCheckFactsOf(jobs, this.threads);
    missing.forEach((index, n) => {
      this.known.set(index, read[n]!);
      this.store.set(this.inputs[index]!.key, read[n]!);
    });
    return indexes.map((index) => this.known.get(index)!);
  }
}

function docsTree(discovered: readonly DiscoveredPage[], docs: readonly string[], reader: CheckFactsReader): DocsTree {
  const byPath = new Map(discovered.map((page, index) => [resolve(page.root, page.file), index]));
  const byName = new Map(discovered.map((page, index) => [page.file, index]));
  return {
    roots: docs.map((root) => resolve(root)),
    pages: new Map([...byPath].map(([path, index]) => [path.toLowerCase(), discovered[index]!.file])),
    files: new FileFinder(),
    rootOf: (page) => resolve(discovered[byName.get(page)!]!.root),
    anchorsOf: async (page) => (await reader.of([byName.get(page)!]))[0]!.anchors,
  };
}
