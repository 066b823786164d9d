import type { Diagnostic, SourcePosition } from '../diagnostics/diagnostic.js';
import type { OperationFacts } from './operations/operation-facts.js';

/**
 * Everything the generator needs to know about one page, read from that page alone.
 * Plain data (no classes, no Maps) so it can be cached as JSON and sent between workers.
 */
export interface PageFacts {
  /** Path relative to the docs folder, `/`-separated, e.g. `resources/user.md`. */
  file: string;
  kind: PageKind;
  frontMatter: { title?: string; description?: string; docType?: string };
  /** Text of the first `#` heading. */
  heading?: string;
  /** From the `Namespace: microsoft.graph` line; `microsoft.graph` where the page has none. */
  namespace: string;
  annotations: AnnotationFacts[];
  types: TypeFacts[];
  enums: EnumFacts[];
  /** API pages: the requests the page documents (src/parse/operations). */
  operations?: OperationFacts[];
  diagnostics: Diagnostic[];
}

export type PageKind = 'resource' | 'api' | 'enum' | 'conceptual' | 'unknown';

/** One `<!-- { "blockType": ... } -->` comment, parsed as JSON. */
export interface AnnotationFacts {
  blockType?: string;
  /** The rest of the annotation's JSON object, as written. */
  data: Record<string, unknown>;
  source: SourcePosition;
}

/** Where on its page a structured type was described; decides merge order in the model. */
export type TypeRole = 'resource' | 'requestBody';

export interface TypeFacts {
  /** The docs name, e.g. `user` or `callRecords.session` is split: name `session`, namespace `microsoft.graph.callRecords`. */
  name: string;
  namespace: string;
  role: TypeRole;
  /** Docs name (possibly qualified, e.g. `microsoft.graph.entity`) of the documented base type. */
  baseType?: string;
  description?: string;
  openType?: boolean;
  properties: PropertyFacts[];
  source: SourcePosition;
}

export interface PropertyFacts {
  name: string;
  type: TypeCell;
  /** The type cell as written (markdown), for diagnostics and reports. */
  typeText: string;
  description: string;
  /** False where the description says "Not nullable" (or the like); true otherwise. */
  nullable: boolean;
  readOnly: boolean;
  /** Stated in a relationships table (navigation property). */
  relationship: boolean;
  /**
   * The type's key: the resource annotation's `keyProperty`, "Key" in the description, or `id`
   * inherited from `entity`. A key is never nullable.
   */
  key?: true;
  /** Values listed in the description ("Possible values are: `a`, `b`."), in order. */
  possibleValues?: string[];
  /** Read from the resource's JSON representation only: no table row states it. */
  fromExample?: true;
  source: SourcePosition;
}

/** What a type cell says, before names are resolved against the rest of the docs. */
export type TypeCell =
  | { kind: 'primitive'; edm: EdmPrimitive; collection: boolean }
  | { kind: 'named'; name: string; collection: boolean; /** Link target, e.g. `user.md` or `#agegroup-values`. */ href?: string }
  | { kind: 'enumeration'; collection: boolean }
  | { kind: 'json'; collection: boolean }
  | { kind: 'unrecognised'; collection: boolean };

export type EdmPrimitive =
  | 'Edm.String'
  | 'Edm.Boolean'
  | 'Edm.Byte'
  | 'Edm.SByte'
  | 'Edm.Int16'
  | 'Edm.Int32'
  | 'Edm.Int64'
  | 'Edm.Single'
  | 'Edm.Double'
  | 'Edm.Decimal'
  | 'Edm.Guid'
  | 'Edm.Date'
  | 'Edm.DateTimeOffset'
  | 'Edm.TimeOfDay'
  | 'Edm.Duration'
  | 'Edm.Binary'
  | 'Edm.Stream';

export interface EnumFacts {
  name: string;
  namespace: string;
  /** Slug of the heading the enum's table sits under (`agegroup-values`), for `[x](#agegroup-values)` links. */
  anchor?: string;
  members: EnumMemberFacts[];
  description?: string;
  source: SourcePosition;
}

export interface EnumMemberFacts {
  name: string;
  value?: string;
  description?: string;
}
