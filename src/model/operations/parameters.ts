import type { OperationFacts, ParameterFacts, PathFacts } from '../../parse/operations/operation-facts.js';
import { ODATA_OPTIONS } from '../../parse/operations/parameter-sections.js';
import type { OperationParameter, OperationPath, OperationResponse, ParameterType } from './operation-model.js';
import type { PageScope } from './request-body.js';
import type { OperationTypes } from './type-resolver.js';

const STRING: ParameterType = { type: { kind: 'primitive', edm: 'Edm.String' }, collection: false };
const INT32: ParameterType = { type: { kind: 'primitive', edm: 'Edm.Int32' }, collection: false };

/** How the service reads each OData system query option. */
const OPTION_TYPES: Record<string, ParameterType> = {
  $top: INT32,
  $skip: INT32,
  $count: { type: { kind: 'primitive', edm: 'Edm.Boolean' }, collection: false },
};

/** Options that shape one object; the rest only make sense on a collection. */
const SINGLE_OPTIONS = ['$select', '$expand'];
const COLLECTION_OPTIONS = ['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$count', '$search'];

/**
 * A path's parameters, typed: a `Path parameters` / `Function parameters` row of the same name
 * gives the type; a function argument the docs wrote as a number is a number; the rest are
 * strings (keys, names, paths).
 */
export function resolvePath(path: PathFacts, facts: OperationFacts, page: PageScope, types: OperationTypes): OperationPath {
  const pathParameters = path.parameters.map((parameter) => {
      const names = [parameter.name, parameter.written, ...(parameter.accepts ?? [])].map((name) => name.toLowerCase());
      const row = facts.pathParameterTypes.find((candidate) => names.includes(candidate.name.toLowerCase()));
      const type = row?.type ? types.cell(row.type, page.file, page.namespace) : parameter.numeric ? INT32 : STRING;
      return {
        name: parameter.name,
        type,
        ...(parameter.accepts ? { accepts: parameter.accepts } : {}),
        ...(row?.description ? { description: row.description } : {}),
      };
    });
  const written = writtenSpelling(path);
  return { path: path.template, pathParameters, ...(written ? { spellings: [{ path: written, pathParameters }] } : {}) };
}

/**
 * The path as the docs wrote it, where it lists the keys a parameter accepts
 * (`/users/{id | userPrincipalName}/events`) and reads as the template once each parameter is
 * named by its first key: callers may copy it from the docs as it stands, and its parameters
 * are the template's (`{ id }`).
 */
export function writtenSpelling(path: PathFacts): string | undefined {
  if (!path.written.includes('|')) return undefined;
  const named = path.written.replace(/\{([^{}]*)\}/g, (_match, text: string) => `{${placeholderName(text)}}`);
  return named === path.template && path.written !== path.template ? path.written : undefined;
}

/** The parameter a placeholder of a path key stands for: its first key (`id` of `{id | userPrincipalName}`). */
export function placeholderName(text: string): string {
  return (text.split('|')[0] ?? '').trim();
}

/**
 * The query options: those the path writes and the page's table or prose names; where the page
 * only says it "supports the OData query parameters", the options that fit its answer
 * (`$select` and `$expand` for one object, the paging and filtering ones too for a collection).
 */
export function resolveQuery(facts: OperationFacts, responses: readonly OperationResponse[], page: PageScope, types: OperationTypes): OperationParameter[] {
  const parameters = facts.query.map((parameter) => resolveParameter(parameter, page, types));
  if (facts.genericQuery && facts.method === 'GET') {
    const success = responses.find((response) => response.status < 300);
    const collection = success !== undefined && 'collection' in success.body && success.body.collection;
    for (const name of collection ? COLLECTION_OPTIONS : SINGLE_OPTIONS) {
      if (!parameters.some((p) => p.name === name)) parameters.push({ name, type: OPTION_TYPES[name] ?? STRING, required: false });
    }
  }
  return parameters;
}

export function resolveHeaders(facts: OperationFacts, page: PageScope, types: OperationTypes): OperationParameter[] {
  return facts.headers.map((parameter) => resolveParameter(parameter, page, types));
}

function resolveParameter(parameter: ParameterFacts, page: PageScope, types: OperationTypes): OperationParameter {
  const known = ODATA_OPTIONS.includes(parameter.name) ? (OPTION_TYPES[parameter.name] ?? STRING) : undefined;
  return {
    name: parameter.name,
    type: known ?? (parameter.type ? types.cell(parameter.type, page.file, page.namespace) : STRING),
    required: parameter.required,
    ...(parameter.description ? { description: parameter.description } : {}),
  };
}
