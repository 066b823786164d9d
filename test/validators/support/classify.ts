/**
 * Why a validator rejected a payload, decided per error against two references that do not
 * come from the generated code: the service's metadata, judging the value itself
 * ({@link MetadataChecker}), and the model, compared with the metadata at the error's path.
 *
 * - `example-wrong`: the metadata rejects the value too (at the error's path or an enclosing
 *   one): the payload contradicts both the docs' tables and the service. A docs example bug.
 * - `docs-metadata-disagreement`: the metadata accepts the value, and the docs' tables (which
 *   the model follows, by design) define that spot differently from the metadata: another
 *   type, enum members, nullability, a property or derived type the metadata lacks or the docs
 *   do not document. The validator applies the docs faithfully; the docs' tables are the problem.
 * - `validator-wrong`: the metadata accepts the value and the docs define that spot as the
 *   metadata does, so nothing justifies the rejection (or the validator ran out of depth or
 *   threw). A generator bug: the tests fail on any.
 */
import { parseTypeRef, type CsdlProperty } from '../../conformance/csdl.js';
import type { Property } from '../../../src/model/schema-model.js';
import type { MetadataChecker, MetadataFinding } from './metadata-check.js';
import type { ModelView } from './model-view.js';
import type { ReportedError } from './generated-module.js';

export type Cause = 'example-wrong' | 'docs-metadata-disagreement' | 'validator-wrong';

export const CAUSE_TITLES: Record<Cause, string> = {
  'example-wrong': 'docs example wrong (the metadata rejects the value too)',
  'docs-metadata-disagreement': "docs/metadata disagreement (the docs' tables, which the validators follow, differ from the metadata there)",
  'validator-wrong': 'validator wrong (docs and metadata agree the value is fine)',
};

export interface Classified {
  cause: Cause;
  /** Why, in a few words: `docs Int32, metadata Int64`. */
  detail: string;
}

export interface Judges {
  model: ModelView;
  metadata: MetadataChecker;
}

export function classifyError(error: ReportedError, body: unknown, rootType: string, judges: Judges, findings: readonly MetadataFinding[]): Classified {
  if (error.found === 'too deep' || error.found.startsWith('reading threw')) return { cause: 'validator-wrong', detail: error.found };
  const finding = findings.find((candidate) => candidate.path === error.path || error.path.startsWith(`${candidate.path}/`));
  if (finding) return { cause: 'example-wrong', detail: `metadata: ${finding.path || '(root)'} ${finding.message}` };

  const metadataRoot = judges.metadata.type(rootType)?.qualifiedName;
  if (!metadataRoot) return { cause: 'docs-metadata-disagreement', detail: `${rootType} is not in the metadata` };
  const tokens = error.path === '' ? [] : error.path.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
  const ours = walk(body, rootType, tokens, modelSchema(judges.model));
  const theirs = walk(body, metadataRoot, tokens, metadataSchema(judges.metadata));

  if (ours.kind === 'odata.type' && theirs.kind === 'odata.type') {
    const named = typeof ours.named === 'string' ? ours.named.replace(/^#/, '') : String(ours.named);
    return judges.model.effectiveType(ours.declared, ours.named) === undefined
      ? { cause: 'docs-metadata-disagreement', detail: `the metadata accepts ${named} where it expects ${theirs.declared}; the docs expect ${ours.declared} and do not document ${named} as derived from it` }
      : { cause: 'validator-wrong', detail: `the docs derive ${named} from ${ours.declared}` };
  }
  if (ours.kind !== 'value' || theirs.kind !== 'value') {
    return { cause: 'docs-metadata-disagreement', detail: `docs: ${describe(ours)}; metadata: ${describe(theirs)}` };
  }
  const ourShape = judges.model.shape(ours.property);
  const theirShape = metadataShape(theirs.property, judges.metadata);
  if (ourShape.toLowerCase() !== theirShape.toLowerCase()) return { cause: 'docs-metadata-disagreement', detail: `docs ${ourShape}, metadata ${theirShape}` };
  if (ours.value === null && ours.property.nullable !== theirs.property.nullable) {
    return { cause: 'docs-metadata-disagreement', detail: `null: docs say ${ours.property.nullable ? 'nullable' : 'not nullable'}, metadata ${theirs.property.nullable ? 'Nullable' : 'Nullable="false"'}` };
  }
  return { cause: 'validator-wrong', detail: `docs and metadata both ${ourShape}` };
}

/** What the metadata admits at a property, in {@link ModelView.shape}'s terms. */
export function metadataShape(property: CsdlProperty, metadata: MetadataChecker): string {
  const ref = parseTypeRef(property.type);
  const item = metadata.enum(ref.name);
  const type = metadata.type(ref.name);
  const element = item
    ? `enum [${[...item.members].sort().join(', ')}]${item.isFlags ? ' (flags)' : ''}`
    : type
      ? `type ${type.qualifiedName.toLowerCase()}`
      : ref.name;
  return ref.collection ? `Collection(${element})` : element;
}

/** How to walk a payload with one schema. */
interface Schema<P> {
  effectiveType(declared: string, odataType: unknown): string | undefined;
  property(type: string, name: string): P | undefined;
  collection(property: P): boolean;
  /** The structured type of the property's values, where they are objects. */
  objectType(property: P): string | undefined;
}

type Walked<P> =
  | { kind: 'value'; property: P; value: unknown }
  | { kind: 'odata.type'; declared: string; named: unknown }
  | { kind: 'root' }
  | { kind: 'not-found'; where: string };

function walk<P>(body: unknown, rootType: string, tokens: readonly string[], schema: Schema<P>): Walked<P> {
  if (tokens.length === 0) return { kind: 'root' };
  let declared = rootType;
  let value: unknown = body;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    if (token === '@odata.type' && i === tokens.length - 1) return { kind: 'odata.type', declared, named: record['@odata.type'] };
    const type = schema.effectiveType(declared, record['@odata.type']) ?? declared;
    const property = schema.property(type, token);
    if (property === undefined) return { kind: 'not-found', where: `${type}.${token}` };
    value = record[token];
    if (i === tokens.length - 1) return { kind: 'value', property, value };
    if (schema.collection(property)) {
      value = Array.isArray(value) ? value[Number(tokens[++i])] : undefined;
      if (i === tokens.length - 1) return { kind: 'value', property, value };
    }
    const next = schema.objectType(property);
    if (next === undefined) return { kind: 'not-found', where: `${type}.${token} holds no objects` };
    declared = next;
  }
  return { kind: 'root' };
}

function modelSchema(model: ModelView): Schema<Property> {
  return {
    effectiveType: (declared, odataType) => model.effectiveType(declared, odataType),
    property: (type, name) => model.properties(type).get(name),
    collection: (property) => property.collection,
    objectType: (property) => (property.type.kind === 'type' ? property.type.type : undefined),
  };
}

function metadataSchema(metadata: MetadataChecker): Schema<CsdlProperty> {
  return {
    effectiveType: (declared, odataType) => metadata.effectiveType(declared, odataType),
    property: (type, name) => metadata.properties(type).get(name),
    collection: (property) => parseTypeRef(property.type).collection,
    objectType: (property) => metadata.type(parseTypeRef(property.type).name)?.qualifiedName,
  };
}

function describe<P>(walked: Walked<P>): string {
  switch (walked.kind) {
    case 'value':
      return 'a property';
    case 'odata.type':
      return '@odata.type';
    case 'root':
      return 'the root';
    case 'not-found':
      return `no property ${walked.where}`;
  }
}
