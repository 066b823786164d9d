import type { StructuredType } from '../../model/schema-model.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { childPath, indexPath, literal, propertyRead } from './code.js';
import { elementFailure, presentTest } from './check-body.js';
import { DERIVED_VALIDATION, odataTypeExpected, odataTypeTest } from './dispatch.js';
import { splitProperties } from './chunks.js';
import type { ImportSet } from './imports.js';
import { validatorNames } from './names.js';
import { checkedProperties, objectLabel, propertyLabel, type PropertyPlan } from './property-plan.js';
import type { SourceConstants } from './sources.js';

/**
 * The statements of `_validateWidget(v, p, r, c)`: reports every error below path `p` into
 * context `c`, `r` levels of nesting left. Reading a property that throws (a getter, a proxy)
 * is reported at the object's path, and the object's remaining properties are skipped.
 */
export function validateStatements(type: StructuredType, hierarchy: TypeHierarchy, imports: ImportSet, sources: SourceConstants): { statements: string[]; functions: string[] } {
  imports.helper('report', 'reportTooDeep', 'reportThrown');
  const source = sources.name(type.source.file);
  const lines = [
    `if (typeof v !== "object" || v === null || Array.isArray(v)) { report(c, p, ${literal(objectLabel(type))}, v, ${source}); return; }`,
    `if (r <= 0) { reportTooDeep(c, p, ${source}); return; }`,
    'const o = v as Record<string, unknown>;',
    'try {',
    'const t = o["@odata.type"];',
    `if (${odataTypeTest(type, 't')}) {`,
  ];
  if (hierarchy.derived(type).length > 0) lines.push(`const f = ${DERIVED_VALIDATION}(t);`, 'if (f !== undefined) { f(o, p, r, c); return; }');
  lines.push(`report(c, p + "/@odata.type", ${literal(odataTypeExpected(type, hierarchy))}, t, ${source});`, '}');
  const groups = checkedProperties(type, hierarchy).map((plan) => propertyValidation(plan, imports, sources));
  const split = splitProperties(groups, {
    baseName: 'validateProperties',
    parameters: [
      ['o', 'Record<string, unknown>'],
      ['p', 'string'],
      ['r', 'number'],
      ['c', 'ValidationContext'],
    ],
    returns: 'void',
    call: (name) => `${name}(o, p, r, c);`,
    tail: [],
  });
  lines.push(...split.inline);
  if (!type.openType) {
    imports.helper('reportUnknownKeys');
    lines.push(`if (c.strict) reportUnknownKeys(o, KEYS, p, c, ${source});`);
  }
  lines.push('} catch (error) {', `reportThrown(c, p, error, ${source});`, '}');
  return { statements: lines, functions: split.functions };
}

function propertyValidation(plan: PropertyPlan, imports: ImportSet, sources: SourceConstants): string[] {
  // The page constant is declared only where an error can cite it (objects report their own page).
  return [`x = ${readProperty(plan.name, imports)};`, ...propertyChecks(plan, imports, () => sources.name(plan.source))];
}

/** `o.name` or its own-property read, as the property's name requires. */
export function readProperty(name: string, imports: ImportSet): string {
  const read = propertyRead('o', name);
  if (read.usesOwnValue) imports.helper('ownValue');
  return read.text;
}

/**
 * The statements that check `x`, the value just read for `plan`, reporting below path `p`;
 * `cite` names the page an error cites, asked only where an error can be reported. Shared by
 * the type validators and the request-body validators (`emit/operations/body-checks.ts`).
 */
export function propertyChecks(plan: PropertyPlan, imports: ImportSet, cite: () => string): string[] {
  const path = childPath('p', plan.name);
  const report = (variable: string, at: string, label: string): string => `report(c, ${at}, ${literal(label)}, ${variable}, ${cite()});`;
  const element = plan.element;
  const present = presentTest(plan);
  const lines: string[] = [];
  if (!plan.collection) {
    if (element.kind === 'object') {
      const collect = validatorNames(element.type.tsName).collect;
      imports.validator(element.type.tsName, collect);
      lines.push(`if (${present}) ${collect}(x, ${path}, r - 1, c);`);
    } else if (element.kind !== 'any') {
      lines.push(`if (${present} && ${elementFailure(element, 'x', imports)}) ${report('x', path, propertyLabel(plan))}`);
    }
    return lines;
  }
  if (element.kind === 'any') {
    lines.push(`if (${present} && !Array.isArray(x)) ${report('x', path, propertyLabel(plan))}`);
    return lines;
  }
  const elementPath = indexPath('p', plan.name, 'i');
  lines.push(`if (${present}) {`, `if (!Array.isArray(x)) ${report('x', path, propertyLabel(plan))}`);
  if (element.kind === 'object') {
    const collect = validatorNames(element.type.tsName).collect;
    imports.validator(element.type.tsName, collect);
    lines.push(`else for (let i = 0; i < x.length; i++) ${collect}(x[i], ${elementPath}, r - 1, c);`);
  } else {
    lines.push(`else for (let i = 0; i < x.length; i++) { const y: unknown = x[i]; if (${elementFailure(element, 'y', imports)}) ${report('y', elementPath, plan.elementLabel)} }`);
  }
  lines.push('}');
  return lines;
}
