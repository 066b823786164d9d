import { compareText } from '../../diagnostics/diagnostic.js';
import { IdentifierPool, pascalCase } from '../naming.js';
import type { BodyParameter, Operation } from './operation-model.js';

/**
 * Names each action's request body type after the action (`assignLicense` →
 * `AssignLicenseRequestBody`). Actions of the same name with the same parameters share one
 * type; where they differ, the later ones take the bound type from the page title as a prefix
 * (`DeviceConfigurationAssignRequestBody`), else the segment before the action's
 * (`TableAddRequestBody` for `.../tables/add`), then a number. Names the model's types and
 * enums have are never used (nor can the runtime's be: none ends in `RequestBody`).
 */
export function nameBodyTypes(operations: readonly Operation[], taken: Iterable<string>): void {
  const pool = new IdentifierPool();
  for (const name of taken) pool.claim([name]);
  const bySignature = new Map<string, string>();
  const ordered = [...operations].sort((a, b) => compareText(a.source.file, b.source.file) || a.source.line - b.source.line);
  for (const operation of ordered) {
    const body = operation.requestBody;
    if (body.kind !== 'parameters') continue;
    const action = pascalCase(actionName(operation));
    const key = `${action}\u0000${signature(body.parameters)}`;
    const shared = bySignature.get(key);
    if (shared) {
      body.tsName = shared;
      continue;
    }
    const prefixes = [bindingOf(operation), parentOf(operation)].filter((prefix): prefix is string => prefix !== undefined);
    body.tsName = pool.claim([`${action}RequestBody`, ...prefixes.map((prefix) => `${prefix}${action}RequestBody`)]);
    bySignature.set(key, body.tsName);
  }
}

/** "deviceConfiguration: assign" → `DeviceConfiguration`. */
function bindingOf(operation: Operation): string | undefined {
  const name = /^`?([A-Za-z_][\w.]*)`?\s*:/.exec(operation.summary ?? '')?.[1];
  return name ? pascalCase(name) : undefined;
}

/** The literal segment before the action's, singular: `.../tables/add` → `Table`. */
function parentOf(operation: Operation): string | undefined {
  const segments = operation.path.split('/').filter((segment) => /^[A-Za-z_][\w]*$/.test(segment));
  const parent = segments[segments.length - 2];
  return parent ? pascalCase(parent.replace(/ies$/, 'y').replace(/s$/, '')) : undefined;
}

/** The action's name: the path's last segment without its argument list. */
function actionName(operation: Operation): string {
  const segments = operation.path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{') && !segment.startsWith('$'));
  return (segments[segments.length - 1] ?? 'action').replace(/\(.*$/, '');
}

function signature(parameters: readonly BodyParameter[]): string {
  return JSON.stringify(parameters.map((p) => [p.name, p.type, p.collection, p.required]));
}
