/**
 * A docs tree with as many requests as asked for: the real resource pages (so the requests are
 * typed by real types), and one API page per request, written as the Graph docs write them
 * (`HTTP request` block, request body prose or a parameter table, response prose). Each page
 * has a path of its own: `/scale/g<n>/<resource>s[/{id}[/<action>]]`.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { primitiveFor } from '../../../src/parse/primitives.js';

/** A resource page that names its type in its resource annotation. */
interface Resource {
  /** `user`, as `microsoft.graph.user` names it. */
  name: string;
  /** `user.md` */
  file: string;
}

/** The requests written for each resource in turn, one page each. */
const KINDS = ['list', 'create', 'get', 'update', 'delete', 'action'] as const;
type Kind = (typeof KINDS)[number];

export interface SyntheticTree {
  /** API pages written, one request each. */
  apiPages: number;
  /** Resource pages copied. */
  resourcePages: number;
  /** How many requests of each kind the pages document. */
  byKind: Record<Kind, number>;
}

/** Copies `source/resources` into `target/resources` and writes `operations` API pages into `target/api`. */
export function writeSyntheticOperations(source: string, target: string, operations: number): SyntheticTree {
  const resourcesDir = path.join(source, 'resources');
  cpSync(resourcesDir, path.join(target, 'resources'), { recursive: true });
  const resources = typedResources(resourcesDir);
  if (resources.length === 0) throw new Error(`${resourcesDir}: no resource page names its type in a resource annotation`);
  mkdirSync(path.join(target, 'api'), { recursive: true });
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  for (let i = 0; i < operations; i++) {
    const group = Math.floor(i / KINDS.length);
    const kind = KINDS[i % KINDS.length]!;
    const resource = resources[group % resources.length]!;
    writeFileSync(path.join(target, 'api', `scale-g${group}-${resource.name.toLowerCase()}-${kind}.md`), apiPage(kind, group, resource));
    byKind[kind]++;
  }
  return { apiPages: operations, resourcePages: readdirSync(resourcesDir).filter((name) => name.endsWith('.md')).length, byKind };
}

/**
 * The resource pages of `microsoft.graph` whose resource annotation names their type, by file
 * name. Types named like a primitive (`timeStamp`, `uri`) are left out: where a request body or
 * a response links one (`[timeStamp](../resources/timestamp.md)`), the link text outranks the
 * linked page, so the response is typed as the primitive and the create body as nothing.
 */
function typedResources(dir: string): Resource[] {
  const resources: Resource[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md')).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const annotation = /<!--\s*(\{[^]*?"blockType"\s*:\s*"resource"[^]*?\})\s*-->/.exec(text)?.[1] ?? '';
    const name = /"@odata\.type"\s*:\s*"#?microsoft\.graph\.([A-Za-z]\w*)"/.exec(annotation)?.[1];
    if (name && !primitiveFor(name)) resources.push({ name, file });
  }
  return resources;
}

function apiPage(kind: Kind, group: number, resource: Resource): string {
  const link = `[${resource.name}](../resources/${resource.file})`;
  const collection = `/scale/g${group}/${resource.name}s`;
  const item = `${collection}/{${resource.name}-id}`;
  const action = `act${group}`;
  const pages: Record<Kind, { title: string; request: string; body: string; response: string }> = {
    list: {
      title: `List ${resource.name}s`,
      request: `GET ${collection}`,
      body: 'Do not supply a request body for this method.',
      response: `If successful, this method returns a \`200 OK\` response code and a collection of ${link} objects in the response body.`,
    },
    create: {
      title: `Create ${resource.name}`,
      request: `POST ${collection}`,
      body: `In the request body, supply a JSON representation of a ${link} object.`,
      response: `If successful, this method returns a \`201 Created\` response code and a ${link} object in the response body.`,
    },
    get: {
      title: `Get ${resource.name}`,
      request: `GET ${item}`,
      body: 'Do not supply a request body for this method.',
      response: `If successful, this method returns a \`200 OK\` response code and a ${link} object in the response body.`,
    },
    update: {
      title: `Update ${resource.name}`,
      request: `PATCH ${item}`,
      body: `In the request body, supply a JSON representation of the ${link} object with the values to update.`,
      response: 'If successful, this method returns a `204 No Content` response code.',
    },
    delete: {
      title: `Delete ${resource.name}`,
      request: `DELETE ${item}`,
      body: 'Do not supply a request body for this method.',
      response: 'If successful, this method returns a `204 No Content` response code.',
    },
    action: {
      title: `${resource.name}: ${action}`,
      request: `POST ${item}/${action}`,
      body: [
        'In the request body, provide a JSON object with the following parameters.',
        '',
        '| Parameter | Type | Description |',
        '|:----------|:-----|:------------|',
        `| comment | String | Why the action is taken. |`,
        `| notify | Boolean | Whether to notify the owners. |`,
        `| targets | ${link} collection | The objects the action also applies to. |`,
      ].join('\n'),
      response: `If successful, this action returns a \`200 OK\` response code and a ${link} object in the response body.`,
    },
  };
  const page = pages[kind];
  return `---
title: "${page.title}"
description: "${page.title} (scale test, group ${group})."
doc_type: apiPageType
---

# ${page.title}

Namespace: microsoft.graph

${page.title} of a ${link} object.

## Permissions

| Permission type | Permissions (from least to most privileged) |
|:----------------|:--------------------------------------------|
| Delegated (work or school account) | Directory.ReadWrite.All |
| Application | Directory.ReadWrite.All |

## HTTP request

<!-- { "blockType": "ignored" } -->
\`\`\`http
${page.request}
\`\`\`

## Request headers

| Name | Description |
|:-----|:------------|
| Authorization | Bearer {token}. Required. |

## Request body

${page.body}

## Response

${page.response}
`;
}
