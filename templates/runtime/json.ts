/** Any JSON value: what the docs call an untyped JSON object may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object with properties the docs do not describe ("Untyped JSON object"). */
export interface JsonObject {
  [key: string]: JsonValue;
}
