import type { Operation } from '../../model/operations/operation-model.js';
import { writeInterface } from '../code/declarations.js';
import type { CodeWriter } from '../code/writer.js';
import { parameterType, type RootTypeNames } from './type-text.js';

/**
 * One exported interface per action request body (`AssignLicenseRequestBody`): its parameters,
 * required where the docs say so. Actions that share a body type declare it once.
 */
export function writeBodyInterfaces(writer: CodeWriter, operations: readonly Operation[], names: RootTypeNames): void {
  const declared = new Map<string, Operation>();
  for (const operation of operations) {
    const body = operation.requestBody;
    if (body.kind === 'parameters' && !declared.has(body.tsName)) declared.set(body.tsName, operation);
  }
  for (const tsName of [...declared.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const operation = declared.get(tsName)!;
    const body = operation.requestBody as Extract<Operation['requestBody'], { kind: 'parameters' }>;
    writer.blank();
    writeInterface(writer, {
      name: names.local(tsName),
      doc: [`The request body of ${operation.summary ?? operation.id}.`, `@see ${operation.source.file}`],
      members: body.parameters.map((parameter) => ({ key: parameter.name, optional: !parameter.required, type: parameterType(parameter, names), doc: [parameter.description] })),
    });
  }
}
