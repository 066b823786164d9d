// What importing the output costs a consumer's compiler (issue 12's floor), in one run:
// generates v1.0 in ts mode and in js mode (from the page cache that `graphdoc generate` and the
// tests fill: node_modules/.cache/graphdoc), writes three small consumer packages:
//   - ts mode: imports User, isUser, GraphOperations and operations from the output's index;
//   - js mode: the same;
//   - official: imports User from @microsoft/microsoft-graph-types (the pinned dev dependency);
// then times `tsc --strict --noEmit --skipLibCheck` (NodeNext, types [], TypeScript from
// node_modules) on each, whole process, in alternating rounds: median wall time and median peak
// RSS per consumer, ratios to the official typings' consumer, and a check against the floor
// (at most 1.5x its time and its memory). Also prints the files and bytes each program loads.
//
//   node bench/consumer.mjs [--rounds N]      (npm run bench runs it after building dist/)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../dist/generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..');
const docs = join(repo, '..', 'shared', 'graph-docs', 'v1.0');
if (!existsSync(docs)) {
  console.log(`consumer bench skipped: ${docs} is absent`);
  process.exit(0);
}
const roundsArgument = process.argv.indexOf('--rounds');
const ROUNDS = roundsArgument > 0 ? Number(process.argv[roundsArgument + 1]) : 7;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error('consumer bench: --rounds takes a whole number of rounds, 1 or more');
  process.exit(2);
}
/** Issue 12: importing the output costs at most this multiple of the official typings' time and memory. */
const FLOOR = 1.5;

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/lib/tsc.js');
const typescriptVersion = require('typescript/package.json').version;
const officialPackage = '@microsoft/microsoft-graph-types';
const officialVersion = require(`${officialPackage}/package.json`).version;
const maxRssPreload = join(here, 'max-rss.mjs');

// Under the repository (gitignored .tmp/), so that the output's nearest package.json is ours
// ("type": "module", as `--package-name` writes it) and node_modules resolves the official typings.
const work = join(repo, '.tmp', `bench-consumer-${process.pid}`);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const COMPILER_OPTIONS = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  types: [],
};

const GRAPHDOC_CONSUMER = (index) => `import { isUser, operations, type GraphOperations, type User } from '${index}';

type GetUser = GraphOperations['/users/{id}']['GET'];

/** The user's display name, if the payload is a user. */
export function displayNameOf(payload: unknown): string | undefined {
  if (!isUser(payload)) return undefined;
  const user: User = payload;
  return user.displayName ?? undefined;
}

/** What GET /users/{id} answers with. */
export function answerOf(response: GetUser['responses'][200]): string | undefined {
  return response.displayName ?? undefined;
}

/** How many documented requests are GETs. */
export const getRequests: number = operations.filter((entry) => entry.method === 'GET').length;
`;

const OFFICIAL_CONSUMER = `import type { User } from '${officialPackage}';

/** The user's display name. */
export function displayNameOf(user: User): string | undefined {
  return user.displayName ?? undefined;
}
`;

