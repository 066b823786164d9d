import type { HttpMethod } from './operation-facts.js';

export interface RequestLine {
  method: HttpMethod;
  /** The path with the service root removed, starting with `/`; query string kept. */
  target: string;
  /** The URL names a host other than Graph's (an invented one, a callback's, an upload URL's). */
  otherHost: boolean;
}

const REQUEST_LINE = /^\s*(GET|POST|PUT|PATCH|DELETE)\s+(\S.*?)\s*(?:HTTP\/\d(?:\.\d)?)?\s*$/i;
const GRAPH_HOST = /(^|\.)graph\.microsoft\.(com|us|de)$|^(dod-graph|microsoftgraph)\./i;

/**
 * `GET /me/events`, `POST https://graph.microsoft.com/v1.0/users`, `PATCH policies/x` → method
 * and service-relative target; undefined for any other line (headers, prose, code).
 */
export function readRequestLine(line: string): RequestLine | undefined {
  const match = REQUEST_LINE.exec(line);
  if (!match?.[1] || !match[2]) return undefined;
  const { target, host } = serviceRelative(match[2]);
  return { method: match[1].toUpperCase() as HttpMethod, target, otherHost: host !== undefined && !GRAPH_HOST.test(host) };
}

/**
 * Strips the service root in every form the docs use: `https://graph.microsoft.com/v1.0/`,
 * `/beta/`, `/V1.0/`, `/v1/`, any host (docs sets of other APIs invent their own); reads a
 * backslash as a slash (a typo some URLs carry) and adds the leading `/` some pages leave out.
 */
export function serviceRelative(url: string): { target: string; host?: string } {
  let target = url.trim().replace(/\\/g, '/');
  const absolute = /^https?:\/\/([^/?#]+)(.*)$/i.exec(target);
  if (absolute) target = absolute[2] ?? '';
  if (!target.startsWith('/')) target = `/${target}`;
  target = target.replace(/^\/(?:v1\.0|v1|beta)(?=\/|$|\?)/i, '');
  return { target: target === '' ? '/' : target, ...(absolute ? { host: absolute[1] ?? '' } : {}) };
}

/** The target split at its query string: `?` outside braces, parentheses and quotes. */
export function splitQuery(target: string): { path: string; query: string } {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < target.length; i++) {
    const ch = target[i];
    if (ch === "'") quoted = !quoted;
    else if (!quoted && (ch === '{' || ch === '(')) depth++;
    else if (!quoted && (ch === '}' || ch === ')')) depth--;
    else if (ch === '?' && depth <= 0 && !quoted) return { path: target.slice(0, i), query: target.slice(i + 1) };
  }
  return { path: target, query: '' };
}
