import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckFacts } from '../parse/check/check-facts.js';
import { finding } from './findings.js';

/** Each TODO left on the page, one finding per line. */
export function checkTodos(facts: CheckFacts): Diagnostic[] {
  return facts.todos.map((todo) => finding('todo-placeholder', `TODO left in the ${todo.where}: "${todo.text}"`, todo.source));
}
