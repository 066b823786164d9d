/** The check fixtures (`fixtures/check/docs`): one mistake a page, and what check must say of each. */
import path from 'node:path';
import { repoRoot } from '../support/shared-corpus.js';

export const checkDocs = path.join(repoRoot, 'fixtures', 'check', 'docs');

/** A finding as every format must place it: page, line, column, severity, code, message. */
export interface Expected {
  page: string;
  line: number;
  column: number;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

/** Each mistake page's one finding, at the offending value (not the block). */
export const EXPECTED: Expected[] = [
  { page: 'api/gizmo-get-base-url.md', line: 46, column: 5, severity: 'error', code: 'request-url-invalid', message: 'request URL has a backslash in its root ("/docs\\"): a Graph request starts with https://graph.microsoft.com/v1.0/ or https://graph.microsoft.com/beta/' },
  { page: 'api/gizmo-get-broken-anchor.md', line: 13, column: 67, severity: 'error', code: 'anchor-broken', message: 'link to #gizmosize-valuez: resources/gizmo.md has no such heading or anchor' },
  { page: 'api/gizmo-get-broken-link.md', line: 13, column: 67, severity: 'error', code: 'link-broken', message: 'link to ../resources/gizmos.md: no such file in the docs' },
  { page: 'api/gizmo-get-enum-member.md', line: 62, column: 11, severity: 'error', code: 'example-value-invalid', message: '/size: expected GizmoSize (small | medium | large) or null, found string "huge"' },
  { page: 'api/gizmo-get-number-as-string.md', line: 63, column: 13, severity: 'error', code: 'example-value-invalid', message: '/weight: expected Int32 or null, found string "250"' },
  { page: 'api/gizmo-get-placeholder-enum.md', line: 62, column: 11, severity: 'warning', code: 'placeholder-value', message: '/size: "String" is a placeholder where GizmoSize (small | medium | large) or null belongs' },
  { page: 'api/gizmo-get-placeholder-integer.md', line: 63, column: 13, severity: 'warning', code: 'placeholder-value', message: '/weight: "Integer" is a placeholder where Int32 or null belongs' },
  { page: 'api/gizmo-get-placeholder-timestamp.md', line: 64, column: 22, severity: 'warning', code: 'placeholder-value', message: '/createdDateTime: "String (timestamp)" is a placeholder where DateTimeOffset or null belongs' },
  { page: 'api/gizmo-get-todo.md', line: 20, column: 16, severity: 'warning', code: 'todo-placeholder', message: 'TODO left in the table: "TODO: Determine AppOnly scopes"' },
  { page: 'api/gizmo-get-unknown-path.md', line: 46, column: 5, severity: 'warning', code: 'request-path-unknown', message: 'GET /gizmoz/b1 matches no documented request path' },
  { page: 'api/gizmo-post-missing-required.md', line: 56, column: 1, severity: 'error', code: 'request-body-required-missing', message: '/displayName: required by the request (String or null), and missing' },
  {
    page: 'api/gizmo-post-ref-block.md',
    line: 26,
    column: 1,
    severity: 'warning',
    code: 'request-block-contradicted',
    message: 'the HTTP request block posts to a $ref path, but the request body describes an object and the example posts one to the path without $ref; read as creating it at /gizmos/ref',
  },
];

/** Pages with nothing wrong, or whose one mistake a graphdoc-disable comment silences. */
export const CLEAN = ['api/gizmo-get.md', 'api/gizmo-post.md', 'api/gizmo-get-disabled.md', 'resources/gizmo.md'];
