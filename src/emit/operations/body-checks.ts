import type { BodyParameter, RequestBody } from '../../model/operations/operation-model.js';
import type { StructuredType } from '../../model/schema-model.js';
import { Code, Name, _, joinCode } from '../code/code.js';
import type { ModuleWriter } from '../code/module-writer.js';
import { CodeWriter, writeFunction } from '../code/writer.js';
import type { TypeHierarchy } from '../type-hierarchy.js';
import { CONTEXT, DEPTH, ERROR, PATH, PROPERTY, VALUE, validatorNames } from '../validators/names.js';
import { planProperty, propertyLabel, type PropertyPlan } from '../validators/property-plan.js';
import { readProperty } from '../validators/property-read.js';
import type { ValidatorScope } from '../validators/scope.js';
import { childPath, writePropertyValidation } from '../validators/validate-function.js';

/** The page a body check cites for errors about the body itself. */
export const SOURCE = new Name('source');

/**
 * Every check is `(value, depth, context, source) => void`: it reports every error of body
 * `value` into `context`, `depth` levels of nesting left, citing page `source` for errors about
 * the body itself (missing required properties, a body where none belongs). Properties are
 * checked by the type validators (`validators/*.js`), which cite their own pages.
 */
const PARAMETERS = [VALUE, DEPTH, CONTEXT, SOURCE] as const;

/** One check function, shared by every operation whose body gives the same `key`. */
export interface BodyCheck {
  key: string;
  name: Name;
}

const NOT_OBJECT = _`typeof ${VALUE} !== "object" || ${VALUE} === null || Array.isArray(${VALUE})`;

/** Writes (once per distinct body) and names the check of `body`. */
export class BodyChecks {
  private readonly checks = new Map<string, Name>();
  private readonly lists = new Map<string, Name>();

  constructor(
    private readonly module: ModuleWriter,
    private readonly hierarchy: TypeHierarchy,
    private readonly scope: ValidatorScope,
  ) {}

  of(body: RequestBody): Name {
    const key = bodyKey(body);
    const known = this.checks.get(key);
    if (known) return known;
    const name = this.write(body);
    this.checks.set(key, name);
    return name;
  }

  private write(body: RequestBody): Name {
    const report = (): Name => this.scope.helper('report');
    switch (body.kind) {
      case 'none':
        // The method takes no body (GET, DELETE) or the docs say to send none: sending one is a
        // mistake the service ignores at best, so anything but `undefined` is reported.
        return this.fn('noBody', (w) => w.line(_`if (${VALUE} !== undefined) ${report()}(${CONTEXT}, "", "no request body", ${VALUE}, ${SOURCE});`));
      case 'binary':
      case 'unknown':
        // Bytes (a Blob, a Buffer, a stream, a string) or a body the docs do not describe: nothing to check.
        return this.fn('anyBody', (w) => w.line(_`// Anything goes.`));
      case 'reference':
        return this.fn('referenceBody', (w) => {
          w.block(_`if (${NOT_OBJECT})`, (inner) => inner.line(_`${report()}(${CONTEXT}, "", ${'a reference: { "@odata.id": String }'}, ${VALUE}, ${SOURCE});`).line(_`return;`));
          w.tryCatch(
            (attempt) => {
              attempt.line(_`const ${PROPERTY} = ${VALUE}["@odata.id"];`);
              attempt.line(_`if (typeof ${PROPERTY} !== "string") ${report()}(${CONTEXT}, "/@odata.id", "String (required)", ${PROPERTY}, ${SOURCE});`);
            },
            ERROR,
            (handler) => handler.line(_`${this.scope.helper('reportThrown')}(${CONTEXT}, "", ${ERROR}, ${SOURCE});`),
          );
        });
      case 'create':
      case 'update':
        return this.resource(body);
      case 'parameters':
        return this.parameters(body.tsName, body.parameters);
    }
  }

  /**
   * A create or update body: the type's validator, then (create) every required property
   * present; with `strict`, the properties the docs mark read-only are reported too (the typed
   * map omits them). An update is partial: any subset of the properties will do.
   */
  private resource(body: Extract<RequestBody, { kind: 'create' | 'update' }>): Name {
    const required = body.kind === 'create' ? body.required : [];
    const type = this.hierarchy.type(body.type);
    return this.fn(`${body.kind}${type?.tsName ?? 'Resource'}`, (w) => {
      if (type) {
        w.line(_`${this.scope.validator(type.tsName, validatorNames(type.tsName).collect)}(${VALUE}, "", ${DEPTH}, ${CONTEXT});`);
        w.line(_`if (${NOT_OBJECT}) return;`);
      } else {
        w.block(_`if (${NOT_OBJECT})`, (inner) => inner.line(_`${this.scope.helper('report')}(${CONTEXT}, "", ${body.type}, ${VALUE}, ${SOURCE});`).line(_`return;`));
      }
      // Nothing more to check (no required or read-only properties): no object to look into.
      if (required.length > 0 || body.omit.length > 0) this.requiredAndReadOnly(w, required, body.omit, type);
    });
  }

