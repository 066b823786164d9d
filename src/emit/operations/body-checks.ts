import type { BodyParameter, RequestBody } from '../../model/operations/operation-model.js';
import type { StructuredType } from '../../model/schema-model.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { childPath, literal, parameterList } from '../validators/code.js';
import type { ImportSet } from '../validators/imports.js';
import { validatorNames } from '../validators/names.js';
import { planProperty, propertyLabel, type PropertyPlan } from '../validators/property-plan.js';
import { propertyChecks, readProperty } from '../validators/validate-body.js';

/**
 * The text of one request-body check, `(v, r, c, s) => void`: reports every error of body `v`
 * into context `c`, `r` levels of nesting left, citing page `s` for errors about the body itself
 * (missing required properties, a body where none belongs). Properties are checked by the type
 * validators (`validators/*.ts`), which cite their own pages.
 */
export interface BodyCheck {
  /** Identical bodies share one function: create/update of one type with the same lists, one action body type. */
  key: string;
  /** A name of its own in the file: `_createWidget`, `_updateWidget`, `_bodyCopyRequestBody`, `_noBody`... */
  name: string;
  /** Declarations the function needs before it (a `KEYS_...` set), then the function. */
  statements: string[];
}

/** Every check takes these; `parameterList` names those its body does not use `_v`, `_r`, ... */
const PARAMETERS = [
  ['v', 'unknown'],
  ['r', 'number'],
  ['c', 'ValidationContext'],
  ['s', 'string'],
] as const;
const NOT_OBJECT = 'typeof v !== "object" || v === null || Array.isArray(v)';

/** The check of `body`, or of a body kind shared by every operation that has it. */
export function bodyCheck(body: RequestBody, hierarchy: TypeHierarchy, imports: ImportSet, nameOf: (base: string) => string): BodyCheck {
  switch (body.kind) {
    case 'none':
      imports.helper('report');
      // The method takes no body (GET, DELETE) or the docs say to send none: sending one is a
      // mistake the service ignores at best, so anything but `undefined` is reported.
      return fixed('none', '_noBody', ['if (v !== undefined) report(c, "", "no request body", v, s);']);
    case 'binary':
    case 'unknown':
      // Bytes (a Blob, a Buffer, a stream, a string) or a body the docs do not describe: nothing to check.
      return fixed('any', '_anyBody', ['// Anything goes.']);
    case 'reference':
      imports.helper('report', 'reportThrown');
      return fixed('reference', '_referenceBody', [
        `if (${NOT_OBJECT}) { report(c, "", ${literal('a reference: { "@odata.id": String }')}, v, s); return; }`,
        'try {',
        'const x = (v as Record<string, unknown>)["@odata.id"];',
        'if (typeof x !== "string") report(c, "/@odata.id", "String (required)", x, s);',
        '} catch (error) { reportThrown(c, "", error, s); }',
      ]);
    case 'create':
    case 'update':
      return resourceCheck(body, hierarchy, imports, nameOf);
    case 'parameters':
      return parametersCheck(body.tsName, body.parameters, hierarchy, imports, nameOf);
  }

  function fixed(key: string, name: string, lines: string[]): BodyCheck {
    return { key, name, statements: [functionText(name, lines)] };
  }
}

/**
 * A create or update body: the type's validator, then (create) every required property present;
 * with `strict`, the properties the docs mark read-only are reported too (the typed map omits them).
 * An update is partial: any subset of the properties will do.
 */
function resourceCheck(body: Extract<RequestBody, { kind: 'create' | 'update' }>, hierarchy: TypeHierarchy, imports: ImportSet, nameOf: (base: string) => string): BodyCheck {
  const required = body.kind === 'create' ? body.required : [];
  const key = JSON.stringify([body.kind, body.type, required, body.omit]);
  const type = hierarchy.type(body.type);
  const lines: string[] = [];
  if (type) {
    const collect = validatorNames(type.tsName).collect;
    imports.validator(type.tsName, collect);
    lines.push(`${collect}(v, "", r, c);`, `if (${NOT_OBJECT}) return;`);
  } else {
    imports.helper('report');
    lines.push(`if (${NOT_OBJECT}) { report(c, "", ${literal(body.type)}, v, s); return; }`);
  }
  // Nothing more to check (no required or read-only properties): no object to look into.
  if (required.length > 0 || body.omit.length > 0) lines.push(...requiredAndReadOnly(required, body.omit, type, hierarchy, imports));
  const base = `_${body.kind}${type?.tsName ?? 'Resource'}`;
  const name = nameOf(base);
  return { key, name, statements: [functionText(name, lines)] };
}

