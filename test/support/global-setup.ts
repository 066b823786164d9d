/**
 * Generates the real v1.0 docs once per test run, for every test file that needs the output
 * (conformance, validators, operations), instead of once per file.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { generate } from '../../src/generate.js';
import { removeModel, saveModel } from './model-file.js';
import { v1DocsDir, v1OutDirFor, v1Present, type V1Run } from './shared-corpus.js';

declare module 'vitest' {
  export interface ProvidedContext {
    v1Run: V1Run | null;
  }
}

/** Generates v1.0 once; returns the teardown that removes this run's output. */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  if (!v1Present) {
    project.provide('v1Run', null);
    return undefined;
  }
  const outDir = v1OutDirFor(process.pid);
  rmSync(outDir, { recursive: true, force: true });
  const started = Date.now();
  const result = await generate({ docs: [v1DocsDir], out: outDir });
  // A fresh folder: the run built the model, which tests read from beside the output.
  if (!result.model) throw new Error(`generating v1.0 into ${outDir} built no model`);
  saveModel(outDir, result.model);
  const diagnosticsByCode: Record<string, number> = {};
  for (const diagnostic of result.diagnostics) diagnosticsByCode[diagnostic.code] = (diagnosticsByCode[diagnostic.code] ?? 0) + 1;
  project.provide('v1Run', { outDir, diagnostics: result.diagnostics.length, diagnosticsByCode, milliseconds: Date.now() - started });
  return () => {
    rmSync(outDir, { recursive: true, force: true });
    removeModel(outDir);
  };
}
