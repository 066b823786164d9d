/**
 * The comparator: metadata (ground truth) + compiled TypeScript (what users get) + the
 * generator's model (name mapping and docs evidence only) → four figures and the
 * mismatches behind them, grouped by cause. Pure: no I/O.
 */
import type { SourcePosition } from '../../src/diagnostics/diagnostic.js';
import type { CompiledInterface, TypeDescriptor } from './compiled-types.js';
import { allProperties, parseTypeRef, type CsdlModel } from './csdl.js';
import type { DocsModelIndex } from './docs-model.js';

export interface Figure {
  numerator: number;
  denominator: number;
}

export interface Figures {
  /** In-scope metadata types that have an exported interface. */
  typesGenerated: Figure;
  /** Metadata properties (inherited and navigation ones included) of generated types that the interface has. */
  propertiesPresent: Figure;
  /** Present properties whose compiled type matches the metadata type. */
  typedRight: Figure;
  /** Present properties of enum type (or collection of one), typed as a string-literal union, whose literals equal the metadata members. */
  enumMembersExact: Figure;
  /** The same over every present property of enum type, typed as a union or not (no floor: printed for the record). */
  enumMembersExactStrict: Figure;
}

export type MismatchCause =
  | 'type-not-in-model'
  | 'type-not-exported'
  | 'type-not-an-interface'
  | 'property-missing'
  | 'typed-unknown'
  | 'docs-enum-metadata-string'
  | 'collection-mismatch'
  | 'enum-not-literal-union'
  | 'docs-string-metadata-enum'
  | 'referenced-type-not-in-model'
  | 'wrong-interface'
  | 'type-mismatch'
  | 'enum-members-differ';

export const CAUSE_TITLES: Record<MismatchCause, string> = {
  'type-not-in-model': 'Type missing: the model has no type of that qualified name',
  'type-not-exported': 'Type missing: the model names a TypeScript name that index.ts does not export',
  'type-not-an-interface': 'Type missing: exported, but not as an interface',
  'property-missing': 'Property missing from the interface',
  'typed-unknown': 'Typed as unknown (or any)',
  'docs-enum-metadata-string': 'Docs/metadata disagreement: docs give an enum, metadata says Edm.String',
  'collection-mismatch': 'Collection vs single value',
  'enum-not-literal-union': 'Metadata enum, but not a string-literal union',
  'docs-string-metadata-enum': 'Docs/metadata disagreement: docs type it String (values listed in prose: an open union), metadata has an enum',
  'referenced-type-not-in-model': 'Metadata type refers to a structured type the model does not have',
  'wrong-interface': 'Different interface than the metadata type',
  'type-mismatch': 'Type mismatch',
  'enum-members-differ': 'Enum members differ from the metadata',
};

export const CAUSE_ORDER = Object.keys(CAUSE_TITLES) as MismatchCause[];

export interface Mismatch {
  cause: MismatchCause;
  /** Metadata qualified name of the in-scope type. */
  type: string;
  tsName?: string;
  property?: string;
  /** Metadata type that declares the property, where inherited. */
  declaredBy?: string;
  /** As in the metadata, alias resolved. */
  metadataType?: string;
  /** The checker's text for our property type. */
  ourType?: string;
  /** The docs' type cell as written (model). */
  docsTypeText?: string;
  /** Where the docs define the property, or the type (model). */
  docsSource?: SourcePosition;
  detail?: string;
}

export interface ComparisonInput {
  csdl: CsdlModel;
  /** Qualified names of the in-scope metadata types. */
  scope: readonly string[];
  model: DocsModelIndex;
  /** Exported interfaces of the output, by exported name. */
  interfaces: ReadonlyMap<string, CompiledInterface>;
  /** Exported names that are not interfaces. */
  otherExports?: ReadonlySet<string>;
}

export interface ComparisonResult {
  figures: Figures;
  mismatches: Mismatch[];
}

const STRING_EDM = new Set(['Edm.String', 'Edm.Guid', 'Edm.Date', 'Edm.DateTimeOffset', 'Edm.TimeOfDay', 'Edm.Duration', 'Edm.Binary', 'Edm.Stream']);
const NUMBER_EDM = new Set(['Edm.Byte', 'Edm.SByte', 'Edm.Int16', 'Edm.Int32', 'Edm.Int64', 'Edm.Single', 'Edm.Double', 'Edm.Decimal']);

