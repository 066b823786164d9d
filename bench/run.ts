/**
 * `npm run bench`: our generated `isX` against Ajv compiled from our `schema.json`, on one
 * valid payload per documented v1.0 type built from the metadata (the payloads of
 * test/validators/corpus-metadata.test.ts), in one process, in alternating rounds.
 *
 *   npm run bench                      generate v1.0 into .tmp/bench-v1, then measure
 *   npm run bench -- --out <dir>       measure an existing output folder
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '../src/generate.js';
import { readCsdlFile } from '../test/conformance/csdl.js';
import { MetadataChecker } from '../test/validators/support/metadata-check.js';
import { buildValidPayload } from '../test/validators/support/metadata-payloads.js';
import { repoRoot, v1DocsDir, v1MetadataFile, v1Present } from '../test/support/shared-corpus.js';
import { readManifest } from '../src/write/manifest.js';
import { compileAjv } from './ajv-validators.js';
import { alternate } from './timing.js';

const WARMUP_ROUNDS = 5;
const ROUNDS = 41;
const PASSES_PER_ROUND = 5;

type Check = (value: unknown) => boolean;

async function main(): Promise<void> {
  if (!v1Present) {
    console.log(`bench skipped: ${v1DocsDir} is absent (the shared Graph docs are not on this machine).`);
    return;
  }
  const outArgument = process.argv.indexOf('--out');
  let outDir = outArgument > 0 ? path.resolve(process.argv[outArgument + 1] ?? '') : path.join(repoRoot, '.tmp', 'bench-v1');
  if (outArgument < 0) {
    console.log(`Generating v1.0 into ${outDir} ...`);
    await generate({ docs: [v1DocsDir], out: outDir });
  }
  outDir = path.resolve(outDir);

  // The manifest's summary names every type: all the bench needs of the model.
  const types = (await readManifest(outDir))?.summary?.types;
  if (!types) throw new Error(`${outDir} holds no graphdoc manifest with a model summary: generate it with this graphdoc`);
  const metadata = new MetadataChecker(readCsdlFile(v1MetadataFile));
  const cases: { tsName: string; payload: unknown; ours: Check; ajv: Check }[] = [];
  const ajv = compileAjv(outDir);
  for (const type of [...types].sort((a, b) => (a.tsName < b.tsName ? -1 : 1))) {
    const csdlType = metadata.type(type.qualifiedName);
    if (!csdlType) continue;
    const payload = buildValidPayload(metadata, csdlType.qualifiedName).payload;
    payload['@odata.type'] = `#${type.qualifiedName}`;
    const module = (await import(pathToFileURL(path.join(outDir, 'validators', `${type.tsName}.js`)).href)) as Record<string, unknown>;
    cases.push({ tsName: type.tsName, payload, ours: module[`is${type.tsName}`] as Check, ajv: ajv.check(type.tsName) });
  }
  // Compile every Ajv validator before timing (Ajv compiles on first use).
  const ajvCompileStarted = performance.now();
  for (const item of cases) item.ajv(item.payload);
  const ajvCompileMs = ajv.milliseconds + (performance.now() - ajvCompileStarted);

  const disagreements = cases.filter((item) => item.ours(item.payload) !== item.ajv(item.payload));
  const oursAccepted = cases.filter((item) => item.ours(item.payload)).length;
  const ajvAccepted = cases.filter((item) => item.ajv(item.payload)).length;

  const comparison = alternate(
    { name: 'graphdoc isX', pass: () => cases.reduce((n, item) => n + (item.ours(item.payload) ? 1 : 0), 0) },
    { name: 'Ajv (schema.json)', pass: () => cases.reduce((n, item) => n + (item.ajv(item.payload) ? 1 : 0), 0) },
    { warmup: WARMUP_ROUNDS, rounds: ROUNDS, passesPerRound: PASSES_PER_ROUND },
  );
  const perSecond = (rounds: number[]): number => {
    const sorted = [...rounds].sort((x, y) => x - y);
    return (cases.length * PASSES_PER_ROUND) / (sorted[(sorted.length - 1) >> 1]! / 1000);
  };
  const [ours, theirs] = comparison.rounds;
  console.log(
    [
      `Payloads: ${cases.length} (one per documented type in the metadata); ${ROUNDS} alternating rounds of ${PASSES_PER_ROUND} passes each after ${WARMUP_ROUNDS} warm-up rounds; Node ${process.version}.`,
      `Verdicts: graphdoc accepts ${oursAccepted}, Ajv accepts ${ajvAccepted}; they differ on ${disagreements.length}${disagreements.length ? ` (${disagreements.slice(0, 10).map((item) => item.tsName).join(', ')}${disagreements.length > 10 ? ', ...' : ''})` : ''}.`,
      `Ajv: schema compiled in ${Math.round(ajvCompileMs)} ms.`,
      `graphdoc isX:      ${Math.round(perSecond(ours)).toLocaleString('en-US')} validations/s (median round)`,
      `Ajv (schema.json): ${Math.round(perSecond(theirs)).toLocaleString('en-US')} validations/s (median round)`,
      `Throughput ratio graphdoc / Ajv: ${comparison.medianRatio.toFixed(2)}x (median of per-round ratios; ${comparison.totalRatio.toFixed(2)}x over total time)`,
    ].join('\n'),
  );
}

await main();
