/**
 * `check` names the docs' types as `generate` does, a type that would take a name the output
 * reserves (`GraphOperations`, exported by operations.d.ts) included: both build their models
 * with the same reserved names.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check/check.js';
import { generate } from '../../src/generate.js';
import { repoRoot } from '../support/shared-corpus.js';
import { makeTempDir } from '../support/temp-dir.js';

describe('the model check builds', () => {
  const temp = makeTempDir('check-names');
  afterAll(temp.remove);

  it('names every type as generate does, one named like a reserved export too', async () => {
    const docs = path.join(temp.dir, 'docs');
    cpSync(path.join(repoRoot, 'fixtures', 'docs'), docs, { recursive: true });
    writeFileSync(
      path.join(docs, 'resources', 'graphoperations.md'),
      ['---', 'title: "graphOperations resource type"', 'doc_type: resourcePageType', '---', '', '# graphOperations resource type', '', 'Namespace: microsoft.graph', '', '## Properties', '', '| Property | Type | Description |', '|:--|:--|:--|', '|count|Int32|How many.|', ''].join('\n'),
    );
    const generated = await generate({ docs: [docs], out: path.join(temp.dir, 'out'), cacheDir: false });
    const checked = await check({ docs: [docs], cacheDir: false, threads: 1 });
    const names = (types: readonly { qualifiedName: string; tsName: string }[]): string[] => types.map((type) => `${type.qualifiedName} ${type.tsName}`);
    expect(names(checked.model.types)).toEqual(names(generated.model!.types));
    const reserved = checked.model.types.find((type) => type.qualifiedName === 'microsoft.graph.graphOperations');
    expect(reserved?.tsName).toBeDefined();
    expect(reserved?.tsName).not.toBe('GraphOperations');
  });
});
