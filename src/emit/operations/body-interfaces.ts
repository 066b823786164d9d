import type { InterfaceDeclarationStructure } from 'ts-morph';
import { StructureKind } from '../structure-kind.js';
import type { Operation } from '../../model/operations/operation-model.js';
import { propertyKey } from '../identifiers.js';
import { commentText } from '../jsdoc.js';
import { parameterText, type Imports } from './type-text.js';

/**
 * One exported interface per action request body (`AssignLicenseRequestBody`): its parameters,
 * required where the docs say so. Actions that share a body type declare it once.
 */
export function bodyInterfaces(operations: readonly Operation[], imports: Imports): InterfaceDeclarationStructure[] {
  const declared = new Map<string, InterfaceDeclarationStructure>();
  for (const operation of operations) {
    const body = operation.requestBody;
    if (body.kind !== 'parameters' || declared.has(body.tsName)) continue;
    declared.set(body.tsName, {
      kind: StructureKind.Interface,
      name: body.tsName,
      isExported: true,
      docs: [`The request body of ${commentText(operation.summary ?? operation.id)}.\n\n@see ${commentText(operation.source.file)}`],
      properties: body.parameters.map((parameter) => ({
        name: propertyKey(parameter.name),
        hasQuestionToken: !parameter.required,
        type: parameterText(parameter, imports),
        ...(parameter.description ? { docs: [commentText(parameter.description)] } : {}),
      })),
    });
  }
  return [...declared.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
