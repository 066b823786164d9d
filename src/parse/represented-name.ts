import type { Paragraph } from 'mdast';
import { inlineText } from './inline-text.js';

/** A type name as inline text gives it: link text, code and bold are plain text there. */
const NAME = String.raw`([A-Za-z_][\w.]*)`;

/**
 * "supply a JSON representation of/for the [x](x.md) object", with or without the link, and
 * "of x resource": the phrasings the v1.0 API pages use (116 of them link nothing; Intune's
 * generated pages say "for the x object").
 */
const JSON_REPRESENTATION = new RegExp(String.raw`\bjson\s+representation\s+(?:of|for)\s+(?:(?:the|a|an|new)\s+)*${NAME}\s+(?:object|resource|entity)\b`, 'i');

/**
 * "the properties that are required when you create the x", "... to create the x object",
 * "... when you update the x": the sentence above the table of x's properties. The name must
 * end the sentence or be followed by "object" ("create a schema extension" names no type).
 */
const REQUIRED_WHEN_CREATING = new RegExp(
  String.raw`\bproperties\s+(?:that\s+are\s+)?required\s+(?:when\s+you|to)\s+(?:create|update)\s+(?:(?:the|a|an|new)\s+)*${NAME}(?:\s+(?:object|resource|entity))?\s*(?:[.:;]|$)`,
  'i',
);

/** The type a Request body paragraph says the body represents, in one of the phrasings above. */
export function phrasedRepresentation(paragraph: Paragraph): string | undefined {
  const text = inlineText(paragraph);
  return (JSON_REPRESENTATION.exec(text)?.[1] ?? REQUIRED_WHEN_CREATING.exec(text)?.[1])?.replace(/\.$/, '');
}

/**
 * The type a paragraph of the Request body section names as what the body represents: a
 * phrasing above, else, in a sentence that speaks of JSON, the first link to a page ("Send the
 * new [widget](../resources/widget.md) as JSON"). An action's "provide a JSON object with the
 * following parameters" names nothing.
 */
export function representedName(paragraph: Paragraph): string | undefined {
  const phrased = phrasedRepresentation(paragraph);
  if (phrased) return phrased;
  if (!/\bjson\b/i.test(inlineText(paragraph))) return undefined;
  const link = paragraph.children.find((node) => node.type === 'link' && /\.md(#|$)|\/resources\//i.test(node.url));
  return link ? inlineText(link).replace(/[`*]/g, '').trim() : undefined;
}
