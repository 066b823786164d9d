/**
 * The generated client against a real HTTP server on 127.0.0.1 (`support/docs-server.ts`),
 * answering with the fixture pages' own example responses: each method, path and query
 * encoding, paging, throttling, error bodies, validation and middleware. The client is the one
 * in `generated/` (the fixtures' output, which a test keeps equal to a fresh generation), so its
 * calls are typed here as a user's are.
 */
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphClient, graphValidator, GraphRequestError, type GraphMiddleware } from '../../generated/index.js';
import { repoRoot } from '../support/shared-corpus.js';
import { startDocsServer, type DocsServer } from './support/docs-server.js';
import { exampleResponse } from './support/example-responses.js';

const docs = path.join(repoRoot, 'fixtures', 'docs');
const widget = exampleResponse(docs, 'api/op-widget-get.md');
const created = exampleResponse(docs, 'api/widget-post.md');
const listed = exampleResponse(docs, 'api/op-widget-list.md');
const NO_CONTENT = { status: 204 };

let server: DocsServer;
beforeAll(async () => {
  server = await startDocsServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.received.length = 0;
});

const client = (): ReturnType<typeof createGraphClient> => createGraphClient({ baseUrl: server.baseUrl });
const last = () => server.received[server.received.length - 1]!;

describe('a call of each method answers the example response, typed', () => {
  it('GET: the resource as `data`, the response beside it, no error', async () => {
    server.route('GET', '/widgets/6c1f9a7e', widget);
    const { data, error, response } = await client().GET('/widgets/{id}', { params: { path: { id: '6c1f9a7e' } } });
    expect(error).toBeUndefined();
    expect(data).toEqual(widget.body);
    expect(response?.status).toBe(200);
    expect(last()).toMatchObject({ method: 'GET', url: '/v1.0/widgets/6c1f9a7e' });
  });

  it('POST: the body sent as JSON, the created resource answered', async () => {
    server.route('POST', '/widgets', created);
    const body = { displayName: 'Desk lamp widget', size: 'medium', activationCode: '7F3K-22QP' } as const;
    const { data } = await client().POST('/widgets', { body });
    expect(data).toEqual(created.body);
    expect(last().headers['content-type']).toBe('application/json');
    expect(JSON.parse(last().body.toString('utf8'))).toEqual(body);
  });

  it('PATCH: a 204 answers no data', async () => {
    server.route('PATCH', '/widgets/w1', NO_CONTENT);
    const { data, error, response } = await client().PATCH('/widgets/{id}', { params: { path: { id: 'w1' } }, body: { color: 'blue' } });
    expect([data, error, response?.status]).toEqual([undefined, undefined, 204]);
    expect(JSON.parse(last().body.toString('utf8'))).toEqual({ color: 'blue' });
  });

  it('PUT and DELETE of a reference', async () => {
    server.route('PUT', '/widgets/w1/owner/$ref', NO_CONTENT);
    server.route('DELETE', '/widgets/w1/owner/$ref', NO_CONTENT);
    const reference = { '@odata.id': 'https://graph.microsoft.com/v1.0/widgetOwners/o1' };
    expect((await client().PUT('/widgets/{id}/owner/$ref', { params: { path: { id: 'w1' } }, body: reference })).response?.status).toBe(204);
    expect(JSON.parse(last().body.toString('utf8'))).toEqual(reference);
    expect((await client().DELETE('/widgets/{id}/owner/$ref', { params: { path: { id: 'w1' } } })).response?.status).toBe(204);
    expect(last()).toMatchObject({ method: 'DELETE', body: Buffer.alloc(0) });
  });

  it('bytes go as they are, with the header parameters; bytes come back as bytes', async () => {
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]);
    server.route('PUT', '/widgets/w1/photo/$value', NO_CONTENT);
    server.route('GET', '/widgets/w1/photo/$value', { status: 200, body: Buffer.from(jpeg) });
    await client().PUT('/widgets/{id}/photo/$value', { params: { path: { id: 'w1' }, header: { 'Content-Type': 'image/jpeg' } }, body: jpeg });
    expect(last().headers['content-type']).toBe('image/jpeg');
    expect([...last().body]).toEqual([...jpeg]);
    const { data } = await client().GET('/widgets/{id}/photo/$value', { params: { path: { id: 'w1' } } });
    expect(data instanceof ArrayBuffer && [...new Uint8Array(data)]).toEqual([...jpeg]);
  });

  it('a count answered as text is the number it is', async () => {
    server.route('GET', '/widgets/$count', { status: 200, body: '42' });
    const { data } = await client().GET('/widgets/$count', { params: { header: { ConsistencyLevel: 'eventual' } } });
    expect(data).toBe(42);
    expect(last().headers['consistencylevel']).toBe('eventual');
  });
});

