import type { FunctionDeclarationStructure, StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../structure-kind.js';
import type { EnumType } from '../../model/schema-model.js';
import { modelPath } from '../emit-model.js';
import { commentText } from '../jsdoc.js';
import { literal } from './code.js';
import { ImportSet } from './imports.js';
import { validatorNames } from './names.js';

/** Enums up to this size are checked with a chain of `===` (faster than a Set lookup for few members). */
const INLINE_MEMBERS = 16;

/** The statements of `validators/<TsName>.ts` for an enum: membership by name, case-sensitive. */
export function enumFileStatements(item: EnumType): (string | StatementStructures)[] {
  const names = validatorNames(item.tsName);
  const imports = new ImportSet(item.tsName);
  imports.type(item.tsName, `../${modelPath(item.tsName).replace(/\.ts$/, '.js')}`);
  imports.helper('describeValue', 'throwIfInvalid');
  imports.helperType('ValidationError');
  const members = item.members.map((member) => member.name);
  const expected = `${item.tsName} (${members.length > 0 ? members.join(' | ') : 'no members'})`;
  const see = `@see ${commentText(item.source.file)}`;
  const parameter = [{ name: 'value', type: 'unknown' }];
  const fn = (name: string, returnType: string, doc: string, statements: string[]): FunctionDeclarationStructure => ({
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: [`${doc}\n\n${see}`],
    parameters: parameter,
    returnType,
    statements,
  });
  const inline = members.length <= INLINE_MEMBERS;
  const membership = inline
    ? `return ${members.length > 0 ? members.map((member) => `value === ${literal(member)}`).join(' || ') : 'false'};`
    : 'return typeof value === "string" && MEMBERS.has(value);';
  return [
    ...imports.declarations(),
    ...(inline
      ? []
      : [
          {
            kind: StructureKind.VariableStatement,
            leadingTrivia: '\n',
            declarationKind: VariableDeclarationKind.Const,
            declarations: [{ name: 'MEMBERS', type: 'ReadonlySet<string>', initializer: `/* @__PURE__ */ new Set<string>([${members.map(literal).join(', ')}])` }],
          } satisfies StatementStructures,
        ]),
    fn(names.is, `value is ${item.tsName}`, `Whether \`value\` is a member of {@link ${item.tsName}}.`, [membership]),
    fn(names.validate, 'ValidationError[]', `The error (one at most) that makes \`value\` not a member of {@link ${item.tsName}}.`, [
      `return ${names.is}(value) ? [] : [{ path: "", expected: ${literal(expected)}, found: describeValue(value), source: ${literal(item.source.file)} }];`,
    ]),
    fn(names.assert, `asserts value is ${item.tsName}`, `Throws a \`ValidationFailedError\` where \`value\` is not a member of {@link ${item.tsName}}.`, [
      `throwIfInvalid(${literal(item.tsName)}, ${names.validate}(value));`,
    ]),
  ];
}
