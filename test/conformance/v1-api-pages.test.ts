/**
 * Conformance of the API pages alone (issue 13): `../shared/graph-docs/v1.0/api` generated
 * without `resources/`, as a team's docs look before anyone writes resource pages. Of the
 * metadata types those pages describe in a request-body table or example (`api-pages.ts`
 * decides which, from the pages and the metadata, not from the generator), it prints the share
 * that is generated and the share of their properties present, and holds both as floors. It
 * reads the model that `generate` returns, so it holds whatever the output's layout. Skipped,
 * with a message, where `../shared/graph-docs/v1.0` is absent.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../src/generate.js';
import { skipMessage, v1DocsDir, v1MetadataFile, v1Present } from '../support/shared-corpus.js';
import { builtModel } from '../support/output-index.js';
import { makeTempDir } from '../support/temp-dir.js';
import { measureApiPages, typesDescribedByApiPages, type ApiScopeEntry } from './api-pages.js';
import { percentage } from './compare.js';
import { readCsdlFile } from './csdl.js';
import { formatFigure } from './report.js';

/**
 * Floors, a little under what was measured when they were set (2021-07 docs: 221 of 241 types,
 * 2,453 of 2,921 properties). Most types below the first are described only by an example
 * body, with no table (`call`, `channel`, the attachment and assessment-request types).
 */
const FLOOR_TYPES_GENERATED = 90;
const FLOOR_PROPERTIES_PRESENT = 82;

const apiDir = path.join(v1DocsDir, 'api');

if (!v1Present) console.log(skipMessage('v1.0 API-pages-alone conformance'));

describe.skipIf(!v1Present)('v1.0 API pages alone (../shared/graph-docs/v1.0/api)', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let result: GenerateResult;
  let scope: ApiScopeEntry[];
  let figures: ReturnType<typeof measureApiPages>;

  beforeAll(async () => {
    temp = makeTempDir('v1-api-pages');
    result = await generate({ docs: [apiDir], out: path.join(temp.dir, 'out') });
    const csdl = readCsdlFile(v1MetadataFile);
    scope = typesDescribedByApiPages(csdl, apiDir);
    figures = measureApiPages(
      csdl,
      scope.map((entry) => entry.qualifiedName),
      builtModel(result, 'generating the v1.0 API pages'),
    );
    const via = (kind: ApiScopeEntry['via']) => scope.filter((entry) => entry.via === kind).length;
    console.log(
      [
        '# graphdoc v1.0 conformance, API pages alone',
        '',
        `Scope: ${scope.length} metadata types that the API pages describe (${via('table')} in a request-body table, ${via('example')} only in an example body).`,
        `- ${formatFigure('types generated', figures.typesGenerated)}  [floor ${FLOOR_TYPES_GENERATED}%]`,
        `- ${formatFigure('properties present (structural, inherited included)', figures.propertiesPresent)}  [floor ${FLOOR_PROPERTIES_PRESENT}%]`,
        `Not generated: ${figures.missingTypes.map((name) => `${name.replace(/^microsoft\.graph\./, '')} (${scope.find((entry) => entry.qualifiedName === name)?.file})`).join(', ')}`,
      ].join('\n'),
    );
  });

  afterAll(() => temp?.remove());

  it(`generates at least ${FLOOR_TYPES_GENERATED}% of the metadata types the API pages describe`, () => {
    expect(percentage(figures.typesGenerated)).toBeGreaterThanOrEqual(FLOOR_TYPES_GENERATED);
  });

  it(`has at least ${FLOOR_PROPERTIES_PRESENT}% of their properties`, () => {
    expect(percentage(figures.propertiesPresent)).toBeGreaterThanOrEqual(FLOOR_PROPERTIES_PRESENT);
  });
});
