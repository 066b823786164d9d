import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { EnumMemberFacts, PropertyFacts } from '../parse/page-facts.js';

/** A structured type gathered from every page that describes it, before names are resolved. */
export interface TypeDraft {
  key: string;
  name: string;
  namespace: string;
  /** Page that defined the type: its resource page where there is one. */
  source: SourcePosition;
  /** Every page that describes the type, resource page first. */
  files: string[];
  baseTypeText?: string;
  description?: string;
  openType: boolean;
  properties: PropertyFacts[];
}

/** A named enum gathered from every page that lists its members. */
export interface EnumDraft {
  key: string;
  name: string;
  namespace: string;
  members: EnumMemberFacts[];
  description?: string;
  source: SourcePosition;
  /** `file#anchor` of each values table, for `[x](#x-values)` links. */
  anchors: string[];
  files: string[];
  /** Set for enums the docs left unnamed. */
  derivedName?: boolean;
}

export function qualify(namespace: string, name: string): string {
  return `${namespace}.${name}`;
}