describe('path and query encoding', () => {
  it('encodes a path parameter as one segment: spaces, slashes, `?`, `#`, `%` and non-ASCII escaped', async () => {
    server.route('GET', /^\/widgets\//, widget);
    await client().GET('/widgets/{id}', { params: { path: { id: 'a b/c?d#e%f é' } } });
    expect(last().url).toBe('/v1.0/widgets/a%20b%2Fc%3Fd%23e%25f%20%C3%A9');
  });

  it('takes a spelling with the keys a parameter accepts (`{id | serialNumber}`) by its first', async () => {
    server.route('GET', /^\/widgets\//, widget);
    await client().GET('/widgets/{id | serialNumber}', { params: { path: { id: 'SN-1' } } });
    expect(last().url).toBe('/v1.0/widgets/SN-1');
  });

  it("doubles a quote inside a function's string argument, as OData writes it", async () => {
    server.route('GET', /getUsage/, { status: 200, body: { value: [] } });
    await client().GET("/widgets/{id}/getUsage(startDate='{startDate}',endDate='{endDate}')", { params: { path: { id: 'w1', startDate: "O'Brien", endDate: '2024-05-31' } } });
    expect(last().url).toBe("/v1.0/widgets/w1/getUsage(startDate='O''Brien',endDate='2024-05-31')");
  });

  // The URL standard escapes `'` in a query (not in a path): `%27`, which Graph reads as `'`.
  it('writes query options in order, values escaped, `$` of system options kept', async () => {
    server.route('GET', '/widgets', listed);
    await client().GET('/widgets', { params: { query: { $filter: "displayName eq 'Desk & lamp'", $top: 5, $count: true, $select: 'id,displayName' } } });
    expect(last().url).toBe('/v1.0/widgets?$filter=displayName%20eq%20%27Desk%20%26%20lamp%27&$top=5&$count=true&$select=id%2CdisplayName');
  });
});

describe('paging', () => {
  /** The list example as three pages, each item with an id of its page, linked by `@odata.nextLink`. */
  function routePages(routePath: string, last: Record<string, unknown>): void {
    const item = (listed.body['value'] as Record<string, unknown>[])[0]!;
    server.route('GET', routePath, (request) => {
      const page = Number(/\$skiptoken=(\d)/.exec(request.url)?.[1] ?? '1');
      const body = { ...listed.body, value: [{ ...item, id: `widget-${page}` }] };
      return { status: 200, body: page < 3 ? { ...body, '@odata.nextLink': `${server.baseUrl}${routePath}?$skiptoken=${page + 1}` } : { ...body, ...last } };
    });
  }

  it('reads every item across three pages, following `@odata.nextLink` as given', async () => {
    routePages('/widgets', {});
    const ids: (string | undefined)[] = [];
    for await (const item of client().paginate('/widgets', { params: { query: { $top: 1 } } })) ids.push(item.id);
    expect(ids).toEqual(['widget-1', 'widget-2', 'widget-3']);
    expect(server.received.map((request) => request.url)).toEqual(['/v1.0/widgets?$top=1', '/v1.0/widgets?$skiptoken=2', '/v1.0/widgets?$skiptoken=3']);
  });

  it("hands back a delta function's `@odata.deltaLink`, from which the next round starts", async () => {
    const deltaLink = `${server.baseUrl}/widgets/delta()?$deltatoken=abc`;
    routePages('/widgets/delta()', { '@odata.deltaLink': deltaLink });
    const pages = client().paginate('/widgets/delta()');
    const items = [];
    for await (const item of pages) items.push(item);
    expect(items).toHaveLength(3);
    expect(pages.deltaLink).toBe(deltaLink);
    server.received.length = 0;
    for await (const item of client().paginate('/widgets/delta()', { link: deltaLink })) items.push(item);
    expect(server.received[0]?.url).toBe('/v1.0/widgets/delta()?$deltatoken=abc');
  });

  it('throws the typed error of a page that fails', async () => {
    server.route('GET', '/widgetOwners/o1/widgets', { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } } });
    const pages = client().paginate('/widgetOwners/{id}/widgets', { params: { path: { id: 'o1' } } });
    await expect(pages[Symbol.asyncIterator]().next()).rejects.toSatisfy((thrown) => thrown instanceof GraphRequestError && thrown.error.error.code === 'Authorization_RequestDenied');
  });
});

