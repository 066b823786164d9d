import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Operation, OperationPath, RequestBody } from './operation-model.js';

/**
 * What the service compares of a path: its text lower-cased (Graph's segments are
 * case-insensitive), each parameter blank (`/users/{}/events`). Two spellings of one path, with
 * whatever parameter names, have one shape. The client's runtime computes the same
 * (`templates/runtime/graph-validator.ts`).
 */
export function pathShape(path: string): string {
  return path.replace(/\{[^{}]*\}/g, '{}').toLowerCase();
}

/** One entry of the typed map while it is being claimed: a method on a path shape. */
interface Route {
  owner: Operation;
  /** The owner's path the entry is keyed by: its own or one of its alternatives. */
  keyed: OperationPath;
  /** Every key so far, by spelling. */
  keys: Map<string, OperationPath>;
  /** Operations that document it as their own path beside the owner (all typed by the entry). */
  sharers: Operation[];
}

/**
 * Gives each method on each path (by shape, see {@link pathShape}) one entry of the typed map,
 * keyed by every spelling the docs use. Who types the entry:
 * - the operations that document the path as their own: all of them (later ones
 *   `sharesPathWith` the first), their bodies and responses united;
 * - else the first to list it as an alternative.
 * A request the docs only show with query options in use (`GET /me/events?$filter=…`) is a
 * variant of its path, not its definition: it types no entry (its answer is what the query
 * makes of the path's), and its spellings join the entry of the request that documents the path.
 * An alternative left to another request is dropped from the operation's `alternatives`, and its
 * spelling joins that entry's keys. Create bodies of one type that share an entry keep what
 * every page requires.
 */
export function claimRoutes(operations: readonly Operation[], diagnostics: Diagnostic[]): void {
  const routes = new Map<string, Route>();
  const plain = operations.filter((operation) => !operation.queryExample);
  for (const operation of plain) claimOwnPath(operation, routes, diagnostics);
  for (const operation of plain) claimAlternatives(operation, routes);
  for (const variant of operations.filter((operation) => operation.queryExample)) joinAsVariant(variant, routes, diagnostics);
  for (const route of routes.values()) {
    const keys = [...route.keys.values()].filter((spelling) => spelling.path !== route.keyed.path);
    // The owner's own path is `operation.path`; an alternative is its own object.
    const holder = route.owner.alternatives?.includes(route.keyed) ? route.keyed : route.owner;
    if (keys.length > 0) holder.spellings = keys;
    else delete holder.spellings;
    keepEveryRequirement([route.owner, ...route.sharers]);
  }
}

function routeKey(operation: Operation, path: string): string {
  return `${operation.method} ${pathShape(path)}`;
}

/** The operation's own path: a new entry, or a share of one. Own paths are all claimed before any alternative. */
function claimOwnPath(operation: Operation, routes: Map<string, Route>, diagnostics: Diagnostic[]): void {
  const own = ownPath(operation);
  const key = routeKey(operation, operation.path);
  const route = routes.get(key);
  if (!route) {
    routes.set(key, { owner: operation, keyed: own, keys: spellingsOf(own), sharers: [] });
    return;
  }
  addSpellings(route, own);
  operation.sharesPathWith = route.owner.id;
  delete operation.spellings;
  route.sharers.push(operation);
  diagnostics.push({
    code: 'operation-path-duplicate',
    severity: 'info',
    message: `${operation.method} ${operation.path} is also documented by operation "${route.owner.id}"; the typed map's entry takes either's body and responses`,
    source: operation.source,
  });
}

/** A variant's paths are spellings of the entries that other requests type; it types none itself. */
function joinAsVariant(variant: Operation, routes: Map<string, Route>, diagnostics: Diagnostic[]): void {
  const route = routes.get(routeKey(variant, variant.path));
  if (route) {
    addSpellings(route, ownPath(variant));
    variant.sharesPathWith = route.owner.id;
  }
  for (const alternative of variant.alternatives ?? []) {
    const documented = routes.get(routeKey(variant, alternative.path));
    if (documented) addSpellings(documented, alternative);
  }
  delete variant.spellings;
  delete variant.alternatives;
  diagnostics.push({
    code: 'operation-path-duplicate',
    severity: 'info',
    message: route
      ? `${variant.method} ${variant.path}, shown here with query options, is documented by operation "${route.owner.id}"; the typed map keeps that one`
      : `${variant.method} ${variant.path} is shown here only with query options in use, which no other page documents without: the typed map leaves it out`,
    source: variant.source,
  });
}

function ownPath(operation: Operation): OperationPath {
  return { path: operation.path, pathParameters: operation.pathParameters, ...(operation.spellings ? { spellings: operation.spellings } : {}) };
}

/** The alternatives no entry has yet become entries; the others join their entry as spellings. */
function claimAlternatives(operation: Operation, routes: Map<string, Route>): void {
  if (!operation.alternatives) return;
  const kept = operation.alternatives.filter((alternative) => {
    const key = routeKey(operation, alternative.path);
    const route = routes.get(key);
    if (route) {
      addSpellings(route, alternative);
      return false;
    }
    routes.set(key, { owner: operation, keyed: alternative, keys: spellingsOf(alternative), sharers: [] });
    return true;
  });
  if (kept.length > 0) operation.alternatives = kept;
  else delete operation.alternatives;
}

function spellingsOf(path: OperationPath): Map<string, OperationPath> {
  const keys = new Map<string, OperationPath>();
  for (const spelling of [path, ...(path.spellings ?? [])]) if (!keys.has(spelling.path)) keys.set(spelling.path, { path: spelling.path, pathParameters: spelling.pathParameters });
  return keys;
}

function addSpellings(route: Route, path: OperationPath): void {
  for (const [spelling, key] of spellingsOf(path)) if (!route.keys.has(spelling)) route.keys.set(spelling, key);
}

/**
 * Pages documenting one request may mark different properties of its body required (Intune's
 * `POST /users` pages mark none, `user-post-users` several): the service requires them all
 * whichever page one reads, so each create body of one type takes every page's required list.
 */
function keepEveryRequirement(operations: readonly Operation[]): void {
  if (operations.length < 2) return;
  const byType = new Map<string, Extract<RequestBody, { kind: 'create' | 'update' }>[]>();
  for (const { requestBody } of operations) {
    if (requestBody.kind !== 'create') continue;
    const bodies = byType.get(requestBody.type);
    if (bodies) bodies.push(requestBody);
    else byType.set(requestBody.type, [requestBody]);
  }
  for (const bodies of byType.values()) {
    if (bodies.length < 2) continue;
    const required = [...new Set(bodies.flatMap((body) => body.required))];
    for (const body of bodies) body.required = [...required];
  }
}
