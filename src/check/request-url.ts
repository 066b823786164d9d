import { splitQuery } from '../parse/operations/request-line.js';

/** What a request example's URL says: a Graph request's service-relative path, or another host's URL. */
export type RequestUrl =
  | { kind: 'graph'; path: string; /** Why its root is not a Graph root, where it is not. */ rootProblem?: string }
  /** A callback's, an upload session's or another service's URL: not a Graph request. */
  | { kind: 'other-host' };

const GRAPH_HOST = /^(?:graph\.microsoft\.(?:com|us|de)|dod-graph\.microsoft\.us|microsoftgraph\.chinacloudapi\.cn)$/i;
const GRAPH_ROOT = /^\/(?:v1\.0|beta)(?=\/|\?|$)/;
/** The roots a reader can copy: the versions Graph serves. */
export const GRAPH_ROOTS = 'https://graph.microsoft.com/v1.0/ or https://graph.microsoft.com/beta/';

/**
 * Reads a request example's URL. An absolute URL on a Graph host must go on with `/v1.0/` or
 * `/beta/`; a backslash is never right (`https://graph.microsoft.com/docs\api/...` is a page
 * template's root, not Graph's). A relative URL (`GET /me`) names a path alone. For a URL whose
 * root is wrong, the path is what follows the root as far as it can be told.
 */
export function readRequestUrl(url: string): RequestUrl {
  const absolute = /^https?:\/\/([^/\\?#]+)(.*)$/i.exec(url);
  const rest = absolute ? (absolute[2] ?? '') : url.startsWith('/') ? url : `/${url}`;
  if (absolute && !GRAPH_HOST.test(absolute[1]!)) return { kind: 'other-host' };
  const { path } = splitQuery(rest);
  if (path.includes('\\')) {
    const slashed = path.replace(/\\/g, '/');
    return { kind: 'graph', path: withoutRoot(slashed), rootProblem: `has a backslash in its root ("${path.slice(0, path.lastIndexOf('\\') + 1)}")` };
  }
  if (absolute && !GRAPH_ROOT.test(path)) return { kind: 'graph', path, rootProblem: `names no Graph version after the host ("${path.split('/').slice(0, 2).join('/')}/")` };
  return { kind: 'graph', path: path.replace(GRAPH_ROOT, '') || '/' };
}

function withoutRoot(path: string): string {
  return path.replace(GRAPH_ROOT, '') || '/';
}
