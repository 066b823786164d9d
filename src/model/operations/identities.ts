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

/**
 * The typed map has one entry per path and method. Where two operations document the same
 * method on the same path as their own, the later one `sharesPathWith` the first (by page, then
 * position); where one lists it as an alternative, the alternative is dropped. Primary paths are
 * claimed before any alternative, so that an alias never takes a path another page documents
 * as its own.
 */
export function claimPaths(operations: Operation[], diagnostics: Diagnostic[]): void {
  const owner = new Map<string, string>();
  // A request the docs only show with query options in use claims a path after the others.
  const ordered = [...operations.filter((o) => !o.queryExample), ...operations.filter((o) => o.queryExample)];
  for (const operation of ordered) {
    const key = `${operation.method} ${operation.path}`;
    const first = owner.get(key);
    if (first === undefined) {
      owner.set(key, operation.id);
      continue;
    }
    operation.sharesPathWith = first;
    diagnostics.push({
      code: 'operation-path-duplicate',
      severity: 'info',
      message: operation.queryExample
        ? `${operation.method} ${operation.path}, shown here with query options, is documented by operation "${first}"; the typed map keeps that one`
        : `${operation.method} ${operation.path} is also documented by operation "${first}"; the typed map's entry takes either's body and responses`,
      source: operation.source,
    });
  }
  for (const operation of operations) {
    if (!operation.alternatives) continue;
    const kept = operation.alternatives.filter((alternative) => {
      const key = `${operation.method} ${alternative.path}`;
      if (owner.has(key)) return false;
      owner.set(key, operation.id);
      return true;
    });
    if (kept.length > 0) operation.alternatives = kept;
    else delete operation.alternatives;
  }
}
