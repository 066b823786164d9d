import type { FunctionDeclarationStructure, StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from '../structure-kind.js';
import type { StructuredType } from '../../model/schema-model.js';
import { modelPath } from '../emit-model.js';
import { commentText } from '../jsdoc.js';
import { ODATA_TYPE, type TypeHierarchy } from '../type-hierarchy.js';
import { checkStatements } from './check-body.js';
import { literal, unusedPrefix, wordsOf } from './code.js';
import { dispatchStatements } from './dispatch.js';
import { ImportSet } from './imports.js';
import { SourceConstants } from './sources.js';
import { validatorNames } from './names.js';
import { validateStatements } from './validate-body.js';

/** The statements of `validators/<TsName>.ts` for a structured type. */
export function typeFileStatements(type: StructuredType, hierarchy: TypeHierarchy): (string | StatementStructures)[] {
  const names = validatorNames(type.tsName);
  const imports = new ImportSet(type.tsName);
  imports.type(type.tsName, `../${modelPath(type.tsName).replace(/\.ts$/, '.js')}`);
  imports.helper('maxDepthOf', 'collectErrors', 'throwIfInvalid');
  imports.helperType('ValidationError', 'ValidationOptions', 'ValidationContext');
  const see = `@see ${commentText(type.source.file)}`;
  const name = type.tsName;
  const sources = new SourceConstants(type.source.file);

  const checkBody = checkStatements(type, hierarchy, imports);
  const collectBody = validateStatements(type, hierarchy, imports, sources);
  const check = internal(names.check, [['v', 'unknown'], ['r', 'number'], ['s', 'boolean']], 'boolean', checkBody.statements);
  const collect = internal(names.collect, [['v', 'unknown'], ['p', 'string'], ['r', 'number'], ['c', 'ValidationContext']], 'void', collectBody.statements);
  const dispatch = dispatchStatements(type, hierarchy, imports);

  const statements: (string | StatementStructures)[] = [...imports.declarations(), sources.statement()];
  if (!type.openType) {
    const keys = [ODATA_TYPE, ...hierarchy.properties(type).map((property) => property.name)];
    statements.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['The documented properties, for `strict`.'],
      declarations: [{ name: 'KEYS', type: 'ReadonlySet<string>', initializer: `/* @__PURE__ */ new Set<string>([${keys.map(literal).join(', ')}])` }],
    });
  }
  statements.push(
    exported(names.is, `value is ${name}`, [
      `Whether \`value\` is a {@link ${name}}, by the rules in \`runtime/validation.ts\`. Never throws.`,
      see,
    ], ['try {', `return ${names.check}(value, maxDepthOf(options), options?.strict === true);`, '} catch {', 'return false;', '}']),
    exported(names.validate, 'ValidationError[]', [`Every reason \`value\` is not a {@link ${name}}; empty where it is one.`, see], [
      `return collectErrors(${names.collect}, value, options, SOURCE);`,
    ]),
    exported(names.assert, `asserts value is ${name}`, [`Throws a \`ValidationFailedError\` listing every reason \`value\` is not a {@link ${name}}.`, see], [
      `throwIfInvalid(${literal(name)}, ${names.validate}(value, options));`,
    ]),
    check,
    collect,
    ...checkBody.functions,
    ...collectBody.functions,
    ...dispatch,
  );
  return statements;
}

function exported(name: string, returnType: string, docs: string[], statements: string[]): FunctionDeclarationStructure {
  return { ...internal(name, [['value', 'unknown'], ['options?', 'ValidationOptions']], returnType, statements), docs: [docs.join('\n\n')] };
}

function internal(name: string, parameters: [string, string][], returnType: string, statements: string[]): FunctionDeclarationStructure {
  const words = wordsOf(statements.join('\n'));
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: name.startsWith('_') ? ['@internal'] : [],
    // A parameter the body does not use is named `_r`, for consumers compiling with noUnusedParameters.
    parameters: parameters.map(([parameter, type]) => {
      const bare = parameter.replace(/\?$/, '');
      return { name: `${unusedPrefix(bare, words)}${bare}`, type, hasQuestionToken: parameter.endsWith('?') };
    }),
    returnType,
    statements,
  };
}
