/**
 * The client of the real v1.0 output (generated once by the global setup), run end to end
 * against the local HTTP server answering with the v1.0 docs' own example responses: `/me`,
 * `/users/{id}/events` across three pages, and a create (`POST /users`), each with validation
 * both ways, so the docs' examples are also held to the types the map gives them. Skipped where
 * the docs are absent.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GraphClient, GraphValidator } from '../../templates/runtime/client.js';
import { skipMessage, v1DocsDir, v1Present } from '../support/shared-corpus.js';
import { startDocsServer, type DocsServer } from './support/docs-server.js';
import { exampleResponse } from './support/example-responses.js';

const run = inject('v1Run');
if (!v1Present || !run) console.log(skipMessage('the v1.0 client end to end'));

/** The v1.0 output's `createGraphClient`, typed loosely: the call sites' types are `v1-type-level.test.ts`'s. */
type LooseClient = GraphClient<Record<string, Record<string, { parameters?: unknown; requestBody?: unknown; responses: Record<number, unknown> }>>>;

describe.skipIf(!v1Present || !run)('the v1.0 client against the docs’ example responses', () => {
  let server: DocsServer;
  let client: LooseClient;

  beforeAll(async () => {
    server = await startDocsServer();
    const { createGraphClient } = (await import(pathToFileURL(path.join(run!.outDir, 'client.js')).href)) as { createGraphClient: (options: object) => LooseClient };
    const { graphValidator } = (await import(pathToFileURL(path.join(run!.outDir, 'graph-validator.js')).href)) as { graphValidator: GraphValidator };
    client = createGraphClient({ baseUrl: server.baseUrl, validate: 'both', validator: graphValidator, headers: { authorization: 'Bearer token' } });
  });
  afterAll(() => server?.close());

  it('GET /me answers the signed-in user', async () => {
    const me = exampleResponse(v1DocsDir, 'api/user-get.md');
    server.route('GET', '/me', me);
    const { data, error } = await client.GET('/me');
    expect(error).toBeUndefined();
    expect(data).toEqual(me.body);
    expect(server.received.at(-1)?.headers['authorization']).toBe('Bearer token');
  });

  it("pages through a user's events: three pages, each item an event", async () => {
    const listed = exampleResponse(v1DocsDir, 'api/user-list-events.md');
    const [event] = listed.body['value'] as Record<string, unknown>[];
    server.route('GET', '/users/AdeleV@contoso.com/events', (request) => {
      const page = Number(/\$skiptoken=(\d)/.exec(request.url)?.[1] ?? '1');
      const body = { ...listed.body, value: [{ ...event, id: `event-${page}` }] };
      return { status: 200, body: page < 3 ? { ...body, '@odata.nextLink': `${server.baseUrl}/users/AdeleV@contoso.com/events?$skiptoken=${page + 1}` } : body };
    });
    const ids: unknown[] = [];
    const pages = (client as unknown as { paginate(path: string, init: object): AsyncIterable<unknown> }).paginate('/users/{id}/events', {
      params: { path: { id: 'AdeleV@contoso.com' }, query: { $select: 'subject,organizer', $top: 1 } },
    });
    for await (const item of pages) {
      ids.push((item as { id?: unknown }).id);
    }
    expect(ids).toEqual(['event-1', 'event-2', 'event-3']);
    expect(server.received.at(-3)?.url).toBe('/v1.0/users/AdeleV%40contoso.com/events?$select=subject%2Corganizer&$top=1');
  });

  it('creates a user with the body its page requires, and answers the created user', async () => {
    const createdUser = exampleResponse(v1DocsDir, 'api/user-post-users.md');
    server.route('POST', '/users', createdUser);
    const body = {
      accountEnabled: true,
      displayName: 'Adele Vance',
      mailNickname: 'AdeleV',
      userPrincipalName: 'AdeleV@contoso.com',
      onPremisesImmutableId: 'adele-immutable-id',
      passwordProfile: { forceChangePasswordNextSignIn: true, password: 'xWwvJ]6NMw+bWH-d' },
    };
    const { data, error, response } = await client.POST('/users', { body });
    expect(error).toBeUndefined();
    expect(response?.status).toBe(201);
    expect(data).toEqual(createdUser.body);
    expect(JSON.parse(server.received.at(-1)!.body.toString('utf8'))).toEqual(body);
  });

  it('refuses, unsent, a create body without what the page requires', async () => {
    const before = server.received.length;
    const { error } = await client.POST('/users', { body: { displayName: 'Adele Vance' } });
    expect(error?.validationErrors?.map((e) => e.path)).toEqual(expect.arrayContaining(['/accountEnabled', '/mailNickname', '/passwordProfile', '/userPrincipalName']));
    expect(server.received.length).toBe(before);
  });
});