  /** Every required property present and, with `strict`, no read-only one: lists the runtime's `reportBodyKeys` goes through. */
  private requiredAndReadOnly(writer: CodeWriter, required: readonly string[], omit: readonly string[], type: StructuredType | undefined): void {
    const requiredList = this.list(_`[${joinCode(required.map((name) => _`[${name}, ${this.requiredLabel(type, name)}]`), _`, `)}]`);
    const readOnlyList = this.list(_`[${joinCode(omit.map((name) => _`${name}`), _`, `)}]`);
    writer.line(_`${this.scope.helper('reportBodyKeys')}(${VALUE}, ${requiredList}, ${readOnlyList}, ${CONTEXT}, ${SOURCE});`);
  }

  /** A module constant for a list (`BODY_KEYS2`…), one for each distinct list: a type's create and update bodies share their read-only list. */
  private list(code: Code): Name {
    const text = code.toString();
    let name = this.lists.get(text);
    if (!name) this.lists.set(text, (name = this.module.constant(this.module.fresh('BODY_KEYS'), code)));
    return name;
  }

  /** An action's parameters object (`AssignPartsRequestBody`): each parameter by its documented type. */
  private parameters(tsName: string, parameters: readonly BodyParameter[]): Name {
    const keys = this.module.constant(this.module.fresh(`KEYS_${tsName}`), _`/* @__PURE__ */ new Set([${joinCode(parameters.map((p) => _`${p.name}`), _`, `)}])`);
    return this.fn(`body${tsName}`, (w) => {
      w.block(_`if (${NOT_OBJECT})`, (inner) => inner.line(_`${this.scope.helper('report')}(${CONTEXT}, "", ${tsName}, ${VALUE}, ${SOURCE});`).line(_`return;`));
      w.block(_`if (${DEPTH} <= 0)`, (inner) => inner.line(_`${this.scope.helper('reportTooDeep')}(${CONTEXT}, "", ${SOURCE});`).line(_`return;`));
      w.line(_`const ${PATH} = "";`);
      w.tryCatch(
        (attempt) => {
          attempt.line(_`let ${PROPERTY};`);
          for (const parameter of parameters) {
            const plan = planProperty(parameter, this.hierarchy);
            attempt.line(_`${PROPERTY} = ${readProperty(plan.name, this.scope)};`);
            if (parameter.required) {
              attempt.line(_`if (${PROPERTY} === undefined) ${this.scope.helper('report')}(${CONTEXT}, ${childPath(plan.name)}, ${`${propertyLabel(plan)} (required)`}, ${PROPERTY}, ${SOURCE});`);
            }
            writePropertyValidation(attempt, plan, this.scope, () => _`${plan.source}`);
          }
          attempt.line(_`if (${CONTEXT}.strict) ${this.scope.helper('reportUnknownKeys')}(${VALUE}, ${keys}, ${PATH}, ${CONTEXT}, ${SOURCE});`);
        },
        ERROR,
        (handler) => handler.line(_`${this.scope.helper('reportThrown')}(${CONTEXT}, ${PATH}, ${ERROR}, ${SOURCE});`),
      );
    });
  }

  private requiredLabel(type: StructuredType | undefined, name: string): string {
    const property = type ? this.hierarchy.properties(type).find((candidate) => candidate.name === name) : undefined;
    return property ? propertyLabel(planProperty(property, this.hierarchy) as PropertyPlan) : 'a value';
  }

  private fn(base: string, body: (writer: CodeWriter) => void): Name {
    const name = this.module.fresh(base);
    this.module.body.blank();
    writeFunction(this.module.body, { name, parameters: PARAMETERS }, body);
    return name;
  }
}

/** Bodies with equal keys are checked alike: create/update of one type with the same lists, one action body type. */
function bodyKey(body: RequestBody): string {
  switch (body.kind) {
    case 'create':
    case 'update':
      return JSON.stringify([body.kind, body.type, body.kind === 'create' ? body.required : [], body.omit]);
    case 'parameters':
      return JSON.stringify(['parameters', body.tsName]);
    case 'binary':
    case 'unknown':
      return 'any';
    default:
      return body.kind;
  }
}

