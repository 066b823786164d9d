/** The validators' files alone (what `graphdoc check` runs) are the output's files of the same paths, byte for byte. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPages } from '../../src/discover/discover.js';
import { emitOutput, emitValidatorCode } from '../../src/emit/emit-model.js';
import { buildModel } from '../../src/model/build-model.js';
import { parsePage } from '../../src/parse/page.js';
import { repoRoot } from '../support/shared-corpus.js';

describe('emitValidatorCode', () => {
  it('gives every validator module, operation-validators.js and the runtime as emitOutput writes them', async () => {
    const discovered = await discoverPages([path.join(repoRoot, 'fixtures', 'docs')]);
    const model = buildModel(discovered.map((page) => parsePage(page.file, readFileSync(path.join(page.root, page.file), 'utf8'))));
    const output = new Map(emitOutput(model, 'js').map((file) => [file.path, file.content]));
    const code = emitValidatorCode(model);
    expect(code.map((file) => file.path)).toEqual(expect.arrayContaining(['operation-validators.js', 'runtime/validation.js', 'validators/Widget.js']));
    for (const file of code) expect(file.content, file.path).toBe(output.get(file.path));
  });
});
