/**
 * "Key" in a description, as the docs state it: a sentence or list item of its own ("Key.",
 * "Read-only, Key, Not nullable"), or "(The) key of the x" opening a sentence ("Key of the
 * entity.", Intune's wording). "Key usage", "Product Key" and "the key of a key-value pair"
 * are not keys.
 */
const SAYS_KEY =
  /(?:^|[.;,]\s+|\bis\s+the\s+)(?:the\s+)?(?:unique\s+)?key(?:\s+(?:of|for)\s+(?:the|this|a|an)\s+(?![\w\s-]*\bpair\b)[^.;,]*)?\s*(?:[.;,]|$)/i;

/** "Inherited from [entity](entity.md)": `entity`'s `id` is the key of every entity type. */
const INHERITED_FROM_ENTITY = /\binherited\s+from\s+(?:microsoft\.graph\.)?entity\b/i;

/** Whether a property row documents the type's key: "Key" in its description, or `id` inherited from `entity`. */
export function rowIsKey(name: string, description: string): boolean {
  return SAYS_KEY.test(description) || (name === 'id' && INHERITED_FROM_ENTITY.test(description));
}
