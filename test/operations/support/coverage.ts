/**
 * How much of a docs tree's API the operations cover, measured on a generated model: which
 * pages yield an operation, and which operations have both ends (request body, success
 * response) typed by generated types rather than `unknown`.
 */
import type { Operation, RequestBody, ResponseBody } from '../../../src/model/operations/operation-model.js';
import type { EnumType, StructuredType } from '../../../src/model/schema-model.js';

export interface Figure {
  numerator: number;
  denominator: number;
}

export interface Coverage {
  pagesWithOperation: Figure;
  bothEndsResolved: Figure;
  bodyResolved: Figure;
  responseResolved: Figure;
  /** API pages that yield no operation. */
  pagesWithout: string[];
  /** Operations with an end left unresolved, with why. */
  unresolved: { operation: Operation; reasons: string[] }[];
}

export interface ModelPart {
  types: readonly Pick<StructuredType, 'qualifiedName'>[];
  enums: readonly Pick<EnumType, 'qualifiedName'>[];
  operations: readonly Operation[];
}

export function percentage(figure: Figure): number {
  return figure.denominator === 0 ? 100 : (100 * figure.numerator) / figure.denominator;
}

export function formatFigure(label: string, figure: Figure): string {
  return `${label}: ${figure.numerator}/${figure.denominator} (${percentage(figure).toFixed(2)}%)`;
}

/** `apiPages`: every API page of the tree, as `api/x.md` paths (the model's `source.file`). */
export function measureCoverage(model: ModelPart, apiPages: readonly string[]): Coverage {
  const known = new Set([...model.types, ...model.enums].map((item) => item.qualifiedName));
  const withOperation = new Set(model.operations.map((operation) => operation.source.file));
  const unresolved: Coverage['unresolved'] = [];
  let bodies = 0;
  let responses = 0;
  let both = 0;
  for (const operation of model.operations) {
    const body = bodyProblem(operation, known);
    const response = responseProblem(operation, known);
    if (!body) bodies++;
    if (!response) responses++;
    if (!body && !response) both++;
    else unresolved.push({ operation, reasons: [body, response].filter((reason): reason is string => reason !== undefined) });
  }
  const total = model.operations.length;
  return {
    pagesWithOperation: { numerator: apiPages.filter((page) => withOperation.has(page)).length, denominator: apiPages.length },
    bothEndsResolved: { numerator: both, denominator: total },
    bodyResolved: { numerator: bodies, denominator: total },
    responseResolved: { numerator: responses, denominator: total },
    pagesWithout: apiPages.filter((page) => !withOperation.has(page)),
    unresolved,
  };
}

/** Why the request body is not typed, where the method takes one; undefined where it is. */
export function bodyProblem(operation: Operation, known: ReadonlySet<string>): string | undefined {
  if (operation.method === 'GET' || operation.method === 'DELETE') return undefined;
  return bodyTypeProblem(operation.requestBody, known);
}

function bodyTypeProblem(body: RequestBody, known: ReadonlySet<string>): string | undefined {
  switch (body.kind) {
    case 'unknown':
      return `request body: ${body.reason}`;
    case 'create':
    case 'update':
      return known.has(body.type) ? undefined : `request body: ${body.type} is not a generated type`;
    case 'parameters': {
      const untyped = body.parameters.filter((parameter) => parameter.type.kind === 'unknown').map((parameter) => parameter.name);
      return untyped.length > 0 ? `request body: parameters typed unknown (${untyped.join(', ')})` : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Why the success response is not typed: none documented, or the first one's body unknown. A
 * redirect (`302 Found` to a download URL) is how some requests succeed, and counts.
 */
export function responseProblem(operation: Operation, known: ReadonlySet<string>): string | undefined {
  const success = operation.responses.find((response) => response.status >= 200 && response.status < 400);
  if (!success) return 'response: no success status documented';
  return responseTypeProblem(success.body, known);
}

function responseTypeProblem(body: ResponseBody, known: ReadonlySet<string>): string | undefined {
  switch (body.kind) {
    case 'unknown':
      return `response: ${body.reason}`;
    case 'type':
      return known.has(body.type) ? undefined : `response: ${body.type} is not a generated type`;
    case 'enum':
      return known.has(body.enum) ? undefined : `response: ${body.enum} is not a generated enum`;
    default:
      return undefined;
  }
}

/** Groups items by a key, largest group first, then by key. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
