/**
 * A `$ref` request block under a create page whose example posts the object to the path
 * without `$ref` (seed 000 of issue 13): the page's evidence wins, with a diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/page.js';
import type { PageFacts } from '../../src/parse/page-facts.js';
import { apiPage, type ApiPageParts } from '../support/api-page.js';

const CREATE: ApiPageParts = {
  request: 'POST /widgets/{id}/sprockets/$ref',
  body: ['In the request body, supply a JSON representation for the sprocket object.'],
  rows: ['teeth|Int32|How many teeth.'],
};

function page(example: ApiPageParts['example'], parts: ApiPageParts = CREATE): PageFacts {
  return parsePage('api/x.md', apiPage({ ...parts, ...(example ? { example } : {}) }));
}

const paths = (facts: PageFacts) => facts.operations?.map((operation) => operation.paths.map((path) => path.template));
const contradictions = (facts: PageFacts) => facts.diagnostics.filter((d) => d.code === 'request-block-contradicted').length;

describe('a $ref request block against the page', () => {
  it('the example posts the object to the path without $ref: the path without $ref, and one warning', () => {
    const facts = page({ line: 'POST https://graph.microsoft.com/v1.0/widgets/42/sprockets', body: '{ "teeth": 24 }' });
    expect([paths(facts), contradictions(facts)]).toEqual([[['/widgets/{id}/sprockets']], 1]);
  });

  it('stray segments before the service path of the example URL (seed 000: `docs\\api`) do not hide it', () => {
    const facts = page({ line: 'POST https://graph.microsoft.com/docs\\api/widgets/42/sprockets', body: '{ "teeth": 24 }' });
    expect(paths(facts)).toEqual([['/widgets/{id}/sprockets']]);
  });

  it.each<[string, ApiPageParts['example'], ApiPageParts?]>([
    ['the example posts a reference (@odata.id)', { line: 'POST https://graph.microsoft.com/v1.0/widgets/42/sprockets', body: '{ "@odata.id": "https://graph.microsoft.com/v1.0/sprockets/7" }' }],
    ['the example posts to $ref too', { line: 'POST https://graph.microsoft.com/v1.0/widgets/42/sprockets/$ref', body: '{ "teeth": 24 }' }],
    ['the example sends no body', { line: 'POST https://graph.microsoft.com/v1.0/widgets/42/sprockets' }],
    [
      'the Request body section describes no object (an action\'s parameters)',
      { line: 'POST https://graph.microsoft.com/v1.0/widgets/42/sprockets', body: '{ "teeth": 24 }' },
      { ...CREATE, body: ['Supply a JSON object with the following parameters.'], firstHeader: 'Parameter' },
    ],
  ])('left as written where %s', (_, example, parts) => {
    const facts = page(example, parts);
    expect([paths(facts), contradictions(facts)]).toEqual([[['/widgets/{id}/sprockets/$ref']], 0]);
  });
});
