import type { SourcePosition } from '../../diagnostics/diagnostic.js';
import type { ParameterFacts } from './operation-facts.js';
import { splitOutside } from './path-template.js';

/**
 * The options a request line writes after `?`: `startDateTime={start_datetime}&endDateTime=...`
 * (a function's parameters, which the call needs) or `$filter=...` (an OData option shown in
 * use, which it does not). `$id` is the exception: `DELETE .../$ref?$id=...` names what to remove.
 */
export function readQueryString(query: string, source: SourcePosition): ParameterFacts[] {
  if (query.trim() === '') return [];
  const parameters: ParameterFacts[] = [];
  for (const pair of splitOutside(query, '&')) {
    const name = (pair.split('=')[0] ?? '').trim();
    if (!/^\$?[A-Za-z_][\w.-]*$/.test(name) || parameters.some((p) => p.name === name)) continue;
    parameters.push({ name, required: !name.startsWith('$') || name === '$id', source });
  }
  return parameters;
}
