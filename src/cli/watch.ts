import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { watch as chokidarWatch, type ChokidarOptions, type FSWatcher } from 'chokidar';
import { cacheFolder } from '../generate.js';
import type { GenerateCommand } from './options.js';

/** A page added, changed or removed since the last run began. */
export interface PageChange {
  path: string;
  kind: 'added' | 'changed' | 'removed';
}

/** How long the docs must stay quiet before a run starts: a save or a `git checkout` is a burst of events. */
export const DEFAULT_DEBOUNCE_MS = 150;

export interface WatchOptions {
  /** Docs folders, watched with everything below them. */
  docs: readonly string[];
  /** Folders whose changes never start a run: the output and the cache, which runs write themselves. */
  ignore: readonly string[];
  /** One generation. `changes` holds the pages added, changed or removed since the last run began; empty for the first run. */
  run: (changes: readonly PageChange[]) => Promise<void>;
  /** Aborting stops watching; the promise settles once the run under way has finished. */
  signal: AbortSignal;
  /** A run that threw, or a watcher that failed; watching goes on. */
  onError: (error: Error) => void;
  debounceMs?: number;
  /** Starts the file watcher: chokidar's, or a test's wrapper of it. */
  createWatcher?: (paths: string[], options: ChokidarOptions) => FSWatcher;
}

/**
 * Runs once, then again whenever a page changes, until `signal` aborts. Events are debounced;
 * runs never overlap: a change during a run queues one more run after it. The page cache makes
 * each rerun incremental. Watching uses chokidar, because Node 20's recursive `fs.watch` on
 * Linux misses every later change to a file that was saved by replacing it (as editors and
 * `sed -i` do).
 */
export async function watchDocs(options: WatchOptions): Promise<void> {
  const { signal } = options;
  if (signal.aborted) return;
  const roots = options.docs.map((dir) => resolve(dir));
  // A folder that holds a docs folder cannot be ignored without ignoring the docs too.
  const ignore = options.ignore.map((dir) => resolve(dir)).filter((dir) => !roots.some((root) => isWithin(root, dir)));
  const watcher = (options.createWatcher ?? chokidarWatch)(roots, {
    ignoreInitial: true,
    ignored: (path, stats) => !isWatchedPath(path, stats?.isFile() ?? false, roots, ignore),
  });

  const pending = new Map<string, PageChange['kind']>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(startRun, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  };
  const startRun = (): void => {
    timer = undefined;
    if (running || signal.aborted) return;
    const changes = [...pending].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, kind]) => ({ path, kind }));
    pending.clear();
    running = options
      .run(changes)
      .catch((error: unknown) => options.onError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        running = undefined;
        if (pending.size > 0 && !signal.aborted) schedule();
      });
  };

  watcher.on('all', (event, path) => {
    // A folder added or removed comes with an event for each page in it.
    if (event === 'addDir' || event === 'unlinkDir' || !isPage(path, roots, ignore)) return;
    const kind = changeOf(pending.get(path), event === 'add' ? 'added' : event === 'unlink' ? 'removed' : 'changed');
    if (kind) pending.set(path, kind);
    // Added and removed again before a run: nothing to tell, but a run all the same.
    else pending.delete(path);
    if (!running) schedule();
  });
  watcher.on('error', (error) => options.onError(error instanceof Error ? error : new Error(String(error))));

  const aborted = new Promise<void>((done) => signal.addEventListener('abort', () => done(), { once: true }));
  // Watch first, then run: a page saved during the first run is not missed.
  await Promise.race([new Promise<void>((done) => watcher.once('ready', () => done())), aborted]);
  startRun();
  await aborted;
  clearTimeout(timer);
  await watcher.close();
  await running;
  clearTimeout(timer);
}

/**
 * What a page's events since the last run amount to: an added page stays added whatever is done
 * to it until it is removed (then nothing); a removed page added again was changed.
 */
function changeOf(before: PageChange['kind'] | undefined, now: PageChange['kind']): PageChange['kind'] | undefined {
  if (before === 'added') return now === 'removed' ? undefined : 'added';
  if (before === 'removed' && now === 'added') return 'changed';
  return now;
}

/** A page whose change calls for a run: a `*.md` file that discovery reads (not hidden, not in `includes/`). */
export function isPage(path: string, roots: readonly string[], ignore: readonly string[]): boolean {
  return path.toLowerCase().endsWith('.md') && isWatchedPath(path, true, roots, ignore);
}

/**
 * Whether to watch a path below a docs folder: not in an ignored folder, not hidden, not in an
 * `includes/` folder (discovery skips those too), and, for a file, a `*.md` page.
 */
export function isWatchedPath(path: string, isFile: boolean, roots: readonly string[], ignore: readonly string[]): boolean {
  if (ignore.some((dir) => isWithin(dir, path))) return false;
  const root = roots.filter((dir) => isWithin(dir, path)).sort((a, b) => b.length - a.length)[0];
  if (root === undefined) return true; // a folder above a docs folder, on chokidar's way to it
  const segments = relative(root, path).split(sep).filter(Boolean);
  if (segments.some((name) => name.startsWith('.'))) return false;
  if (segments.slice(0, isFile ? -1 : undefined).some((name) => name.toLowerCase() === 'includes')) return false;
  return !isFile || path.toLowerCase().endsWith('.md');
}

/** `path` is `folder` or below it. */
function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** `a.md added, b.md changed, c.md removed and 4 more pages`, relative to `cwd`. */
export function describeChanges(changes: readonly PageChange[], cwd: string, shown = 3): string {
  const names = changes.map((change) => `${relative(cwd, change.path) || change.path} ${change.kind}`);
  if (names.length <= shown) return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const more = names.length - shown;
  return `${names.slice(0, shown).join(', ')} and ${more} more ${more === 1 ? 'page' : 'pages'}`;
}

/**
 * `graphdoc generate --watch`: the first run, then one per change, each printing what changed
 * and its usual output. Stops on SIGINT or SIGTERM (or `signal`) after the run under way, exit 0.
 */
export async function watchCommand(
  command: GenerateCommand,
  cwd: string,
  generateOnce: () => Promise<number>,
  signal?: AbortSignal,
  stream: NodeJS.WritableStream = process.stderr,
): Promise<number> {
  for (const dir of command.docs) {
    if (!(await stat(dir).catch(() => undefined))?.isDirectory()) {
      stream.write(`graphdoc: docs folder not found or not a folder: ${dir}\n`);
      return 2;
    }
  }
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  // Only the first signal is ours: a second Ctrl+C ends the process at once, as usual.
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  signal?.addEventListener('abort', stop, { once: true });
  let runs = 0;
  const cache = cacheFolder(command.cacheDir);
  try {
    await watchDocs({
      docs: command.docs,
      ignore: [command.out, ...(cache ? [cache] : [])],
      signal: controller.signal,
      run: async (changes) => {
        if (changes.length > 0) stream.write(`graphdoc: ${describeChanges(changes, cwd)}; regenerating\n`);
        await generateOnce();
        if (runs++ === 0 && !command.quiet) stream.write('graphdoc: watching the docs for changes; Ctrl+C stops\n');
      },
      onError: (error) => stream.write(`graphdoc: ${error.message}\n`),
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    signal?.removeEventListener('abort', stop);
  }
  if (!command.quiet) stream.write('graphdoc: stopped watching\n');
  return 0;
}
