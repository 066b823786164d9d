import type { Code } from 'mdast';
import type { SourcePosition } from '../../diagnostics/diagnostic.js';
import { positionOf } from '../position.js';
import type { HttpMethod, ParameterFacts, PathFacts } from './operation-facts.js';
import { underExamples, type PageBlock } from './page-blocks.js';
import { readPathTemplate } from './path-template.js';
import { readQueryString } from './query-string.js';
import { readRequestLine, splitQuery } from './request-line.js';

/** The paths of one request as an `HTTP request` block lists them. */
export interface RequestGroup {
  method: HttpMethod;
  paths: PathFacts[];
  /** Options written into the paths' query strings. */
  query: ParameterFacts[];
  /** `Name: value` lines under the request lines (`workbook-session-id: {session-id}`). */
  headers: ParameterFacts[];
  /** Where the block is itself an example request (`blockType: request`), its name. */
  exampleName?: string;
  /** Every request line of the group shows OData query options in use (`GET /users?$expand=manager`). */
  queryExample: boolean;
  source: SourcePosition;
}

/**
 * The requests a page documents: the code blocks of its `HTTP request` sections, one group per
 * block, method, target (`$value` and `$ref` paths answer differently from the resource's) and
 * tail (what the path ends with: `/me/events` and `/users/{id}/events` are one request by two
 * routes, `/me/mailboxSettings/timeZone` and `/me/mailboxSettings/language` are two requests).
 * Where the page has no such section, a block outside the examples that lists service-relative
 * request lines (some pages put it under `Permissions`) stands in for it. A path listed twice
 * on the page (same method) belongs to its first group.
 */
export function readRequestGroups(blocks: readonly PageBlock[], file: string): RequestGroup[] {
  const codeBlocks = blocks.filter((block): block is PageBlock & { node: Code } => block.node.type === 'code');
  const inSection = codeBlocks.filter((block) => block.headings.some((h) => /^http request/i.test(h.text.trim())) && !underExamples(block.headings));
  const candidates = inSection.length > 0 ? inSection : codeBlocks.filter((block) => isStandIn(block));
  const groups: RequestGroup[] = [];
  const seen = new Set<string>();
  for (const block of candidates) {
    if (block.annotation?.blockType === 'response') continue;
    for (const group of groupsOfBlock(block, file)) {
      group.paths = group.paths.filter((path) => !seen.has(`${group.method} ${path.template}`));
      for (const path of group.paths) seen.add(`${group.method} ${path.template}`);
      if (group.paths.length > 0) groups.push(group);
    }
  }
  return groups;
}

/** A block outside the examples, not an example itself, whose request lines are service-relative. */
function isStandIn(block: PageBlock & { node: Code }): boolean {
  if (underExamples(block.headings) || (block.annotation?.blockType ?? 'ignored') !== 'ignored') return false;
  const first = block.node.value.split('\n').find((line) => line.trim() !== '') ?? '';
  return readRequestLine(first) !== undefined && !/^\s*\w+\s+https?:/i.test(first);
}

function groupsOfBlock(block: PageBlock & { node: Code }, file: string): RequestGroup[] {
  const start = positionOf(file, block.node);
  const groups = new Map<string, RequestGroup>();
  const templates = new Set<string>();
  let current: RequestGroup | undefined;
  block.node.value.split('\n').forEach((line, i) => {
    const source = { file, line: start.line + 1 + i, column: 1 };
    const request = readRequestLine(line);
    if (!request) {
      const header = /^\s*([A-Za-z][\w-]*)\s*:\s*(\S.*)$/.exec(line);
      if (current && header?.[1] && !current.headers.some((h) => h.name.toLowerCase() === header[1]!.toLowerCase())) {
        current.headers.push({ name: header[1], required: true, description: header[2]?.trim() ?? '', source });
      }
      return;
    }
    const { path, query } = splitQuery(request.target);
    const facts = readPathTemplate(path);
    const key = `${request.method} ${facts.target} ${tailOf(facts.template)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        method: request.method,
        paths: [],
        query: [],
        headers: [],
        queryExample: true,
        ...(block.annotation?.blockType === 'request' && typeof block.annotation.data['name'] === 'string' ? { exampleName: block.annotation.data['name'] } : {}),
        source,
      };
      groups.set(key, group);
    }
    current = group;
    // `$id` names what `DELETE .../$ref?$id=` removes: a parameter of the request, not an option shown in use.
    group.queryExample &&= /(?:^|&)\$(?!id=)\w+=/.test(query);
    if (!templates.has(key + facts.template)) group.paths.push(facts);
    templates.add(key + facts.template);
    for (const option of readQueryString(query, source)) {
      if (!group.query.some((q) => q.name === option.name)) group.query.push(option);
    }
  });
  return [...groups.values()];
}

/**
 * What a path addresses, whatever the route to it: its last literal segment and the parameters
 * after it, lower-cased (`events/{}`, `getschedule()`), casts and `$value`-like segments aside.
 * `/me` is the signed-in user's alias of `/users/{id}`, and so has the same tail.
 */
export function tailOf(template: string): string {
  if (/^\/me$/i.test(template)) return 'users/{}';
  const segments = template.split('/').filter((segment) => segment !== '' && !segment.startsWith('$') && !/^(?:microsoft\.graph|graph)\./.test(segment));
  const tail: string[] = [];
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!.replace(/\{[^{}]*\}/g, '{}').replace(/\(.*\)/, '()').toLowerCase();
    tail.unshift(segment);
    if (segment.replace(/\{\}/g, '').replace(/[=:']/g, '') !== '') break;
  }
  return tail.join('/');
}
