import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { BodyParameterFacts, OperationFacts, TypeReference } from '../../parse/operations/operation-facts.js';
import type { BodyParameter, RequestBody } from './operation-model.js';
import type { OperationTypes } from './type-resolver.js';

export interface PageScope {
  file: string;
  namespace: string;
}

/**
 * What the request sends. GET and DELETE send nothing; `$ref` a reference, `$value` bytes;
 * otherwise what the Request body section says: nothing, an action's parameters (named later,
 * `tsName` is left empty here), or a resource to create (POST, PUT) or update (PATCH).
 */
export function resolveRequestBody(facts: OperationFacts, page: PageScope, types: OperationTypes, diagnostics: Diagnostic[]): RequestBody {
  const target = facts.paths[0]!.target;
  if (facts.method === 'GET' || facts.method === 'DELETE') return { kind: 'none' };
  if (target === 'ref') return { kind: 'reference' };
  if (target === 'value') return { kind: 'binary' };
  const body = facts.requestBody;
  switch (body.kind) {
    case 'none':
      return { kind: 'none' };
    case 'binary':
      return { kind: 'binary' };
    case 'parameters':
      return { kind: 'parameters', tsName: '', parameters: body.parameters.map((parameter) => bodyParameter(parameter, page, types, diagnostics)) };
    case 'representation':
      return resourceBody(facts, body.type, body.required, page, types, diagnostics);
    case 'unstated':
      // "Update x" pages often only say "supply the values for relevant fields": the resource it is.
      if (facts.method === 'PATCH') return resourceBody(facts, undefined, [], page, types, diagnostics);
      return { kind: 'unknown', reason: 'the page says nothing this reader understands about the request body' };
  }
}

function resourceBody(
  facts: OperationFacts,
  named: TypeReference | undefined,
  requiredRows: readonly string[],
  page: PageScope,
  types: OperationTypes,
  diagnostics: Diagnostic[],
): RequestBody {
  const qualifiedName = resourceType(facts, named, page, types);
  if (!qualifiedName) {
    return { kind: 'unknown', reason: named ? `the request body's type "${named.name}" is documented nowhere` : 'the page names no type for the request body' };
  }
  const properties = types.allProperties(qualifiedName);
  // The discriminator is not a property of the interface (the emitter writes it from the hierarchy).
  const omit = properties.filter((p) => p.readOnly && p.name !== '@odata.type').map((p) => p.name);
  const kind = facts.method === 'PATCH' ? 'update' : 'create';
  const required: string[] = [];
  if (kind === 'create') {
    for (const name of requiredRows) {
      const property = properties.find((p) => p.name === name);
      if (property && !property.readOnly && !required.includes(name)) required.push(name);
      else if (!property) {
        diagnostics.push({
          code: 'operation-required-not-a-property',
          severity: 'info',
          message: `"${name}" is listed as required to create ${qualifiedName}, which has no such property; it is not required in the create body`,
          source: facts.requestBody.kind === 'representation' ? facts.requestBody.source : facts.source,
        });
      }
    }
  }
  return { kind, type: qualifiedName, omit, required };
}

/**
 * The resource a create or update body is: the type the Request body section names; else the
 * type the call answers with (an update returns the updated object); else the type the page's
 * opening sentence links ("Update the properties of a [widget](...) object"); else the one its
 * title names ("Create widget", "Update user").
 */
function resourceType(facts: OperationFacts, named: TypeReference | undefined, page: PageScope, types: OperationTypes): string | undefined {
  const title = /^(?:create|update|add|upsert|replace|post|patch|put)\s+(?:an?\s+|the\s+)?`?([A-Za-z_][\w.]*)`?\s*$/i.exec(facts.title?.trim() ?? '')?.[1];
  const response = facts.responses.find((r) => r.status < 300 && r.body.kind === 'type' && !r.body.collection);
  const candidates: (TypeReference | undefined)[] = [
    named,
    response?.body.kind === 'type' ? response.body.type : undefined,
    facts.subject,
    title ? { name: title } : undefined,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const resolved = types.reference(candidate, page.file, page.namespace);
    if (resolved.kind === 'type') return resolved.type;
  }
  return undefined;
}

function bodyParameter(facts: BodyParameterFacts, page: PageScope, types: OperationTypes, diagnostics: Diagnostic[]): BodyParameter {
  const { type, collection } = types.cell(facts.type, page.file, page.namespace);
  if (type.kind === 'unknown') {
    diagnostics.push({
      code: 'operation-unresolved-type',
      severity: 'warning',
      message: `type "${facts.typeText}" of request body parameter ${facts.name} is documented nowhere; typed as unknown`,
      source: facts.source,
    });
  }
  return {
    name: facts.name,
    type,
    collection,
    nullable: false,
    readOnly: false,
    relationship: false,
    description: facts.description,
    typeText: facts.typeText,
    source: facts.source,
    required: facts.required,
  };
}
