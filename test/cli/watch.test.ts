/**
 * `--watch`: which paths start a run, the watch loop on a copy of the fixture docs (rerun on
 * change, one run at a time, going on after a failed run, watchers closed on abort), and the
 * command's wiring (usage, stopping on a signal).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { watch as chokidarWatch, type FSWatcher } from 'chokidar';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { describeChanges, isPage, isWatchedPath, watchDocs, type PageChange, type WatchOptions } from '../../src/cli/watch.js';
import { generate } from '../../src/generate.js';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';
import { captureOutput } from '../support/capture-output.js';

const fixtures = path.join(repoRoot, 'fixtures', 'docs');
const temp = makeTempDir('watch');
afterAll(temp.remove);

/** Generous: the machine is shared, and a run of the fixtures takes seconds on a cold cache. */
const DEADLINE_MS = 60_000;

/** Resolves once `condition` holds, checking every 50 ms; fails after the deadline. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let copies = 0;
/** A fresh copy of the fixture docs, with an output and a cache folder beside it. */
function project(): { docs: string; out: string; cache: string } {
  const dir = path.join(temp.dir, `p${copies++}`);
  const docs = path.join(dir, 'docs');
  cpSync(fixtures, docs, { recursive: true });
  return { docs, out: path.join(dir, 'out'), cache: path.join(dir, 'cache') };
}

/** Saves a page as editors and `sed -i` do: a new file renamed over the old one. */
function replaceFile(file: string, content: string): void {
  writeFileSync(`${file}.tmp`, content);
  renameSync(`${file}.tmp`, file);
}

/** chokidar's watcher, kept so the test can see it closed, with the paths of the events it reported. */
function recordingWatcher(): {
  watchers: FSWatcher[];
  seen: string[];
  /** How many closings have completed. */
  closes: () => number;
  createWatcher: NonNullable<WatchOptions['createWatcher']>;
} {
  const watchers: FSWatcher[] = [];
  const seen: string[] = [];
  let closes = 0;
  return {
    watchers,
    seen,
    closes: () => closes,
    createWatcher: (paths, options) => {
      const watcher = chokidarWatch(paths, options);
      watcher.on('all', (_event, changed) => seen.push(changed));
      const close = watcher.close.bind(watcher);
      watcher.close = async () => {
        await close();
        closes++;
      };
      watchers.push(watcher);
      return watcher;
    },
  };
}

describe('which changes start a run', () => {
  const root = path.resolve('/docs');
  const out = path.join(root, 'generated');
  const at = (...parts: string[]) => path.join(root, ...parts);

  it('takes *.md pages that discovery reads, at any depth', () => {
    expect(isPage(at('user.md'), [root], [out])).toBe(true);
    expect(isPage(at('api', 'v1', 'user-get.MD'), [root], [out])).toBe(true);
  });

  it('passes over other files, hidden paths, includes/ folders and the ignored folders', () => {
    expect(isPage(at('media', 'user.png'), [root], [out])).toBe(false);
    expect(isPage(at('.git', 'notes.md'), [root], [out])).toBe(false);
    expect(isPage(at('api', '.user.md'), [root], [out])).toBe(false);
    expect(isPage(at('includes', 'note.md'), [root], [out])).toBe(false);
    expect(isPage(at('api', 'Includes', 'note.md'), [root], [out])).toBe(false);
    expect(isPage(path.join(out, 'readme.md'), [root], [out])).toBe(false);
  });

  it('watches folders, except hidden, includes/ and ignored ones, and a page named includes.md', () => {
    expect(isWatchedPath(at('api'), false, [root], [out])).toBe(true);
    expect(isWatchedPath(at('includes.md'), true, [root], [out])).toBe(true);
    expect(isWatchedPath(at('includes'), false, [root], [out])).toBe(false);
    expect(isWatchedPath(at('.git'), false, [root], [out])).toBe(false);
    expect(isWatchedPath(out, false, [root], [out])).toBe(false);
    expect(isWatchedPath(root, false, [root], [out])).toBe(true);
  });

  it('names the changed pages briefly', () => {
    const cwd = path.resolve('/work');
    const kinds = ['added', 'changed', 'removed', 'changed', 'changed'] as const;
    const pages = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'].map((name, index) => ({ path: path.join(cwd, 'docs', name), kind: kinds[index]! }));
    expect(describeChanges(pages.slice(0, 1), cwd)).toBe(`${path.join('docs', 'a.md')} added`);
    expect(describeChanges(pages.slice(0, 2), cwd)).toBe(`${path.join('docs', 'a.md')} added and ${path.join('docs', 'b.md')} changed`);
    expect(describeChanges(pages, cwd)).toMatch(/c\.md removed and 2 more pages$/);
    expect(describeChanges(pages.slice(0, 4), cwd)).toMatch(/c\.md removed and 1 more page$/);
  });
});

