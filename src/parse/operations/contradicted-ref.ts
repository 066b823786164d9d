import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Example } from './examples.js';
import type { RequestGroup } from './http-request-blocks.js';
import type { RequestBodyFacts } from './operation-facts.js';
import { readPathTemplate } from './path-template.js';
import { matchesTemplate } from './template-match.js';

const REF_SEGMENT = /\/\$ref\/?$/i;

/**
 * A `POST .../$ref` request block that the rest of its page contradicts: the Request body
 * section describes an object (a representation, not an `@odata.id`), and the page's example
 * posts an object without `@odata.id` to the same path without `/$ref`. The page's evidence is
 * followed: the request creates the object at that path, and the conflict is reported. Any
 * other group is returned as it is.
 */
export function followEvidenceOverRefBlock(
  group: RequestGroup,
  examples: readonly Example[],
  requestBody: RequestBodyFacts,
  diagnostics: Diagnostic[],
): RequestGroup {
  if (group.method !== 'POST' || requestBody.kind !== 'representation' || !group.paths.every((path) => path.target === 'ref')) return group;
  const paths = group.paths.map((path) => readPathTemplate(path.written.replace(REF_SEGMENT, '')));
  const example = examples.find(
    (candidate) =>
      candidate.method === 'POST' &&
      candidate.outline !== undefined &&
      candidate.outline.keys.length > 0 &&
      !candidate.outline.keys.includes('@odata.id') &&
      paths.some((path) => endsWithTemplate(path.template, candidate.path)),
  );
  if (!example) return group;
  diagnostics.push({
    code: 'request-block-contradicted',
    severity: 'warning',
    message: `the HTTP request block posts to a $ref path, but the request body describes an object and the example posts one to the path without $ref; read as creating it at ${paths[0]!.template}`,
    source: group.source,
  });
  return { ...group, paths };
}

/**
 * Whether the example's path is the template, after whatever stray segments its URL carries
 * before the service path (`https://graph.microsoft.com/docs\api/deviceManagement/...`).
 */
function endsWithTemplate(template: string, path: string): boolean {
  for (let at = 0; at >= 0 && at < path.length; at = path.indexOf('/', at + 1)) {
    if (matchesTemplate(template, path.slice(at))) return true;
  }
  return false;
}