/** Every required property present and, with `strict`, no read-only one. */
function requiredAndReadOnly(required: readonly string[], omit: readonly string[], type: StructuredType | undefined, hierarchy: TypeHierarchy, imports: ImportSet): string[] {
  imports.helper('report', 'reportThrown');
  const lines = ['const o = v as Record<string, unknown>;', 'try {'];
  for (const name of required) {
    lines.push(`if (${readProperty(name, imports)} === undefined) report(c, ${literal(pointer(name))}, ${literal(`${requiredLabel(type, name, hierarchy)} (required)`)}, undefined, s);`);
  }
  if (omit.length > 0) {
    lines.push('if (c.strict) {');
    for (const name of omit) {
      const value = readProperty(name, imports);
      lines.push(`if (${value} !== undefined) report(c, ${literal(pointer(name))}, "no read-only property (strict)", ${value}, s);`);
    }
    lines.push('}');
  }
  lines.push('} catch (error) { reportThrown(c, "", error, s); }');
  return lines;
}

/** An action's parameters object (`AssignPartsRequestBody`): each parameter by its documented type. */
function parametersCheck(tsName: string, parameters: readonly BodyParameter[], hierarchy: TypeHierarchy, imports: ImportSet, nameOf: (base: string) => string): BodyCheck {
  imports.helper('report', 'reportThrown', 'reportTooDeep', 'reportUnknownKeys');
  const name = nameOf(`_body${tsName}`);
  const keys = `KEYS${name}`;
  const lines = [
    `if (${NOT_OBJECT}) { report(c, "", ${literal(tsName)}, v, s); return; }`,
    'if (r <= 0) { reportTooDeep(c, "", s); return; }',
    'const o = v as Record<string, unknown>;',
    'const p = "";',
    'try {',
    'let x: unknown;',
  ];
  for (const parameter of parameters) lines.push(...parameterValidation(parameter, planProperty(parameter, hierarchy), imports));
  lines.push(`if (c.strict) reportUnknownKeys(o, ${keys}, p, c, s);`, '} catch (error) { reportThrown(c, p, error, s); }');
  const set = `const ${keys}: ReadonlySet<string> = /* @__PURE__ */ new Set<string>([${parameters.map((p) => literal(p.name)).join(', ')}]);`;
  return { key: JSON.stringify(['parameters', tsName]), name, statements: [set, functionText(name, lines)] };
}

/** As the type validators check a property (`validate-body.ts`), plus a required parameter's presence. */
function parameterValidation(parameter: BodyParameter, plan: PropertyPlan, imports: ImportSet): string[] {
  const lines = [`x = ${readProperty(plan.name, imports)};`];
  if (parameter.required) lines.push(`if (x === undefined) report(c, ${childPath('p', plan.name)}, ${literal(`${propertyLabel(plan)} (required)`)}, x, s);`);
  return [...lines, ...propertyChecks(plan, imports, () => literal(plan.source))];
}

function pointer(name: string): string {
  return `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function requiredLabel(type: StructuredType | undefined, name: string, hierarchy: TypeHierarchy): string {
  const property = type ? hierarchy.properties(type).find((candidate) => candidate.name === name) : undefined;
  return property ? propertyLabel(planProperty(property, hierarchy)) : 'a value';
}

function functionText(name: string, lines: readonly string[]): string {
  const body = lines.join('\n');
  return `function ${name}${parameterList(PARAMETERS, body)}: void {\n${body}\n}`;
}
