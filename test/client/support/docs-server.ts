/**
 * A real HTTP server on 127.0.0.1 for the client's tests: each route answers as a test says
 * (with the docs' own example responses, see `example-responses.ts`), and every request it
 * receives is recorded as it arrived: method, the URL as sent, headers and body.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** The request target as sent: path and query string, still encoded. */
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** `Date.now()` when it arrived. */
  at: number;
}

export interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers one request: `answer` is what it sends, `count` how many requests this route had before. */
type Handler = (request: ReceivedRequest, count: number) => Answer;

export interface DocsServer {
  /** `http://127.0.0.1:<port>/v1.0`: the client's `baseUrl`. */
  baseUrl: string;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  received: ReceivedRequest[];
  /** Routes a method and a path (without the `/v1.0` prefix and the query string) to a handler. */
  route(method: string, path: string | RegExp, handler: Handler | Answer): void;
  close(): Promise<void>;
}

export async function startDocsServer(): Promise<DocsServer> {
  const routes: { method: string; path: string | RegExp; handler: Handler; count: number }[] = [];
  const received: ReceivedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: ReceivedRequest = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body: Buffer.concat(chunks), at: Date.now() };
      received.push(request);
      const path = decodeURIComponent(request.url.split('?')[0]!.replace(/^\/v1\.0/, ''));
      const route = routes.find((candidate) => candidate.method === request.method && (typeof candidate.path === 'string' ? candidate.path === path : candidate.path.test(path)));
      send(outgoing, route ? route.handler(request, route.count++) : { status: 404, body: { error: { code: 'notRouted', message: `${request.method} ${path} has no route` } } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl: `${origin}/v1.0`,
    origin,
    received,
    route(method, path, handler) {
      routes.unshift({ method, path, handler: typeof handler === 'function' ? handler : () => handler, count: 0 });
    },
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function send(outgoing: ServerResponse, answer: Answer): void {
  const body = answer.body === undefined ? undefined : Buffer.isBuffer(answer.body) ? answer.body : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  const type = answer.body === undefined ? {} : { 'content-type': Buffer.isBuffer(answer.body) ? 'application/octet-stream' : typeof answer.body === 'string' ? 'text/plain' : 'application/json' };
  outgoing.writeHead(answer.status, { ...type, ...answer.headers });
  outgoing.end(body);
}
