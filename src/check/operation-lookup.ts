import type { HttpMethod, Operation } from '../model/operations/operation-model.js';
import { matchesTemplate } from '../parse/operations/template-match.js';

/** What the documented requests say of an example's method and path. */
export interface Lookup {
  /** The request it calls, where one matches. */
  operation?: Operation;
  /** The methods documented for the path, where it matches with another method only. */
  otherMethods: HttpMethod[];
}

/**
 * The model's requests by method and path, as an example calls them (`/me/events/AAMk…`
 * against `/users/{id}/events/{id}`): every path of each request, indexed by its first segment
 * so that a lookup tries a few dozen templates, not thousands.
 */
export class OperationLookup {
  private readonly bySegment = new Map<string, [string, Operation][]>();
  private readonly anySegment: [string, Operation][] = [];
  private readonly byId = new Map<string, Operation>();

  constructor(operations: readonly Operation[]) {
    for (const operation of operations) {
      this.byId.set(operation.id, operation);
      for (const path of [operation.path, ...(operation.alternatives ?? []).map((alternative) => alternative.path)]) {
        const first = firstSegment(path);
        const entry: [string, Operation] = [path, operation];
        if (first === undefined) this.anySegment.push(entry);
        else this.bySegment.set(first, [...(this.bySegment.get(first) ?? []), entry]);
      }
    }
  }

  /** The request an example calls, preferring one its annotation names, then one on its own page. */
  find(method: HttpMethod, path: string, page: string, name: string | undefined): Lookup {
    const candidates = aliases(path).flatMap((alias) => [...(this.bySegment.get(firstSegment(alias) ?? '') ?? []), ...this.anySegment].filter(([template]) => matchesTemplate(template, alias)));
    const sameMethod = candidates.map(([, operation]) => operation).filter((operation) => operation.method === method);
    const operation =
      sameMethod.find((candidate) => candidate.id === name && candidate.source.file === page) ??
      sameMethod.find((candidate) => candidate.source.file === page) ??
      sameMethod[0];
    if (operation) return { operation, otherMethods: [] };
    return { otherMethods: [...new Set(candidates.map(([, other]) => other.method))].sort() };
  }

  /** The request of `page` the example named `name` is the example of. */
  named(name: string | undefined, page: string): Operation | undefined {
    const operation = name === undefined ? undefined : this.byId.get(name);
    return operation?.source.file === page ? operation : undefined;
  }
}

/** The path, and the same path with `/me` for `/users/{id}` or the other way: Graph takes either for the signed-in user. */
function aliases(path: string): string[] {
  const me = /^\/me(?=\/|$)/i;
  if (me.test(path)) return [path, path.replace(me, '/users/me')];
  const user = /^\/users\/[^/]+(?=\/|$)/i;
  return user.test(path) ? [path, path.replace(user, '/me')] : [path];
}

/** The first segment, lower-cased, where it is literal (`users` of `/users/{id}`); undefined where it is a parameter. */
function firstSegment(path: string): string | undefined {
  const segment = /^\/*([^/(]*)/.exec(path)?.[1] ?? '';
  return segment.includes('{') ? undefined : segment.toLowerCase();
}
