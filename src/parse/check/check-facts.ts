import type { SourcePosition } from '../../diagnostics/diagnostic.js';

/**
 * What `graphdoc check` needs of one page beyond its PageFacts: its examples with the text of
 * their bodies where they sit on the page, its links, the anchors it offers, its TODOs and its
 * `graphdoc-disable` comments. Read from that page alone, plain data, cached like PageFacts.
 */
export interface CheckFacts {
  file: string;
  examples: ExampleBlockFacts[];
  links: LinkFacts[];
  /** Every `#anchor` a link can name on this page: heading slugs and `<a name>`/`id` anchors. */
  anchors: string[];
  todos: TodoFacts[];
  disabled: DisabledRange[];
}

/** A fenced block under a `request` or `response` annotation. */
export interface ExampleBlockFacts {
  blockType: 'request' | 'response';
  /** The annotation's `name` (a string, or the names of the requests a response answers). */
  name?: string | string[];
  /** The annotation's `@odata.type` (or `@type`), as written. */
  odataType?: string;
  isCollection: boolean;
  truncated: boolean;
  /** The fence's language (`http`, `json`), lower-cased. */
  language: string;
  /** The fence line. */
  source: SourcePosition;
  /** A request example's request line: method, the URL as written, and where the URL starts. */
  request?: { method: string; url: string; source: SourcePosition };
  /** A response example's status code. */
  status?: number;
  /** The body as it sits on the page: line `line` of the page is the text's first line, columns as on the page. */
  body?: { text: string; line: number };
}

export interface LinkFacts {
  /** As written: `../resources/user.md#properties`, `#x-values`, `https://…`. */
  url: string;
  source: SourcePosition;
}

export interface TodoFacts {
  /** The TODO and what follows it in its cell or string (`TODO: Determine scopes`). */
  text: string;
  where: 'front matter' | 'table' | 'heading' | 'prose';
  source: SourcePosition;
}

/** `<!-- graphdoc-disable code… -->`: the codes (all where empty) silenced from `from` to `to` (lines). */
export interface DisabledRange {
  codes: string[];
  from: number;
  to: number;
}