describe('throttling', () => {
  const throttled = (retryAfter: string, then = widget) => (_request: unknown, count: number) =>
    count === 0 ? { status: 429, headers: { 'retry-after': retryAfter }, body: { error: { code: 'TooManyRequests', message: 'Slow down.' } } } : then;

  it('waits for `Retry-After` after a 429, then answers the success', async () => {
    server.route('GET', '/widgets/w1', throttled('1'));
    const { data, error } = await client().GET('/widgets/{id}', { params: { path: { id: 'w1' } } });
    expect(error).toBeUndefined();
    expect(data).toEqual(widget.body);
    expect(server.received).toHaveLength(2);
    // The second try came no sooner than the server asked.
    expect(server.received[1]!.at - server.received[0]!.at).toBeGreaterThanOrEqual(1000 - 20);
  });

  it('tries a 503 again too, at most `tries` times in all, then answers the last error', async () => {
    server.route('GET', '/widgets/w1', { status: 503, headers: { 'retry-after': '0' }, body: { error: { code: 'serviceNotAvailable', message: 'Later.' } } });
    const { error, response } = await createGraphClient({ baseUrl: server.baseUrl, retry: { tries: 2 } }).GET('/widgets/{id}', { params: { path: { id: 'w1' } } });
    expect(server.received).toHaveLength(2);
    expect([response?.status, error?.error.code]).toEqual([503, 'serviceNotAvailable']);
  });

  it('never tries a POST again unless asked', async () => {
    server.route('POST', '/widgets', throttled('0', created));
    const body = { displayName: 'Lamp', size: 'small', activationCode: 'A-1' } as const;
    expect((await client().POST('/widgets', { body })).response?.status).toBe(429);
    server.route('POST', '/widgets', throttled('0', created));
    expect((await client().POST('/widgets', { body, retry: { methods: ['POST'] } })).response?.status).toBe(201);
    expect(server.received).toHaveLength(3);
  });

  it('does not wait longer than `maxDelay`, nor at all with `retry: false`', async () => {
    server.route('GET', '/widgets/w1', throttled('3600'));
    expect((await client().GET('/widgets/{id}', { params: { path: { id: 'w1' } } })).response?.status).toBe(429);
    server.route('GET', '/widgets/w1', throttled('0'));
    expect((await createGraphClient({ baseUrl: server.baseUrl, retry: false }).GET('/widgets/{id}', { params: { path: { id: 'w1' } } })).response?.status).toBe(429);
    expect(server.received).toHaveLength(2);
  });
});

