import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { PageFacts } from '../../parse/page-facts.js';
import type { Lookup } from '../lookup.js';
import type { EnumType, StructuredType } from '../schema-model.js';
import { nameBodyTypes } from './body-names.js';
import { assignIds, type IdRequest } from './identities.js';
import type { Operation } from './operation-model.js';
import { resolveHeaders, resolvePath, resolveQuery } from './parameters.js';
import { resolveRequestBody } from './request-body.js';
import { resolveResponses } from './responses.js';
import { claimRoutes } from './routes.js';
import { OperationTypes } from './type-resolver.js';

/**
 * Every page's operations, resolved against the model's types: ids made unique, each path and
 * method given to one entry of the typed map (`routes.ts`), action bodies named. `pages` come sorted by
 * file, so the result is in page order, then in the order each page lists its requests.
 */
export function buildOperations(
  pages: readonly PageFacts[],
  lookup: Lookup,
  types: readonly StructuredType[],
  enums: readonly EnumType[],
  diagnostics: Diagnostic[],
): Operation[] {
  const resolver = new OperationTypes(lookup, types);
  const requests: IdRequest[] = [];
  for (const page of pages) {
    const stem = (page.file.split('/').pop() ?? page.file).replace(/\.md$/i, '');
    for (const facts of page.operations ?? []) {
      const scope = { file: page.file, namespace: page.namespace };
      const [primary, ...others] = facts.paths.map((path) => resolvePath(path, facts, scope, resolver));
      const responses = resolveResponses(facts, scope, resolver);
      const requestBody = resolveRequestBody(facts, scope, resolver, diagnostics);
      const operation: Omit<Operation, 'id'> = {
        method: facts.method,
        path: primary!.path,
        pathParameters: primary!.pathParameters,
        ...(primary!.spellings ? { spellings: primary!.spellings } : {}),
        ...(others.length > 0 ? { alternatives: others } : {}),
        ...(facts.title ? { summary: facts.title } : {}),
        ...(facts.queryExample ? { queryExample: true as const } : {}),
        query: resolveQuery(facts, responses, scope, resolver),
        headers: resolveHeaders(facts, scope, resolver),
        requestBody,
        responses,
        source: facts.source,
      };
      reportUnresolved(operation, diagnostics);
      requests.push({ operation, wanted: facts.exampleName ?? stem });
    }
  }
  const operations = assignIds(requests, diagnostics);
  claimRoutes(operations, diagnostics);
  nameBodyTypes(operations, [...types, ...enums].map((item) => item.tsName));
  return operations;
}

/** A body or success response left `unknown`: worth a look in the docs, not an error. */
function reportUnresolved(operation: Omit<Operation, 'id'>, diagnostics: Diagnostic[]): void {
  const reasons: string[] = [];
  if (operation.requestBody.kind === 'unknown') reasons.push(`request body: ${operation.requestBody.reason}`);
  const success = operation.responses.filter((response) => response.status < 400);
  if (success.length === 0) reasons.push('response: the page documents no success status');
  for (const response of success) if (response.body.kind === 'unknown') reasons.push(`response: ${response.body.reason}`);
  if (reasons.length === 0) return;
  diagnostics.push({
    code: 'operation-partly-typed',
    severity: 'info',
    message: `${operation.method} ${operation.path} is typed unknown in part (${reasons.join('; ')})`,
    source: operation.source,
  });
}
