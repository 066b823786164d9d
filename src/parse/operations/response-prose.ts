import type { Nodes } from 'mdast';
import { positionOf } from '../position.js';
import type { Definitions } from '../type-cell.js';
import { primitiveFor } from '../primitives.js';
import type { ResponseBodyFacts, ResponseFacts, TypeReference } from './operation-facts.js';
import { sectionBlocks, type PageBlock } from './page-blocks.js';
import { resourceLink } from './request-body.js';

/** A run of inline content: plain text, a code span, or a link to a page. */
type Token =
  | { kind: 'text'; value: string }
  | { kind: 'code'; value: string }
  | { kind: 'strong'; value: string }
  | { kind: 'link'; value: string; reference?: TypeReference };

const STATUS_IN_TEXT = /\b([1-5]\d\d)\s+(?:OK|Created|Accepted|No Content|Found|Moved|See Other|Partial Content|Multi-Status)\b/;
const COLLECTION = /\b(?:collection|list|array|set)\s+of\b|\bcollection\b|\bobjects\b/i;
const NOTHING = /\b(?:no|empty)\s+(?:response\s+)?(?:body|content)\b|\bdoes(?:n't| not) return (?:anything|a (?:response )?body|content)\b|\bwithout a (?:response )?body\b/i;

/**
 * The `Response` section's prose, sentence by sentence: each success or redirect status it
 * names (`200 OK`, `201 Created`, `204 No Content`, `302 Found`) with what the sentence says
 * comes with it: a linked type (`a [user](../resources/user.md) object`), a collection of one
 * (`a collection of [x] objects`, `a [x] collection`), a primitive (`a String collection`), a
 * `Stream`, or no body. Sentences about failures ("If unsuccessful", 4xx) are passed over.
 */
export function readResponseProse(blocks: readonly PageBlock[], file: string, definitions: Definitions): ResponseFacts[] {
  const responses: ResponseFacts[] = [];
  let unnumbered: ResponseFacts | undefined;
  for (const block of sectionBlocks(blocks, /^responses?$/i)?.blocks ?? []) {
    if (block.node.type !== 'paragraph') continue;
    const source = positionOf(file, block.node);
    for (const sentence of sentences(tokens(block.node, definitions))) {
      if (/\b(?:unsuccessful|fails?|error)\b/i.test(sentenceText(sentence))) continue;
      const statuses = byStatus(sentence);
      for (const { status, rest } of statuses) {
        if (status >= 400 || responses.some((r) => r.status === status)) continue;
        responses.push({ status, body: bodyOf(status, rest), source });
      }
      if (statuses.length > 0) continue;
      const body = bodyOf(200, sentence);
      if (body.kind === 'unstated' || body.kind === 'none' || !/\breturns?\b|\bresponse body\b/i.test(sentenceText(sentence))) continue;
      // "... returns a `200 OK` response code. ... the response body includes an [attachment] object":
      // the body of the status named before; with no status named yet, of the plain success one.
      const last = responses[responses.length - 1];
      if (last?.body.kind === 'unstated') last.body = body;
      else if (!last && !unnumbered) unnumbered = { status: 200, body, source };
    }
  }
  return responses.length === 0 && unnumbered ? [unnumbered] : responses;
}

function tokens(node: Nodes, definitions: Definitions): Token[] {
  switch (node.type) {
    case 'text':
      return [{ kind: 'text', value: node.value }];
    case 'inlineCode':
      return [{ kind: 'code', value: node.value }];
    case 'strong':
      return [{ kind: 'strong', value: node.children.map((child) => ('value' in child ? child.value : '')).join('') }];
    case 'link':
    case 'linkReference': {
      const reference = resourceLink(node, definitions);
      return [{ kind: 'link', value: node.children.map((child) => ('value' in child ? child.value : '')).join(''), ...(reference ? { reference } : {}) }];
    }
    default:
      return 'children' in node ? (node.children as Nodes[]).flatMap((child) => tokens(child, definitions)) : [];
  }
}

/** Splits at `.` followed by white space (or the end) in plain text. */
function sentences(all: Token[]): Token[][] {
  const result: Token[][] = [[]];
  for (const token of all) {
    if (token.kind !== 'text') {
      result[result.length - 1]!.push(token);
      continue;
    }
    const parts = token.value.split(/(?<=\.)\s+/);
    parts.forEach((part, i) => {
      if (i > 0) result.push([]);
      if (part !== '') result[result.length - 1]!.push({ kind: 'text', value: part });
    });
  }
  return result.filter((sentence) => sentence.length > 0);
}

function sentenceText(sentence: Token[]): string {
  return sentence.map((token) => token.value).join('');
}

/** The statuses a sentence names, each with the tokens up to the next one. */
function byStatus(sentence: Token[]): { status: number; rest: Token[] }[] {
  const found: { status: number; rest: Token[] }[] = [];
  for (const token of sentence) {
    const status = token.kind === 'code' ? /^\s*([1-5]\d\d)\b/.exec(token.value) : token.kind === 'text' ? STATUS_IN_TEXT.exec(token.value) : null;
    if (status?.[1]) {
      found.push({ status: Number(status[1]), rest: [] });
      if (token.kind === 'text') found[found.length - 1]!.rest.push({ kind: 'text', value: token.value.slice(status.index + status[0].length) });
      continue;
    }
    found[found.length - 1]?.rest.push(token);
  }
  return found;
}

function bodyOf(status: number, rest: Token[]): ResponseBodyFacts {
  const text = rest.filter((token) => token.kind !== 'code').map((token) => token.value).join('');
  const collection = COLLECTION.test(text);
  const link = rest.find((token): token is Token & { kind: 'link' } => token.kind === 'link' && token.reference !== undefined);
  if (link?.reference) return { kind: 'type', type: link.reference, collection };
  const named = boldName(rest);
  if (named) return { kind: 'type', type: { name: named }, collection };
  // A redirect's body is not the call's answer: the `Location` header is.
  if (status === 204 || (status >= 300 && status < 400) || NOTHING.test(text)) return { kind: 'none' };
  const primitive = primitiveWord(text);
  if (primitive === 'Edm.Stream') return { kind: 'binary' };
  if (primitive) return { kind: 'primitive', edm: primitive, collection };
  return { kind: 'unstated' };
}

/** "an **alert** object", "a **site** collection": a type named in bold instead of linked. */
function boldName(rest: readonly Token[]): string | undefined {
  for (let i = 0; i < rest.length - 1; i++) {
    const token = rest[i]!;
    const next = rest[i + 1]!;
    if (token.kind === 'strong' && /^[A-Za-z_][\w.]*$/.test(token.value.trim()) && next.kind === 'text' && /^\s+(?:objects?|collection|resources?|entit(?:y|ies))\b/i.test(next.value)) {
      return token.value.trim();
    }
  }
  return undefined;
}

/** A capitalised primitive name in prose: `String`, `Boolean`, `Int32`, `Stream`, `Edm.String`. */
function primitiveWord(text: string) {
  for (const match of text.matchAll(/\b(?:Edm\.)?[A-Z][a-z]+(?:\d\d)?\b/g)) {
    const primitive = primitiveFor(match[0]);
    // "Date" and "Url" start many sentences' nouns; the docs name a primitive body as String, Boolean, Int32, Stream...
    if (primitive && !/^(?:Date|Url|Uri|Timestamp|Number|Single|Short|Long|Float|Byte)$/.test(match[0])) return primitive;
  }
  return undefined;
}
