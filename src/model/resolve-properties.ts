import type { DiagnosticCode } from '../diagnostics/catalogue.js';
import { compareText, type Diagnostic, type Severity } from '../diagnostics/diagnostic.js';
import type { PropertyFacts } from '../parse/page-facts.js';
import { qualify, type EnumDraft, type TypeDraft } from './drafts.js';
import type { Lookup } from './lookup.js';
import { nameKey, pascalCase } from './naming.js';
import type { Property, ResolvedType } from './schema-model.js';

/**
 * Resolves every property's type cell against the known types and enums. Values listed in
 * prose ("Possible values are ...") on an `Enumeration` or `String` property become an enum:
 * the named enum with exactly those members where there is one, else a new enum named
 * `<type><Property>`. On a `String` the enum is open: the docs' declared type admits any string. A name nothing defines becomes `unknown`, with a diagnostic.
 */
export class PropertyResolver {
  private readonly bySignature = new Map<string, EnumDraft[]>();

  constructor(
    private readonly lookup: Lookup,
    enums: Iterable<EnumDraft>,
    private readonly derivedEnums: Map<string, EnumDraft>,
    private readonly diagnostics: Diagnostic[],
  ) {
    const sorted = [...enums].sort((a, b) => compareText(a.key, b.key));
    for (const draft of sorted) {
      const signature = membersSignature(draft.members.map((m) => m.name));
      this.bySignature.set(signature, [...(this.bySignature.get(signature) ?? []), draft]);
    }
  }

  resolve(owner: TypeDraft, facts: PropertyFacts): Property {
    return {
      name: facts.name,
      type: this.resolveType(owner, facts),
      collection: facts.type.collection,
      nullable: facts.nullable,
      readOnly: facts.readOnly,
      relationship: facts.relationship,
      ...(facts.key ? { key: true as const } : {}),
      description: facts.description,
      typeText: facts.typeText,
      source: facts.source,
    };
  }

  private resolveType(owner: TypeDraft, facts: PropertyFacts): ResolvedType {
    const cell = facts.type;
    switch (cell.kind) {
      case 'primitive':
        if (cell.edm === 'Edm.String' && facts.possibleValues) return { ...this.enumFromValues(owner, facts, facts.possibleValues), open: true };
        return { kind: 'primitive', edm: cell.edm };
      case 'json':
        return { kind: 'json' };
      case 'enumeration':
        if (facts.possibleValues) return this.enumFromValues(owner, facts, facts.possibleValues);
        return this.enumByPropertyName(owner, facts);
      case 'named': {
        const found = this.lookup.find(cell.name, facts.source.file, owner.namespace, cell.href);
        if (found) return found.kind === 'type' ? { kind: 'type', type: found.draft.key } : { kind: 'enum', enum: found.draft.key };
        // Graph documents a `Json` type; docs that name it without defining it mean any JSON.
        if (/^json$/i.test(cell.name)) return { kind: 'json' };
        this.report('error', 'unresolved-type', `type "${cell.name}" of ${owner.name}.${facts.name} is documented nowhere; typed as unknown`, facts);
        return { kind: 'unknown' };
      }
      case 'unrecognised':
        this.report('error', 'unrecognised-type-cell', `type cell "${facts.typeText}" of ${owner.name}.${facts.name} names no type; typed as unknown`, facts);
        return { kind: 'unknown' };
    }
  }

  /** An unnamed enum: the named enum with the same members, else a new `<type><Property>` enum. */
  private enumFromValues(owner: TypeDraft, facts: PropertyFacts, values: readonly string[]): { kind: 'enum'; enum: string } {
    const signature = membersSignature(values);
    const candidates = this.bySignature.get(signature) ?? [];
    const named = candidates.find((d) => !d.derivedName && d.name.toLowerCase() === facts.name.toLowerCase()) ?? candidates.find((d) => !d.derivedName);
    if (named) return { kind: 'enum', enum: named.key };
    const { name, key } = this.derivedName(owner, facts, signature);
    let draft = this.derivedEnums.get(key);
    if (!draft) {
      draft = {
        key,
        name,
        namespace: owner.namespace,
        members: values.map((value) => ({ name: value })),
        source: facts.source,
        anchors: [],
        files: [facts.source.file],
        derivedName: true,
      };
      this.derivedEnums.set(key, draft);
    }
    return { kind: 'enum', enum: draft.key };
  }

  /**
   * `<type><Property>`, numbered where a named enum (or a derived one with other members)
   * already has that key: `workforceIntegration.supportedEntities` lists other values than the
   * named enum `workforceIntegrationSupportedEntities`.
   */
  private derivedName(owner: TypeDraft, facts: PropertyFacts, signature: string): { name: string; key: string } {
    const base = `${owner.name}${pascalCase(facts.name)}`;
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base}${n}`;
      const key = nameKey(qualify(owner.namespace, name));
      const derived = this.derivedEnums.get(key);
      const taken = this.lookup.hasKey(key) || (derived !== undefined && membersSignature(derived.members.map((m) => m.name)) !== signature);
      if (!taken) return { name, key };
    }
  }

  /** `Enumeration` with no values listed: an enum of the property's own name, if the docs have one. */
  private enumByPropertyName(owner: TypeDraft, facts: PropertyFacts): ResolvedType {
    const found = this.lookup.findByName(facts.name, owner.namespace);
    if (found?.kind === 'enum') return { kind: 'enum', enum: found.draft.key };
    this.report('warning', 'enum-without-values', `${owner.name}.${facts.name} is an Enumeration but lists no values; typed as string`, facts);
    return { kind: 'primitive', edm: 'Edm.String' };
  }

  private report(severity: Severity, code: DiagnosticCode, message: string, facts: PropertyFacts): void {
    this.diagnostics.push({ code, severity, message, source: facts.source });
  }
}

function membersSignature(values: readonly string[]): string {
  return [...new Set(values)].sort(compareText).join('\u0000');
}
