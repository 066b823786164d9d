import type { EnumType } from '../../model/schema-model.js';
import { _, joinCode } from '../code/code.js';
import { ModuleWriter } from '../code/module-writer.js';
import { writeFunction } from '../code/writer.js';
import { VALUE, validatorNames } from './names.js';
import { moduleScope } from './scope.js';

/** Enums up to this size are checked with a chain of `===` (faster than a Set lookup for few members). */
const INLINE_MEMBERS = 16;

/** `validators/<TsName>.js` for an enum: membership by name, case-sensitive. */
export function enumValidatorCode(item: EnumType, header: string): string {
  const module = new ModuleWriter(header);
  const scope = moduleScope(module, 'validators', item.tsName);
  const names = validatorNames(item.tsName);
  const members = item.members.map((member) => member.name);
  const is = scope.validator(item.tsName, names.is);

  // The members once: in the test where there are few, else in a Set; the error message lists them from there.
  const list = _`[${joinCode(members.map((member) => _`${member}`), _`, `)}]`;
  let membership;
  let listed;
  if (members.length <= INLINE_MEMBERS) {
    membership = members.length === 0 ? _`false` : joinCode(members.map((member) => _`${VALUE} === ${member}`), _` || `);
    listed = list;
  } else {
    const set = module.constant(module.declare('MEMBERS'), _`/* @__PURE__ */ new Set(${list})`);
    membership = _`typeof ${VALUE} === "string" && ${set}.has(${VALUE})`;
    listed = _`${set}`;
  }
  writeFunction(module.body, { name: is, parameters: [VALUE], exported: true }, (fn) => fn.line(_`return ${membership};`));
  const validate = module.constant(scope.validator(item.tsName, names.validate), _`/* @__PURE__ */ ${scope.helper('memberValidatorOf')}(${is}, ${item.tsName}, ${listed}, ${item.source.file})`, true);
  module.constant(scope.validator(item.tsName, names.assert), _`/* @__PURE__ */ ${scope.helper('asserterOf')}(${item.tsName}, ${validate})`, true);
  return module.toString();
}
