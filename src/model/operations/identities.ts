import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Operation } from './operation-model.js';

/** An operation before its id is settled: the id it asks for. */
export interface IdRequest {
  operation: Omit<Operation, 'id'>;
  wanted: string;
}

/**
 * Gives every operation a unique id: the one it asks for (its example's `name`, else its page's
 * file name), and where that is taken, the same with `-2`, `-3`, ... The docs mean example names
 * to be unique; a repeat is reported.
 */
export function assignIds(requests: readonly IdRequest[], diagnostics: Diagnostic[]): Operation[] {
  const taken = new Set<string>();
  // The first request to ask for each id, by lower-cased id: where a repeat comes from.
  const firstAsking = new Map<string, IdRequest>();
  for (const request of requests) if (!firstAsking.has(request.wanted.toLowerCase())) firstAsking.set(request.wanted.toLowerCase(), request);
  return requests.map(({ operation, wanted }) => {
    let id = wanted;
    for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${wanted}-${n}`;
    taken.add(id.toLowerCase());
    // Requests of one page without an example share the page's name; numbering them is expected.
    if (id !== wanted && firstAsking.get(wanted.toLowerCase())?.operation.source.file !== operation.source.file) {
      diagnostics.push({
        code: 'operation-id-duplicate',
        severity: 'info',
        message: `operation id "${wanted}" is taken by another request; this one is "${id}"`,
        source: operation.source,
      });
    }
    return { id, ...operation };
  });
}
