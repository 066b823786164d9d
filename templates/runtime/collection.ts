/**
 * A collection as Graph sends one: the items in `value`, and, where there are more, the link
 * to the next page. `@odata.count` is there when the request asked for `$count=true`.
 */
export type GraphCollection<T> = {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
  '@odata.context'?: string;
};

/** A page of a delta function's answer: the last page carries the link for the next round. */
export type GraphDeltaCollection<T> = GraphCollection<T> & {
  '@odata.deltaLink'?: string;
};

/** A single value a function or action returns (a string, a number, an enum member), as Graph wraps it. */
export type GraphValue<T> = {
  value: T;
  '@odata.context'?: string;
};

/** A reference to an entity, as `$ref` requests send and answer it. */
export type GraphReference = {
  '@odata.id': string;
};