/** One consumer package: package.json, tsconfig.json, index.ts. */
function writeConsumer(name, source) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: ['index.ts'] }, null, 2)}\n`);
  writeFileSync(join(dir, 'index.ts'), source);
  return dir;
}

/** `tsc -p <dir>` in its own process: wall time, peak RSS, exit status and output. */
function compile(dir, ...extra) {
  const rssFile = join(work, 'max-rss.txt');
  rmSync(rssFile, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', maxRssPreload, tsc, '-p', join(dir, 'tsconfig.json'), ...extra], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, GRAPHDOC_MAX_RSS_FILE: rssFile },
  });
  const ms = performance.now() - started;
  const maxRssKB = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return { ms, maxRssKB, status: child.status, output: `${child.stdout}${child.stderr}` };
}

/** The files the program loads (`--listFilesOnly`), TypeScript's own lib files aside. */
function loadedFiles(dir) {
  const listed = compile(dir, '--listFilesOnly').output.split('\n').map((line) => line.trim()).filter(Boolean);
  const typescriptLib = dirname(tsc);
  const files = listed.filter((file) => !file.startsWith(typescriptLib + sep) && !file.startsWith(`${typescriptLib}/`));
  const of = (predicate) => {
    const chosen = files.filter(predicate);
    return { files: chosen.length, bytes: chosen.reduce((sum, file) => sum + statSync(file).size, 0) };
  };
  return {
    declarations: of((file) => /\.d\.[cm]?ts$/.test(file)),
    sources: of((file) => !/\.d\.[cm]?ts$/.test(file) && !file.startsWith(dir)),
    libFiles: listed.length - files.length,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Generate v1.0 in both modes.
const cacheDir = join(repo, 'node_modules', '.cache', 'graphdoc');
const generated = {};
for (const mode of ['ts', 'js']) {
  const result = await generate({ docs: [docs], out: join(work, `out-${mode}`), cacheDir, emit: mode });
  generated[mode] = result.stats;
}

const consumers = [
  { key: 'ts', label: 'graphdoc ts mode: User, isUser, GraphOperations, operations', dir: writeConsumer('ts', GRAPHDOC_CONSUMER('../out-ts/index.js')) },
  { key: 'js', label: 'graphdoc js mode: User, isUser, GraphOperations, operations', dir: writeConsumer('js', GRAPHDOC_CONSUMER('../out-js/index.js')) },
  { key: 'official', label: `${officialPackage} ${officialVersion}: User`, dir: writeConsumer('official', OFFICIAL_CONSUMER) },
];

// Warm-up round (disk cache, compile cache of Node): each consumer must compile with no error.
for (const consumer of consumers) {
  const warm = compile(consumer.dir);
  if (warm.status !== 0) {
    console.error(`consumer bench: the ${consumer.key} consumer does not compile (tsc exit ${warm.status}):\n${warm.output.slice(0, 4000)}`);
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  }
}
const runs = Object.fromEntries(consumers.map((consumer) => [consumer.key, []]));
for (let round = 0; round < ROUNDS; round++) {
  // Each round starts with the next consumer, so none always runs first or last.
  for (let i = 0; i < consumers.length; i++) {
    const consumer = consumers[(round + i) % consumers.length];
    runs[consumer.key].push(compile(consumer.dir));
  }
}
const load = loadavg();
// Each round runs every consumer back to back, so a ratio within a round shares the machine's
// load of the moment; on a busy machine the median of those per-round ratios is the steadier
// headline (as bench/timing.ts does for the validators).
const perRoundRatio = (key, measure) => median(runs[key].map((run, round) => measure(run) / measure(runs.official[round])));
const rows = consumers.map((consumer) => ({
  ...consumer,
  ms: median(runs[consumer.key].map((run) => run.ms)),
  maxRssMB: median(runs[consumer.key].map((run) => run.maxRssKB)) / 1024,
  timeRatio: perRoundRatio(consumer.key, (run) => run.ms),
  memoryRatio: perRoundRatio(consumer.key, (run) => run.maxRssKB),
  loaded: loadedFiles(consumer.dir),
}));
rmSync(work, { recursive: true, force: true });

const official = rows.find((row) => row.key === 'official');
const pad = (text, width) => String(text).padEnd(width);
const left = (text, width) => String(text).padStart(width);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
const files = (count) => `${count} file${count === 1 ? '' : 's'}`;
console.log(
  [
    '',
    `Consumer compile cost, Graph v1.0 output (${generated.ts.pages} pages: ${generated.ts.types} types, ${generated.ts.enums} enums, ${generated.ts.operations} operations), generated in this run from the page cache (${generated.ts.cachedPages} and ${generated.js.cachedPages} of ${generated.ts.pages} pages cached):`,
    `  tsc --strict --noEmit --skipLibCheck, module/moduleResolution NodeNext, target ES2022, types [], TypeScript ${typescriptVersion}, Node ${process.version};`,
    `  whole tsc process per run, ${ROUNDS} alternating rounds after a warm-up round; median wall time and median peak RSS (process.resourceUsage().maxRSS, read by a preload);`,
    `  ratios: median over rounds of the ratio to the official typings' consumer in the same round;`,
    `  load average at the end ${load.map((value) => value.toFixed(2)).join(' ')} (1, 5, 15 min) on ${availableParallelism()} cores; floor: at most ${FLOOR}x the official typings' time and memory.`,
    '',
    `  ${pad('the consumer imports', 62)} ${left('time', 7)} ${left('×official', 9)} ${left('peak RSS', 9)} ${left('×official', 9)}  ≤${FLOOR}×  ${pad('.d.ts loaded', 22)} .ts loaded`,
    ...rows.map((row) => {
      const { timeRatio, memoryRatio } = row;
      const verdict = row === official ? '—' : timeRatio <= FLOOR && memoryRatio <= FLOOR ? '✓' : '✗';
      const { declarations, sources } = row.loaded;
      return `  ${pad(row.label, 62)} ${left(`${(row.ms / 1000).toFixed(2)} s`, 7)} ${left(`${timeRatio.toFixed(2)}×`, 9)} ${left(`${Math.round(row.maxRssMB)} MB`, 9)} ${left(`${memoryRatio.toFixed(2)}×`, 9)}  ${pad(`  ${verdict}`, 5)}  ${pad(`${files(declarations.files)}, ${mb(declarations.bytes)}`, 22)} ${files(sources.files)}, ${mb(sources.bytes)}`;
    }),
    `  Loaded: what --listFilesOnly lists, TypeScript's own lib files (${rows[0].loaded.libFiles}, the same for each) and the consumer's index.ts aside.`,
    `  Ratios of the medians instead: ${rows.filter((row) => row !== official).map((row) => `${row.key} time ${(row.ms / official.ms).toFixed(2)}×, memory ${(row.maxRssMB / official.maxRssMB).toFixed(2)}×`).join('; ')}.`,
    `  Each run, in seconds: ${rows.map((row) => `${row.key} ${runs[row.key].map((run) => (run.ms / 1000).toFixed(2)).join(' ')}`).join('; ')}.`,
  ].join('\n'),
);