describe('errors', () => {
  it("answers Graph's error body as `error`, typed, with no data", async () => {
    const body = { error: { code: 'Request_ResourceNotFound', message: "Resource 'w9' does not exist.", innerError: { 'request-id': 'r1', date: '2024-05-01T00:00:00' } } };
    server.route('GET', '/widgets/w9', { status: 404, body });
    const { data, error, response } = await client().GET('/widgets/{id}', { params: { path: { id: 'w9' } } });
    expect(data).toBeUndefined();
    expect(error).toEqual(body);
    expect(error?.error.innerError?.['request-id']).toBe('r1');
    expect(response?.status).toBe(404);
  });

  it('describes an error without a JSON body by its status', async () => {
    server.route('GET', '/widgets/w9', { status: 502, body: 'Bad gateway' });
    const { error } = await createGraphClient({ baseUrl: server.baseUrl, retry: false }).GET('/widgets/{id}', { params: { path: { id: 'w9' } } });
    expect(error).toEqual({ error: { code: '502', message: 'Bad gateway' } });
  });
});

describe('validation, when asked for', () => {
  const validating = (validate: 'request' | 'response' | 'both') => createGraphClient({ baseUrl: server.baseUrl, validate, validator: graphValidator });

  it('a wrong request body is an error with JSON Pointer paths, and is never sent', async () => {
    server.route('POST', '/widgets/w1/assignParts', widget);
    const body = { addParts: [{ partId: 'p1', quantity: 'four' }] } as unknown as { addParts: [] };
    const { data, error, response } = await validating('request').POST('/widgets/{id}/assignParts', { params: { path: { id: 'w1' } }, body });
    expect(data).toBeUndefined();
    expect(response).toBeUndefined();
    expect(error?.error.code).toBe('invalidRequestBody');
    expect(error?.validationErrors?.map((e) => e.path)).toEqual(['/addParts/0/partId', '/addParts/0/quantity']);
    expect(server.received).toHaveLength(0);
  });

  it('a wrong response body is an error with JSON Pointer paths and the body, not thrown', async () => {
    server.route('GET', '/widgets', { status: 200, body: { ...listed.body, value: [{ id: 'w1', color: 'purple' }] } });
    const { error } = await validating('response').GET('/widgets');
    expect(error?.error.code).toBe('invalidResponseBody');
    expect(error?.validationErrors?.map((e) => e.path)).toEqual(['/value/0/color']);
    expect(error && 'body' in error && error.body).toEqual({ ...listed.body, value: [{ id: 'w1', color: 'purple' }] });
  });

  it("the docs' own examples pass both ways", async () => {
    server.route('POST', '/widgets', created);
    server.route('GET', '/widgets/w1', widget);
    const both = validating('both');
    expect((await both.POST('/widgets', { body: { displayName: 'Desk lamp widget', size: 'medium', activationCode: '7F3K-22QP' } })).error).toBeUndefined();
    expect((await both.GET('/widgets/{id}', { params: { path: { id: 'w1' } } })).error).toBeUndefined();
  });

  it('checks only the side it is asked to', async () => {
    server.route('GET', '/widgets', { status: 200, body: { value: [{ color: 'purple' }] } });
    expect((await validating('request').GET('/widgets')).error).toBeUndefined();
  });
});

describe('middleware', () => {
  it('adds a header to every request, given at construction or with `use`', async () => {
    server.route('GET', '/widgets/w1', widget);
    const token: GraphMiddleware = {
      onRequest({ request }) {
        request.headers.set('authorization', 'Bearer token-1');
      },
    };
    const api = createGraphClient({ baseUrl: server.baseUrl, middleware: [token], headers: { 'x-app': 'tests' } });
    api.use({ onRequest: ({ request, attempt }) => request.headers.set('x-attempt', String(attempt)) });
    await api.GET('/widgets/{id}', { params: { path: { id: 'w1' } }, headers: { 'x-call': 'one' } });
    expect(last().headers).toMatchObject({ authorization: 'Bearer token-1', 'x-app': 'tests', 'x-attempt': '1', 'x-call': 'one' });
  });

  it('may replace the response', async () => {
    server.route('GET', '/widgets/w1', widget);
    const api = createGraphClient({
      baseUrl: server.baseUrl,
      middleware: [{ onResponse: () => new Response(JSON.stringify({ id: 'replaced' }), { status: 200, headers: { 'content-type': 'application/json' } }) }],
    });
    expect((await api.GET('/widgets/{id}', { params: { path: { id: 'w1' } } })).data).toEqual({ id: 'replaced' });
  });
});
