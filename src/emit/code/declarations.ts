/**
 * TypeScript declarations as code, after openapi-typescript's small vocabulary over
 * `ts.factory` (`tsUnion`, `tsNullable`, `tsLiteral`): emitters say what a type is, and quoting
 * and layout are the writer's job.
 */
import { Code, Name, _, joinCode, propertyKey } from './code.js';
import type { CodeWriter } from './writer.js';

/** Lines longer than this are broken: a union one member a line, an array one item a line. */
export const LINE_WIDTH = 100;

/** A string literal type. */
export function tsLiteral(value: string): Code {
  return _`${value}`;
}

/** `A | B | C`; `never` for no members. */
export function tsUnion(members: readonly Code[]): Code {
  return members.length === 0 ? _`never` : joinCode(members, _` | `);
}

/** `T[]`, with parentheses where `T` is a union or otherwise not a plain name. */
export function tsArray(element: Code): Code {
  return /^[\w$.]+(<.*>)?$/.test(element.toString()) ? _`${element}[]` : _`(${element})[]`;
}

export function tsNullable(type: Code): Code {
  return _`${type} | null`;
}

/** `Name<A, B>`. */
export function tsGeneric(name: Name | Code, args: readonly Code[]): Code {
  return _`${name}<${joinCode(args, _`, `)}>`;
}

export interface MemberShape {
  /** The property's name as the docs spell it: quoted where it is not an identifier. */
  key: string;
  optional: boolean;
  type: Code;
  doc?: readonly (string | undefined)[];
  readonly?: boolean;
}

/** `export interface Name extends Base { members }`. */
export function writeInterface(
  writer: CodeWriter,
  shape: { name: Name; extends?: readonly (Name | Code)[]; exported?: boolean; doc?: readonly (string | undefined)[]; members: readonly MemberShape[] },
): void {
  if (shape.doc) writer.doc(shape.doc);
  const heritage = shape.extends && shape.extends.length > 0 ? _` extends ${joinCode(shape.extends.map((base) => _`${base}`), _`, `)}` : _``;
  const head = _`${shape.exported === false ? _`` : _`export `}interface ${shape.name}${heritage}`;
  if (shape.members.length === 0) {
    writer.line(_`${head} {}`);
    return;
  }
  writer.block(head, (body) => {
    for (const member of shape.members) writeMember(body, member);
  });
}

export function writeMember(writer: CodeWriter, member: MemberShape): void {
  if (member.doc) writer.doc(member.doc);
  writer.line(_`${member.readonly ? _`readonly ` : _``}${propertyKey(member.key)}${member.optional ? _`?` : _``}: ${member.type};`);
}

/** `export type Name = A | B;`, one member a line where one line would be too long. */
export function writeUnionAlias(writer: CodeWriter, shape: { name: Name; doc?: readonly (string | undefined)[]; members: readonly Code[] }): void {
  if (shape.doc) writer.doc(shape.doc);
  const oneLine = _`export type ${shape.name} = ${tsUnion(shape.members)};`;
  if (shape.members.length < 2 || oneLine.toString().length <= LINE_WIDTH) {
    writer.line(oneLine);
    return;
  }
  writer.line(_`export type ${shape.name} =`);
  shape.members.forEach((member, index) => writer.line(_`  | ${member}${index === shape.members.length - 1 ? _`;` : _``}`));
}

/** `[a, b]`, or one item a line after `head` where one line would be too long; `head` ends in ` = `. */
export function writeArray(writer: CodeWriter, head: Code, items: readonly Code[]): void {
  const oneLine = _`${head}[${joinCode(items, _`, `)}];`;
  if (items.length < 2 || oneLine.toString().length <= LINE_WIDTH) {
    writer.line(oneLine);
    return;
  }
  writer.wrap(_`${head}[`, (body) => items.forEach((item) => body.line(_`${item},`)), _`];`);
}
