import type { Nodes, Root } from 'mdast';
import { positionOf } from '../position.js';
import type { PageContext } from '../property-table.js';
import { followEvidenceOverRefBlock } from './contradicted-ref.js';
import { readExamples, type Example } from './examples.js';
import { readRequestGroups, type RequestGroup } from './http-request-blocks.js';
import type { OperationFacts, ParameterFacts, TypeReference } from './operation-facts.js';
import { pageBlocks, type PageBlock } from './page-blocks.js';
import { readHeaderSections, readPathParameterTables, readQuerySections } from './parameter-sections.js';
import { readRequestBody, resourceLink } from './request-body.js';
import { mergeResponses } from './responses.js';
import { readResponseProse } from './response-prose.js';
import { matchesTemplate } from './template-match.js';

/**
 * An API page → the requests it documents (one per `HTTP request` block and thing addressed,
 * see `readRequestGroups`), with what the page says of their parameters, body and responses.
 * A page that documents none gets an `operation-not-found` diagnostic saying why.
 */
export function readOperations(tree: Root, heading: string | undefined, context: PageContext): OperationFacts[] {
  const { file } = context;
  const blocks = pageBlocks(tree, file);
  const written = readRequestGroups(blocks, file);
  if (written.length === 0) {
    context.diagnostics.push({ code: 'operation-not-found', severity: 'warning', message: notFoundCause(blocks), source: positionOf(file, tree.children[0]) });
    return [];
  }
  const examples = readExamples(blocks, file);
  const requestBody = readRequestBody(blocks, context);
  const groups = written.map((group) => followEvidenceOverRefBlock(group, examples, requestBody, context.diagnostics));
  const prose = readResponseProse(blocks, file, context.definitions);
  const query = readQuerySections(blocks, context);
  const headers = readHeaderSections(blocks, context);
  const pathParameterTypes = readPathParameterTables(blocks, context);
  const subject = openingLink(blocks, context);
  const used = new Set<Example>();
  const perMethod = new Map<string, number>();
  for (const group of groups) perMethod.set(group.method, (perMethod.get(group.method) ?? 0) + 1);

  return groups.map((group) => {
    const example = exampleFor(group, perMethod.get(group.method) === 1, examples, used);
    const operation: OperationFacts = {
      method: group.method,
      paths: group.paths,
      ...(example?.name ? { exampleName: example.name } : group.exampleName ? { exampleName: group.exampleName } : {}),
      ...(heading ? { title: heading } : {}),
      ...(group.queryExample ? { queryExample: true as const } : {}),
      ...(subject ? { subject } : {}),
      query: merged(group.query, query.parameters),
      ...(query.generic ? { genericQuery: true } : {}),
      headers: merged(headers, group.headers),
      pathParameterTypes,
      // Where the page says nothing of a body, an example request that sends none settles it.
      requestBody: requestBody.kind === 'unstated' && example && !example.hasBody ? { kind: 'none', source: example.source } : requestBody,
      responses: mergeResponses(group.method, prose, example?.response),
      source: group.source,
    };
    return operation;
  });
}

/**
 * The example that calls this group's request: the block itself where it is an example, else
 * the first unused example of the same method whose URL fits one of the group's paths, else,
 * where the page lists one request of that method, its first unused Graph example of that
 * method (examples often call an alias the block does not list, `/me/...` for `/users/{id}/...`;
 * an example on another host is a callback or an upload URL, not this request).
 */
function exampleFor(group: RequestGroup, onlyOfItsMethod: boolean, examples: readonly Example[], used: Set<Example>): Example | undefined {
  if (examples.length === 0) return undefined;
  const free = examples.filter((example) => !used.has(example) && example.method === group.method);
  const found =
    (group.exampleName ? free.find((example) => example.name === group.exampleName) : undefined) ??
    free.find((example) => group.paths.some((path) => matchesTemplate(path.template, example.path))) ??
    (onlyOfItsMethod ? free.find((example) => !example.otherHost) : undefined);
  if (found) used.add(found);
  return found;
}

/** The first list's entries, then the second's whose names the first lacks. */
function merged(first: readonly ParameterFacts[], second: readonly ParameterFacts[]): ParameterFacts[] {
  const result = [...first];
  for (const parameter of second) {
    if (!result.some((p) => p.name.toLowerCase() === parameter.name.toLowerCase())) result.push(parameter);
  }
  return result;
}

/** The type the opening paragraphs link ("Update the properties of a [widget](...) object."). */
function openingLink(blocks: readonly PageBlock[], context: PageContext): TypeReference | undefined {
  for (const block of blocks) {
    if (block.headings.some((h) => h.depth > 1)) break;
    if (block.node.type !== 'paragraph') continue;
    const link = resourceLink(block.node as Nodes, context.definitions);
    if (link) return link;
  }
  return undefined;
}

function notFoundCause(blocks: readonly PageBlock[]): string {
  const section = blocks.some((block) => block.headings.some((h) => /^http request/i.test(h.text.trim())));
  if (!section) return 'no operation: the page has no HTTP request section and no request block outside its examples';
  const code = blocks.some((block) => block.node.type === 'code' && block.headings.some((h) => /^http request/i.test(h.text.trim())));
  return code
    ? 'no operation: the HTTP request section has no request line (method and path)'
    : 'no operation: the HTTP request section has no code block';
}
