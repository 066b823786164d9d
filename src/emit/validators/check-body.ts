import type { StructuredType } from '../../model/schema-model.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { propertyRead } from './code.js';
import { odataTypeTest, DERIVED_CHECK } from './dispatch.js';
import { splitProperties } from './chunks.js';
import type { ImportSet } from './imports.js';
import { validatorNames } from './names.js';
import { checkedProperties, type ElementPlan, type PropertyPlan } from './property-plan.js';

/**
 * The statements of `_isWidget(v, r, s)`: true where `v` is a Widget, `r` levels of nesting
 * left, `s` strict. Straight-line code: one read and one test per property, returning false at
 * the first failure.
 */
export function checkStatements(type: StructuredType, hierarchy: TypeHierarchy, imports: ImportSet): { statements: string[]; functions: string[] } {
  const lines = ['if (typeof v !== "object" || v === null || Array.isArray(v) || r <= 0) return false;', 'const o = v as Record<string, unknown>;'];
  lines.push('const t = o["@odata.type"];');
  const derived = hierarchy.derived(type).length > 0;
  lines.push(`if (${odataTypeTest(type, 't')}) ${derived ? `{ const f = ${DERIVED_CHECK}(t); return f !== undefined && f(o, r, s); }` : 'return false;'}`);
  const groups = checkedProperties(type, hierarchy).map((plan) => propertyCheck(plan, imports));
  const split = splitProperties(groups, {
    baseName: 'checkProperties',
    parameters: [
      ['o', 'Record<string, unknown>'],
      ['r', 'number'],
      ['s', 'boolean'],
    ],
    returns: 'boolean',
    call: (name) => `if (!${name}(o, r, s)) return false;`,
    tail: ['return true;'],
  });
  lines.push(...split.inline);
  if (!type.openType) {
    imports.helper('onlyKnownKeys');
    lines.push('if (s && !onlyKnownKeys(o, KEYS)) return false;');
  }
  lines.push('return true;');
  return { statements: lines, functions: split.functions };
}

/** `x !== undefined` (absent is always fine), or `x != null` where null is fine too. */
export function presentTest(plan: PropertyPlan): string {
  return plan.nullable ? 'x != null' : 'x !== undefined';
}

function propertyCheck(plan: PropertyPlan, imports: ImportSet): string[] {
  const read = propertyRead('o', plan.name);
  if (read.usesOwnValue) imports.helper('ownValue');
  const lines = [`x = ${read.text};`];
  if (!plan.collection) {
    lines.push(`if (${presentTest(plan)} && ${elementFailure(plan.element, 'x', imports)}) return false;`);
  } else if (plan.element.kind === 'any') {
    lines.push(`if (${presentTest(plan)} && !Array.isArray(x)) return false;`);
  } else {
    lines.push(
      `if (${presentTest(plan)}) {`,
      'if (!Array.isArray(x)) return false;',
      `for (let i = 0; i < x.length; i++) { const y: unknown = x[i]; if (${elementFailure(plan.element, 'y', imports)}) return false; }`,
      '}',
    );
  }
  return lines;
}

/** A condition over `variable`, true where it is NOT a valid element. */
export function elementFailure(element: ElementPlan, variable: string, imports: ImportSet): string {
  switch (element.kind) {
    case 'condition':
      imports.helper(...element.helpers);
      for (const reference of element.validators) imports.validator(reference.tsName, reference.name);
      return element.failure(variable);
    case 'object': {
      const check = validatorNames(element.type.tsName).check;
      imports.validator(element.type.tsName, check);
      return `!${check}(${variable}, r - 1, s)`;
    }
    case 'json':
      imports.helper('jsonObjectProblem');
      return `jsonObjectProblem(${variable}, r - 1) !== undefined`;
    case 'any':
      return 'false';
  }
}