describe('watchDocs', () => {
  it('generates, regenerates when a page is replaced, ignores other files, and closes its watcher on abort', async () => {
    const { docs, out, cache } = project();
    const controller = new AbortController();
    const { watchers, createWatcher } = recordingWatcher();
    const runs: string[][] = [];
    const errors: Error[] = [];
    const watching = watchDocs({
      docs: [docs],
      ignore: [out, cache],
      signal: controller.signal,
      createWatcher,
      onError: (error) => errors.push(error),
      run: async (changes) => {
        await generate({ docs: [docs], out, cacheDir: cache, threads: 1 });
        runs.push(changes.map((change) => change.path));
      },
    });
    const modelsTs = path.join(out, 'models.ts');
    await until(() => runs.length === 1, 'the first run');
    expect(runs[0]).toEqual([]);
    expect(readFileSync(modelsTs, 'utf8')).toContain('Weight of the assembled widget, in grams.');

    // Files that must not start a run, written before the page that must.
    writeFileSync(path.join(docs, 'resources', 'notes.txt'), 'not a page\n');
    writeFileSync(path.join(docs, 'includes', 'another-note.md'), 'an include\n');
    writeFileSync(path.join(out, 'stray.md'), 'in the output folder\n');
    const page = path.join(docs, 'resources', 'widget.md');
    replaceFile(page, readFileSync(page, 'utf8').replace('Weight of the assembled widget', 'Weight of the whole widget'));
    await until(() => existsSync(modelsTs) && readFileSync(modelsTs, 'utf8').includes('Weight of the whole widget, in grams.'), 'the regenerated models.ts');
    await until(() => runs.length >= 2, 'the second run to finish');
    expect([...new Set(runs.slice(1).flat())]).toEqual([page]);

    // Editing the same page in place, after it was replaced, is seen too.
    writeFileSync(page, readFileSync(page, 'utf8').replace('Weight of the whole widget', 'Mass of the widget'));
    await until(() => readFileSync(modelsTs, 'utf8').includes('Mass of the widget, in grams.'), 'models.ts after an in-place edit');

    controller.abort();
    await watching;
    expect(watchers).toHaveLength(1);
    expect(watchers[0]!.closed).toBe(true);
    expect(errors).toEqual([]);
  });

  it('tells a page added, a page changed and a page removed apart', async () => {
    const { docs, out, cache } = project();
    const controller = new AbortController();
    const runs: PageChange[][] = [];
    const watching = watchDocs({
      docs: [docs],
      ignore: [out, cache],
      signal: controller.signal,
      onError: (error) => {
        throw error;
      },
      run: async (changes) => void runs.push([...changes]),
    });
    await until(() => runs.length === 1, 'the first run');
    const added = path.join(docs, 'resources', 'sprocket-notes.md');
    const changed = path.join(docs, 'resources', 'gadget.md');
    const removed = path.join(docs, 'resources', 'widgetsize.md');
    writeFileSync(added, '# sprocketNotes resource type\n');
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nEdited.\n`);
    rmSync(removed);
    await until(() => runs.slice(1).flat().length >= 3, 'the three changes');
    controller.abort();
    await watching;
    const kinds = Object.fromEntries(runs.slice(1).flat().map((change) => [change.path, change.kind]));
    expect(kinds).toEqual({ [added]: 'added', [changed]: 'changed', [removed]: 'removed' });
  });

  it('runs one generation at a time, queues a change made during a run, and goes on after a run that failed', async () => {
    const { docs, out, cache } = project();
    const controller = new AbortController();
    const { watchers, seen, createWatcher } = recordingWatcher();
    const runs: string[][] = [];
    const errors: Error[] = [];
    let active = 0;
    let mostActive = 0;
    let release: () => void = () => {};
    let holding = false;
    const watching = watchDocs({
      docs: [docs],
      ignore: [out, cache],
      signal: controller.signal,
      createWatcher,
      // No debounce: once the test has seen the event, the loop has already decided what to do with it.
      debounceMs: 0,
      onError: (error) => errors.push(error),
      run: async (changes) => {
        active++;
        mostActive = Math.max(mostActive, active);
        runs.push(changes.map((change) => change.path));
        try {
          if (runs.length === 1) throw new Error('the first run failed');
          if (runs.length === 2) {
            holding = true;
            await new Promise<void>((resolve) => (release = resolve));
          }
        } finally {
          active--;
        }
      },
    });
    await until(() => errors.length === 1, 'the failed first run');
    expect(errors[0]!.message).toBe('the first run failed');

    const widget = path.join(docs, 'resources', 'widget.md');
    const gadget = path.join(docs, 'resources', 'gadget.md');
    writeFileSync(widget, `${readFileSync(widget, 'utf8')}\nEdited.\n`);
    await until(() => holding, 'the second run to start');
    writeFileSync(gadget, `${readFileSync(gadget, 'utf8')}\nEdited.\n`);
    await until(() => seen.includes(gadget), 'the watcher to report the change');
    // The change is queued, not run beside the second run; it runs once the second is done.
    expect(runs).toHaveLength(2);
    release();
    await until(() => runs.length >= 3, 'the queued third run');
    expect(runs[1]).toEqual([widget]);
    expect(runs[2]).toContain(gadget);
    expect(mostActive).toBe(1);

    controller.abort();
    await watching;
    expect(watchers[0]!.closed).toBe(true);
    expect(errors).toHaveLength(1);
  });

  it('when aborted during a run, settles only after that run has finished', async () => {
    const { docs, out, cache } = project();
    const controller = new AbortController();
    const { watchers, closes, createWatcher } = recordingWatcher();
    let started = false;
    let finished = false;
    let release: () => void = () => {};
    const errors: Error[] = [];
    const watching = watchDocs({
      docs: [docs],
      ignore: [out, cache],
      signal: controller.signal,
      createWatcher,
      onError: (error) => errors.push(error),
      run: async () => {
        started = true;
        await new Promise<void>((resolve) => (release = resolve));
        finished = true;
      },
    });
    let finishedWhenSettled: boolean | undefined;
    const settled = watching.then(() => (finishedWhenSettled = finished));
    await until(() => started, 'the first run to start');
    controller.abort();
    await until(() => closes() === 1, 'the watcher to close');
    expect(finishedWhenSettled).toBeUndefined(); // still waiting for the run
    release();
    await settled;
    expect(finishedWhenSettled).toBe(true);
    expect(watchers[0]!.closed).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('graphdoc generate --watch', () => {
  const output = captureOutput();

  it('is described in the help', async () => {
    expect(await main(['generate', '--help'])).toBe(0);
    expect(output.stdout).toMatch(/-w, --watch +generate, then regenerate/);
  });

  it('rejects --watch with --check as bad usage', async () => {
    const { docs, out } = project();
    expect(await main(['generate', '--docs', docs, '--out', out, '--watch', '--check'])).toBe(2);
    expect(output.stderr).toContain('--watch and --check contradict each other');
  });

  it('exits 2 when a docs folder does not exist, before watching', async () => {
    expect(await main(['generate', '--docs', path.join(temp.dir, 'missing'), '--out', path.join(temp.dir, 'missing-out'), '--watch'])).toBe(2);
    expect(output.stderr).toContain('docs folder not found');
  });

  it('runs, says it is watching, and stops with exit 0 when told to, leaving no signal handler behind', async () => {
    const { docs, out, cache } = project();
    const listeners = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const controller = new AbortController();
    const exit = main(['generate', '--docs', docs, '--out', out, '--cache-dir', cache, '--threads', '1', '--watch'], repoRoot, controller.signal);
    await until(() => output.stderr.includes('watching the docs for changes'), 'the first run');
    expect(output.stderr).toMatch(/graphdoc: 30 pages → 11 types/);
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(listeners.map((n) => n + 1));
    controller.abort();
    expect(await exit).toBe(0);
    expect(output.stderr).toContain('stopped watching');
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(listeners);
  });
});

describe('bin/graphdoc.js generate --watch', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`stops on ${signal} with exit 0 (needs npm run build)`, async () => {
      const bin = path.join(repoRoot, 'bin', 'graphdoc.js');
      expect(existsSync(path.join(repoRoot, 'dist', 'cli', 'main.js')), 'dist/ is missing: run npm run build').toBe(true);
      const { docs, out, cache } = project();
      mkdirSync(out, { recursive: true });
      const child = spawn(process.execPath, [bin, 'generate', '--docs', docs, '--out', out, '--cache-dir', cache, '--threads', '1', '--watch'], {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let output = '';
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        await until(() => output.includes('watching the docs for changes'), 'the first run of the child');
        child.kill(signal);
        expect(await exited).toBe(0);
        expect(output).toContain('stopped watching');
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    });
  }
});
