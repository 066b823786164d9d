/** Ajv, compiled from the generated `schema.json`: the baseline the benchmark compares against. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export type AjvCheck = (value: unknown) => boolean;

const SCHEMA_ID = 'graphdoc:schema';

/**
 * Ajv's fastest sound setup: first error only (`allErrors: false`), no error messages,
 * full format checks for the formats the schema names.
 */
export function compileAjv(outDir: string): { check: (tsName: string) => AjvCheck; milliseconds: number } {
  const started = performance.now();
  const schema = JSON.parse(readFileSync(path.join(outDir, 'schema.json'), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: false, messages: false, strict: false, validateFormats: true });
  addFormats.default(ajv, { mode: 'full', formats: ['date-time', 'date', 'uuid'] });
  ajv.addSchema(schema, SCHEMA_ID);
  const cache = new Map<string, AjvCheck>();
  const check = (tsName: string): AjvCheck => {
    let found = cache.get(tsName);
    if (!found) {
      const validate = ajv.getSchema(`${SCHEMA_ID}#/$defs/${tsName}`);
      if (!validate) throw new Error(`schema.json has no definition ${tsName}`);
      found = (value: unknown) => validate(value) as boolean;
      cache.set(tsName, found);
    }
    return found;
  };
  return { check, milliseconds: performance.now() - started };
}