export function compare(input: ComparisonInput): ComparisonResult {
  const { csdl, model, interfaces } = input;
  const figures: Figures = {
    typesGenerated: { numerator: 0, denominator: 0 },
    propertiesPresent: { numerator: 0, denominator: 0 },
    typedRight: { numerator: 0, denominator: 0 },
    enumMembersExact: { numerator: 0, denominator: 0 },
    enumMembersExactStrict: { numerator: 0, denominator: 0 },
  };
  const mismatches: Mismatch[] = [];

  for (const qualifiedName of input.scope) {
    figures.typesGenerated.denominator++;
    const modelType = model.type(qualifiedName);
    const tsName = modelType?.tsName;
    const compiled = tsName === undefined ? undefined : interfaces.get(tsName);
    if (!modelType || !compiled) {
      const cause: MismatchCause =
        tsName === undefined ? 'type-not-in-model' : input.otherExports?.has(tsName) ? 'type-not-an-interface' : 'type-not-exported';
      mismatches.push(withoutUndefined({ cause, type: qualifiedName, tsName, docsSource: modelType?.source }));
      continue;
    }
    figures.typesGenerated.numerator++;

    for (const { property, declaredBy } of allProperties(csdl, qualifiedName)) {
      figures.propertiesPresent.denominator++;
      const docs = model.property(qualifiedName, property.name) ?? model.property(declaredBy, property.name);
      const base = withoutUndefined({
        type: qualifiedName,
        tsName,
        property: property.name,
        declaredBy: declaredBy === qualifiedName ? undefined : declaredBy,
        metadataType: property.type,
        docsTypeText: docs?.typeText,
        docsSource: docs?.source ?? modelType.source,
      });
      const ours = compiled.properties.get(property.name);
      if (!ours) {
        mismatches.push({ cause: 'property-missing', ...base });
        continue;
      }
      figures.propertiesPresent.numerator++;
      figures.typedRight.denominator++;
      const judged = { ...base, ourType: ours.text };

      const cause = typeMismatch(property.type, ours.descriptor, csdl, model);
      if (cause === undefined) figures.typedRight.numerator++;
      else mismatches.push({ ...judged, ...cause });

      const ref = parseTypeRef(property.type);
      const metadataEnum = csdl.enums.get(ref.name);
      if (metadataEnum) {
        // Figure 4 asks whether an enum we generated has the metadata's members; a property we did
        // not type as an enum at all is already a typed-right failure, so it is counted only in the
        // strict variant, which is printed beside it.
        const literals = literalValues(ours.descriptor);
        figures.enumMembersExactStrict.denominator++;
        if (literals) figures.enumMembersExact.denominator++;
        const expected = new Set(metadataEnum.members);
        const missing = metadataEnum.members.filter((member) => !literals?.has(member));
        const extra = literals ? [...literals].filter((value) => !expected.has(value)).sort() : [];
        if (literals && missing.length === 0 && extra.length === 0) {
          figures.enumMembersExact.numerator++;
          figures.enumMembersExactStrict.numerator++;
        } else if (literals) {
          const detail = [missing.length ? `missing: ${missing.join(', ')}` : '', extra.length ? `extra: ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
          mismatches.push({ ...judged, cause: 'enum-members-differ', detail });
        }
      }
    }
  }
  return { figures, mismatches };
}

/** Undefined where our type matches the metadata type; the cause otherwise. */
export function typeMismatch(
  metadataType: string,
  ours: TypeDescriptor,
  csdl: CsdlModel,
  model: DocsModelIndex,
): Pick<Mismatch, 'cause' | 'detail'> | undefined {
  const ref = parseTypeRef(metadataType);
  let element = ours;
  if (element.kind === 'array') {
    if (!ref.collection) return element.element.kind === 'unknown' ? { cause: 'typed-unknown' } : { cause: 'collection-mismatch' };
    element = element.element;
  } else if (ref.collection) {
    return element.kind === 'unknown' ? { cause: 'typed-unknown' } : { cause: 'collection-mismatch' };
  }
  if (element.kind === 'unknown') return { cause: 'typed-unknown' };

  const name = ref.name;
  if (STRING_EDM.has(name)) {
    // An open union (`'a' | 'b' | (string & {})`) admits every string: typed as a string.
    if (element.kind === 'string' || element.kind === 'openStringLiterals') return undefined;
    if (element.kind === 'stringLiterals' && name === 'Edm.String') return { cause: 'docs-enum-metadata-string' };
    return { cause: 'type-mismatch' };
  }
  if (name === 'Edm.Boolean') return element.kind === 'boolean' ? undefined : { cause: 'type-mismatch' };
  if (NUMBER_EDM.has(name)) return element.kind === 'number' ? undefined : { cause: 'type-mismatch' };
  if (csdl.enums.has(name)) {
    if (element.kind === 'stringLiterals') return undefined;
    return element.kind === 'openStringLiterals' ? { cause: 'docs-string-metadata-enum' } : { cause: 'enum-not-literal-union' };
  }
  if (csdl.types.has(name)) {
    const expected = model.tsName(name);
    if (expected === undefined) return { cause: 'referenced-type-not-in-model' };
    if (element.kind === 'interface') {
      return element.name === expected ? undefined : { cause: 'wrong-interface', detail: `expected interface ${expected}` };
    }
    return { cause: 'type-mismatch', detail: `expected interface ${expected}` };
  }
  return { cause: 'type-mismatch', detail: `metadata type ${name} is not mapped by the conformance test` };
}

/** The string literals of a (possibly array) descriptor; undefined where it is not a literal union. */
function literalValues(descriptor: TypeDescriptor): Set<string> | undefined {
  const element = descriptor.kind === 'array' ? descriptor.element : descriptor;
  return element.kind === 'stringLiterals' || element.kind === 'openStringLiterals' ? new Set(element.values) : undefined;
}

export function percentage(figure: Figure): number {
  return figure.denominator === 0 ? 100 : (figure.numerator / figure.denominator) * 100;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
