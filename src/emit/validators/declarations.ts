import { Name, _ } from '../code/code.js';
import type { CodeWriter } from '../code/writer.js';
import { validatorNames } from './names.js';

/** The runtime's function types a validator declaration uses (`runtime/validation.d.ts`). */
export const DECLARATION_TYPES = ['IsValidFunction', 'ValidateFunction', 'AssertFunction', 'IsMemberFunction', 'ValidateMemberFunction', 'AssertMemberFunction'] as const;
export type DeclarationType = (typeof DECLARATION_TYPES)[number];

/**
 * The declarations of one type's or enum's `is`, `validate` and `assert` functions: what a
 * consumer's compiler sees of them, in the module's own `.d.ts` and in `validators.d.ts`. Each
 * is typed by one of the runtime's function types (`IsValidFunction<User>`), so a declaration is
 * one short line, documented by the type's own comment; the `_` workers the modules export to
 * each other are left out.
 */
export function writeValidatorDeclarations(
  writer: CodeWriter,
  item: { tsName: string; kind: 'type' | 'enum' },
  type: Name,
  runtime: (name: DeclarationType) => Name,
): void {
  const fn = validatorNames(item.tsName);
  const [is, validate, assert] = item.kind === 'type' ? (['IsValidFunction', 'ValidateFunction', 'AssertFunction'] as const) : (['IsMemberFunction', 'ValidateMemberFunction', 'AssertMemberFunction'] as const);
  writer.line(
    _`export declare const ${new Name(fn.is)}: ${runtime(is)}<${type}>, ${new Name(fn.validate)}: ${runtime(validate)}, ${new Name(fn.assert)}: ${runtime(assert)}<${type}>;`,
  );
}
