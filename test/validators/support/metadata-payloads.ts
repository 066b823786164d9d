/**
 * Payloads built from the service's metadata (CSDL), not from the docs: for a type, every
 * non-navigation property (inherited ones included) filled with a value of its metadata type,
 * nested types filled the same way. A property whose type is already being filled further up
 * (a recursive type) is left out, and listed. Also the mutations of such a payload that no
 * validator may accept.
 */
import { allProperties, parseTypeRef, type CsdlProperty } from '../../conformance/csdl.js';
import type { MetadataChecker } from './metadata-check.js';

export interface ValidPayload {
  /** Metadata qualified name. */
  type: string;
  payload: Record<string, unknown>;
  /** `type.property` left out because filling them would recurse. */
  omitted: string[];
}

const PRIMITIVE_VALUES: Record<string, unknown> = {
  'Edm.String': 'text',
  'Edm.Stream': 'aGVsbG8=',
  'Edm.Boolean': true,
  'Edm.Byte': 7,
  'Edm.SByte': -7,
  'Edm.Int16': 1234,
  'Edm.Int32': 42,
  'Edm.Int64': 1234567890123,
  'Edm.Single': 1.5,
  'Edm.Double': 2.25,
  'Edm.Decimal': 10.5,
  'Edm.Guid': '6a1a5f4e-1b2c-4d3e-8f90-0123456789ab',
  'Edm.Date': '2024-05-01',
  'Edm.DateTimeOffset': '2024-05-01T08:30:00Z',
  'Edm.TimeOfDay': '08:30:00',
  'Edm.Duration': 'PT1H30M',
  'Edm.Binary': 'aGVsbG8=',
};

/** A value of any kind but the one the metadata type asks for. */
const WRONG_PRIMITIVES: Record<string, unknown> = {
  'Edm.Boolean': 'true',
  'Edm.Byte': 'seven',
  'Edm.SByte': 'seven',
  'Edm.Int16': 'text',
  'Edm.Int32': 'text',
  'Edm.Int64': 'text',
  'Edm.Single': 'text',
  'Edm.Double': 'text',
  'Edm.Decimal': 'text',
};
const WRONG_FOR_STRINGS = 12345;

export function buildValidPayload(metadata: MetadataChecker, typeName: string): ValidPayload {
  const omitted: string[] = [];
  const payload = objectOf(metadata, typeName, [], omitted);
  return { type: typeName, payload: { '@odata.type': `#${typeName}`, ...payload }, omitted };
}

function objectOf(metadata: MetadataChecker, typeName: string, stack: string[], omitted: string[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const { property } of allProperties(metadata.csdl, typeName)) {
    if (property.navigation) continue;
    const ref = parseTypeRef(property.type);
    if (stack.includes(ref.name) || ref.name === typeName) {
      omitted.push(`${typeName}.${property.name}`);
      continue;
    }
    const value = valueOf(metadata, ref.name, [...stack, typeName], omitted);
    if (value === undefined) {
      omitted.push(`${typeName}.${property.name}`);
      continue;
    }
    object[property.name] = ref.collection ? [value] : value;
  }
  return object;
}

/** A value of a metadata type; undefined for types no payload here can hold (geography, untyped). */
export function valueOf(metadata: MetadataChecker, typeName: string, stack: string[], omitted: string[]): unknown {
  if (typeName in PRIMITIVE_VALUES) return PRIMITIVE_VALUES[typeName];
  const item = metadata.enum(typeName);
  if (item) return item.members[0];
  if (metadata.type(typeName)) return objectOf(metadata, metadata.type(typeName)!.qualifiedName, stack, omitted);
  return undefined;
}

export type MutationKind = 'wrong primitive' | 'non-member enum value' | 'single value for a collection' | 'text for an object' | 'array at the root' | 'null at the root';

export interface Mutation {
  kind: MutationKind;
  /** The property changed, where one was. */
  property?: string;
  value: unknown;
}

/**
 * Whether the docs define a property as the metadata does, for what a mutation changes: the
 * caller answers from the model, so mutations only target spots where docs and metadata agree.
 */
export type Agreement = (property: CsdlProperty, kind: MutationKind) => boolean;

export interface Mutations {
  mutations: Mutation[];
  /** Kinds that had candidate properties, none of which the docs define as the metadata does. */
  disagreements: { kind: MutationKind; properties: string[] }[];
}

/** Every kind of mutation that applies to the payload, each on the first property where docs and metadata agree. */
export function mutationsOf(metadata: MetadataChecker, valid: ValidPayload, agrees: Agreement): Mutations {
  const mutations: Mutation[] = [
    { kind: 'array at the root', value: [valid.payload] },
    { kind: 'null at the root', value: null },
  ];
  const disagreements: Mutations['disagreements'] = [];
  const candidates = new Map<MutationKind, { property: CsdlProperty; value: unknown }[]>();
  const add = (kind: MutationKind, property: CsdlProperty, value: unknown): void => {
    candidates.set(kind, [...(candidates.get(kind) ?? []), { property, value }]);
  };
  for (const { property } of allProperties(metadata.csdl, valid.type)) {
    if (property.navigation || !(property.name in valid.payload)) continue;
    const ref = parseTypeRef(property.type);
    const current = valid.payload[property.name];
    if (ref.collection) add('single value for a collection', property, (current as unknown[])[0]);
    if (ref.name in PRIMITIVE_VALUES) add('wrong primitive', property, ref.name in WRONG_PRIMITIVES ? WRONG_PRIMITIVES[ref.name] : WRONG_FOR_STRINGS);
    else if (metadata.enum(ref.name)) add('non-member enum value', property, 'notAMemberOfThisEnum');
    else if (metadata.type(ref.name)) add('text for an object', property, 'text');
  }
  for (const [kind, list] of candidates) {
    const chosen = list.find((candidate) => agrees(candidate.property, kind));
    if (!chosen) {
      disagreements.push({ kind, properties: list.map((candidate) => candidate.property.name) });
      continue;
    }
    const ref = parseTypeRef(chosen.property.type);
    // Collections of primitives, enums and objects: the wrong value goes in as the element.
    const value = ref.collection && kind !== 'single value for a collection' ? [chosen.value] : chosen.value;
    mutations.push({ kind, property: chosen.property.name, value: { ...valid.payload, [chosen.property.name]: value } });
  }
  return { mutations, disagreements };
}
