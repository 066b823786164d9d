/**
 * Whether the docs (the model) define a property as the metadata does, for what a mutation
 * changes, so that a mutation tests the validator rather than a docs/metadata disagreement.
 */
import { parseTypeRef, type CsdlProperty } from '../../conformance/csdl.js';
import type { Property } from '../../../src/model/schema-model.js';
import { metadataShape } from './classify.js';
import type { MetadataChecker } from './metadata-check.js';
import type { MutationKind } from './metadata-payloads.js';
import type { ModelView } from './model-view.js';

export function docsAgree(model: ModelView, metadata: MetadataChecker, ours: Property | undefined, theirs: CsdlProperty, kind: MutationKind): boolean {
  if (!ours) return false;
  const collection = parseTypeRef(theirs.type).collection;
  switch (kind) {
    case 'wrong primitive':
      // The same primitive (and collection or not): the wrong value is wrong for both.
      return model.shape(ours).toLowerCase() === metadataShape(theirs, metadata).toLowerCase();
    case 'non-member enum value':
      // Closed enums on both sides: a value that is a member of neither is wrong for both.
      return ours.type.kind === 'enum' && ours.type.open !== true && model.enum(ours.type.enum) !== undefined && ours.collection === collection;
    case 'single value for a collection':
      return ours.collection && collection;
    case 'text for an object':
      return (ours.type.kind === 'type' || ours.type.kind === 'json') && ours.collection === collection;
    case 'array at the root':
    case 'null at the root':
      return true;
  }
}
