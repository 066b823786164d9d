import type { Nodes } from 'mdast';
import { markedText } from './inline-text.js';

/**
 * Lead-ins that introduce a list of allowed values in a property's description:
 * "Possible values are: `a`, `b`", "The possible values are", "Valid values are",
 * "Supported values", "Allowed values:", "Can be one of", "One of:".
 */
const LEAD_IN =
  /\b(?:(?:the\s+)?(?:possible|valid|supported|allowed|accepted|available|permitted)\s+values?(?:\s+(?:are|is|include|includes))?(?:\s+as\s+follows)?|(?:can|must|should)\s+be\s+(?:one\s+of(?:\s+the\s+following)?|either)|one\s+of)\s*:?/i;

const VALUE_WORD = /^[A-Za-z_][\w.-]*$/;

/**
 * The values a description lists after a lead-in, in order and without duplicates;
 * undefined where it lists none. Code spans are taken as written; where the list has none,
 * plain comma-separated words are. `null` is a nullability statement, not a member.
 */
export function readPossibleValues(nodes: Nodes[]): string[] | undefined {
  const marked = markedText(nodes);
  const lead = LEAD_IN.exec(marked);
  if (!lead) return undefined;
  const segment = sentenceAfter(marked, lead.index + lead[0].length);
  const spans = [...segment.matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').trim());
  const candidates = spans.length > 0 ? spans : plainWords(segment);
  const values = [...new Set(candidates.map(unquote).filter((v) => VALUE_WORD.test(v) && v !== 'null'))];
  return values.length > 0 ? values : undefined;
}


/** From `start` to the end of the sentence: a `.`, `;` or line break outside code spans. */
function sentenceAfter(text: string, start: number): string {
  let inCode = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '`') inCode = !inCode;
    else if (!inCode && (ch === ';' || (ch === '.' && /\s|$/.test(text[i + 1] ?? '')))) return text.slice(start, i);
  }
  return text.slice(start);
}

/**
 * A plain list ("none, low, high") is a list of single words; any piece of several words
 * ("1 to 10", "default is 5") means the sentence is prose, not a list, and nothing is taken.
 */
function plainWords(segment: string): string[] {
  const pieces = segment
    .split(/,|\bor\b|\band\b/)
    .map((piece) => piece.trim().replace(/\s*\([^)]*\)$/, ''))
    .filter((piece) => piece.length > 0);
  return pieces.every((piece) => !/\s/.test(piece)) ? pieces : [];
}

function unquote(value: string): string {
  return value.replace(/^["'*]+|["'*]+$/g, '');
}
