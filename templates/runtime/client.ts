/**
 * A typed Graph client over a map of operations (`GraphOperations`), in the manner of
 * openapi-fetch: `client.GET(path, { params, body })` answers `{ data, error, response }`, both
 * typed by the map. No dependency: it runs on the Fetch API of browsers and Node.js 18+.
 *
 * - Path parameters are substituted with encoding (a quoted function argument's `'` doubled, a
 *   `root:/{path}:` item path keeps its slashes); query parameters follow the path; header
 *   parameters are sent as headers.
 * - A body that is bytes (`ArrayBuffer`, a typed array, a `Blob`) or a string is sent as it is;
 *   any other body as JSON; none where there is none.
 * - 429 and 503 are tried again after `Retry-After` (or 1 s, 2 s, … where it gives none), up to
 *   `retry.tries` tries in all, never waiting more than `retry.maxDelay`; only GET, PUT and
 *   DELETE unless `retry.methods` says otherwise.
 * - With `validate` and a `validator` (the output's `graphValidator`), bodies are checked; a
 *   failure is the result's `error`, with JSON Pointer paths, never thrown.
 * - `paginate` iterates over the items of a collection across `@odata.nextLink`, and keeps the
 *   last page's `@odata.deltaLink`.
 */
import type { ValidationError } from './validation.js';

export type GraphMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

/**
 * The global type `Name`'s instances (`Request`, `Response`) where the compiler knows the Fetch
 * API (the DOM library or `@types/node`), else `Fallback`: the output compiles either way.
 */
type FetchApi<Name extends string, Fallback> = typeof globalThis extends { [K in Name]: { prototype: infer T } } ? T : Fallback;

/** A `Request` of the Fetch API. */
export type GraphRequest = FetchApi<'Request', { readonly url: string; readonly method: string; readonly headers: GraphHeaders }>;
/** A `Response` of the Fetch API. */
export type GraphResponse = FetchApi<'Response', { readonly status: number; readonly ok: boolean; readonly headers: GraphHeaders }>;
/** An `AbortSignal`. */
export type GraphAbortSignal = FetchApi<'AbortSignal', { readonly aborted: boolean }>;

interface GraphHeaders {
  get(name: string): string | null;
  set(name: string, value: string): void;
}

/** An error as Graph sends one. */
export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError?: { 'request-id'?: string; 'client-request-id'?: string; date?: string; [key: string]: unknown };
    details?: { code: string; message: string; target?: string }[];
  };
  validationErrors?: never;
}

/** A body that is not what the docs say: the request's (never sent) or the response's. */
export interface GraphValidationFailure {
  error: { code: 'invalidRequestBody' | 'invalidResponseBody'; message: string; innerError?: never; details?: never };
  /** Every reason, each with the JSON Pointer to the value. */
  validationErrors: readonly ValidationError[];
  body: unknown;
}

export type GraphClientError = GraphErrorBody | GraphValidationFailure;

/** What a call answers: `data` where it succeeded, `error` where not (`response` is undefined where nothing was sent). */
export type GraphResult<Data> =
  | { data: Data; error?: never; response: GraphResponse }
  | { data?: never; error: GraphClientError; response: GraphResponse | undefined };

/** Checks bodies against the docs: the output's `graphValidator`. */
export interface GraphValidator {
  request(method: GraphMethod, path: string, body: unknown): readonly ValidationError[];
  response(method: GraphMethod, path: string, status: number, body: unknown): readonly ValidationError[];
}

export interface GraphRetryOptions {
  /** Tries in all, the first included. Default 3. */
  tries?: number;
  /** The longest wait, in ms: a longer `Retry-After` answers the throttled response. Default 60 000. */
  maxDelay?: number;
  /** Methods tried again. Default GET, PUT and DELETE: a POST or PATCH may have taken effect. */
  methods?: readonly GraphMethod[];
}

export interface GraphMiddlewareContext {
  method: GraphMethod;
  /** The path key the call named (`/users/{id}`). */
  path: string;
  /** 1 for the first try. */
  attempt: number;
  request: GraphRequest;
}

/** Hooks run on every try: return a new request or response to use it instead. */
export interface GraphMiddleware {
  onRequest?(context: GraphMiddlewareContext): GraphRequest | undefined | void | Promise<GraphRequest | undefined | void>;
  onResponse?(context: GraphMiddlewareContext & { response: GraphResponse }): GraphResponse | undefined | void | Promise<GraphResponse | undefined | void>;
}

export type GraphClientOptions = {
  /** Default `https://graph.microsoft.com/v1.0`. */
  baseUrl?: string;
  /** Default the global `fetch`. */
  fetch?: (request: GraphRequest) => Promise<GraphResponse>;
  /** Sent with every request. */
  headers?: Record<string, string>;
  middleware?: readonly GraphMiddleware[];
  /** `false`: never try again. */
  retry?: GraphRetryOptions | false;
} & ({ validate?: undefined; validator?: GraphValidator } | { validate: 'request' | 'response' | 'both'; validator: GraphValidator });

export interface GraphRequestOptions {
  /** Sent with this request, over the client's. */
  headers?: Record<string, string>;
  signal?: GraphAbortSignal;
  /** How to read a successful response; by default by its `Content-Type`. */
  parseAs?: 'json' | 'text' | 'arrayBuffer';
  /** Over the client's retry options; `false`: never try again. */
  retry?: GraphRetryOptions | false;
}

/** The success statuses: what `data` is typed by. */
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226;

/** The body of a successful answer: the union of the documented success responses (`unknown` where there are none, as for a redirect). */
export type GraphData<Operation> = Operation extends { responses: infer Responses }
  ? [Extract<keyof Responses, SuccessStatus>] extends [never]
    ? unknown
    : Responses[Extract<keyof Responses, SuccessStatus>]
  : never;

// Not distributive (\`[Operation] extends [...]\`): while a call's path is still being inferred,
// the compiler may ask about every path at once, and an intersection of two distributed unions
// of a thousand requests each is a million members.
type ParamsArgument<Operation> = [Operation] extends [{ parameters: infer Params }] ? ({} extends Params ? { params?: Params } : { params: Params }) : { params?: never };
type BodyArgument<Operation> = [Operation] extends [{ requestBody: infer Body }]
  ? { body: Body }
  : [Operation] extends [{ requestBody?: infer Body }]
    ? { body?: Body }
    : { body?: never };

/** The second argument of a call: `params`, `body` and options, required where a path parameter, query option or body is. */
export type GraphInit<Operation> = ParamsArgument<Operation> & BodyArgument<Operation> & GraphRequestOptions;
type InitArgs<Init> = {} extends Init ? [init?: Init] : [init: Init];

/** The paths of `Operations` that document `Method`. */
export type GraphPaths<Operations, Method extends GraphMethod> = { [Path in keyof Operations]: Method extends keyof Operations[Path] ? Path : never }[keyof Operations] & string;
export type GraphOperation<Operations, Path, Method extends GraphMethod> = Path extends keyof Operations ? (Method extends keyof Operations[Path] ? Operations[Path][Method] : never) : never;

/** The item of a collection answer (`{ value: T[] }`). */
export type GraphItem<Data> = Data extends { value: readonly (infer Item)[] } ? Item : never;
/** The paths whose GET answers a collection. */
export type GraphCollectionPaths<Operations> = {
  [Path in keyof Operations]: Operations[Path] extends { GET: infer Operation } ? ([GraphItem<GraphData<Operation>>] extends [never] ? never : Path) : never;
}[keyof Operations] &
  string;

type Call<Operations, Method extends GraphMethod> = <Path extends GraphPaths<Operations, Method>>(
  path: Path,
  ...init: InitArgs<GraphInit<GraphOperation<Operations, Path, Method>>>
) => Promise<GraphResult<GraphData<GraphOperation<Operations, Path, Method>>>>;

/** The items of a collection, page after page; `deltaLink` is the last page's `@odata.deltaLink` once they are all read. */
export interface GraphPages<Item> extends AsyncIterable<Item> {
  deltaLink: string | undefined;
}

export type GraphClient<Operations> = { [Method in GraphMethod]: Call<Operations, Method> } & {
  /**
   * Every item of the collection `path` answers, following `@odata.nextLink`. With `link`, starts
   * from a link an earlier round handed back (a `deltaLink`). A failed page throws a
   * {@link GraphRequestError} holding the typed error: an iterator has no result to return it in.
   */
  paginate<Path extends GraphCollectionPaths<Operations>>(
    path: Path,
    ...init: InitArgs<GraphInit<GraphOperation<Operations, Path, 'GET'>> & { link?: string }>
  ): GraphPages<GraphItem<GraphData<GraphOperation<Operations, Path, 'GET'>>>>;
  /** Adds middleware, run after the middleware already there. */
  use(...middleware: GraphMiddleware[]): void;
};

/** What `paginate` throws where a page fails. */
export class GraphRequestError extends Error {
  constructor(
    readonly error: GraphClientError,
    readonly response: GraphResponse | undefined,
  ) {
    super(error.error.message);
    this.name = 'GraphRequestError';
  }
}

type Values = Record<string, unknown>;
type AnyInit = GraphRequestOptions & { params?: { path?: Values; query?: Values; header?: Values }; body?: unknown; link?: string };

const METHODS: readonly GraphMethod[] = ['GET', 'PUT', 'POST', 'PATCH', 'DELETE'];
const IDEMPOTENT: readonly GraphMethod[] = ['GET', 'PUT', 'DELETE'];

/** A client of the operations map `Operations`; the output's `createGraphClient` binds it to `GraphOperations`. */
export function createGraphClient<Operations>(options: GraphClientOptions = {}): GraphClient<Operations> {
  const baseUrl = (options.baseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
  const middleware = [...(options.middleware ?? [])];
  const send = options.fetch ?? ((request: Request) => fetch(request));
  const validate = options.validate ? options.validator : undefined;
  const checks = (side: 'request' | 'response'): GraphValidator | undefined => (options.validate === side || options.validate === 'both' ? validate : undefined);

  async function call(method: GraphMethod, path: string, init: AnyInit = {}): Promise<GraphResult<unknown>> {
    const invalid = checks('request')?.request(method, path, init.body);
    if (invalid?.length) return failure('invalidRequestBody', invalid, init.body, undefined);
    const url = init.link ?? baseUrl + fillPath(path, init.params?.path) + queryString(init.params?.query);
    const headers = new Headers(options.headers);
    for (const [name, value] of Object.entries({ ...init.params?.header, ...init.headers })) if (value !== undefined) headers.set(name, String(value));
    const body = encodeBody(init.body, headers);
    const retry = init.retry === false || options.retry === false ? undefined : { tries: 3, maxDelay: 60_000, methods: IDEMPOTENT, ...options.retry, ...init.retry };
    let response!: Response;
    for (let attempt = 1; ; attempt++) {
      let request = new Request(url, { method, headers, body, signal: (init.signal as AbortSignal | undefined) ?? null });
      const context = { method, path, attempt, request };
      for (const hooks of middleware) request = context.request = ((await hooks.onRequest?.(context)) as Request | undefined) ?? request;
      response = (await send(request)) as Response;
      for (const hooks of middleware) response = ((await hooks.onResponse?.({ ...context, response })) as Response | undefined) ?? response;
      const delay = retry && attempt < retry.tries && retry.methods.includes(method) && (response.status === 429 || response.status === 503) ? retryDelay(response, attempt) : undefined;
      if (delay === undefined || delay > retry!.maxDelay) break;
      await sleep(delay, init.signal as AbortSignal | undefined);
    }
    if (!response.ok) return { error: errorBody(await readBody(response, 'text'), response), response };
    const data = await readBody(response, init.parseAs, path);
    const wrong = checks('response')?.response(method, path, response.status, data);
    if (wrong?.length) return failure('invalidResponseBody', wrong, data, response);
    return { data, response };
  }

  function paginate(path: string, init: AnyInit = {}): GraphPages<unknown> {
    const pages: GraphPages<unknown> = {
      deltaLink: undefined,
      async *[Symbol.asyncIterator]() {
        for (let link = init.link; ; ) {
          const { data, error, response } = await call('GET', path, { ...init, ...(link ? { link } : {}) });
          if (error) throw new GraphRequestError(error, response);
          const page = data as { value?: unknown[]; '@odata.nextLink'?: string; '@odata.deltaLink'?: string };
          yield* page.value ?? [];
          pages.deltaLink = page['@odata.deltaLink'] ?? pages.deltaLink;
          if (!(link = page['@odata.nextLink'])) return;
        }
      },
    };
    return pages;
  }

  const client: Record<string, unknown> = { paginate, use: (...added: GraphMiddleware[]) => void middleware.push(...added) };
  for (const method of METHODS) client[method] = (path: string, init?: AnyInit) => call(method, path, init);
  return client as GraphClient<Operations>;
}

function failure(code: GraphValidationFailure['error']['code'], errors: readonly ValidationError[], body: unknown, response: GraphResponse | undefined): GraphResult<unknown> {
  const message = `${code === 'invalidRequestBody' ? 'the request' : 'the response'} body is not what the docs say: ${errors.map((e) => `${e.path || '(root)'} expected ${e.expected}, found ${e.found}`).join('; ')}`;
  return { error: { error: { code, message }, validationErrors: errors, body }, response };
}

/**
 * `/users/{id}/events` with `{ id }`: each `{name}` (or `{name | other}`, as the docs write a
 * parameter that takes several keys) by its value, encoded.
 */
export function fillPath(path: string, values: Values = {}): string {
  return path.replace(/\{([^{}]*)\}/g, (placeholder, text: string, at: number) => {
    const name = text.split('|')[0]!.trim();
    if (values[name] === undefined) throw new TypeError(`${path}: no value for the path parameter ${name}`);
    let value = encodeURIComponent(String(values[name]));
    // A function's string argument (`(period='{period}')`) doubles its quotes, as OData does.
    if (path[at - 1] === "'") value = value.replace(/'/g, "''");
    // An item path (`root:/{path}:`) is a path: its slashes stay.
    if (path[at + placeholder.length] === ':') value = value.replace(/%2F/gi, '/');
    return value;
  });
}

/** `?$top=5&$filter=…`: values encoded, arrays joined by commas, `$` of system options kept. */
export function queryString(values: Values = {}): string {
  const pairs = Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name).replace(/%24/g, '$')}=${encodeURIComponent(Array.isArray(value) ? value.join(',') : String(value))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

function encodeBody(body: unknown, headers: Headers): RequestInit['body'] {
  if (body === undefined) return undefined;
  const raw = typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || (typeof Blob !== 'undefined' && body instanceof Blob);
  if (!headers.has('content-type')) headers.set('content-type', raw ? 'application/octet-stream' : 'application/json');
  return raw ? (body as RequestInit['body']) : JSON.stringify(body);
}

/** `Retry-After` in seconds or as a date; 1 s, 2 s, 4 s… where there is none. */
function retryDelay(response: Response, attempt: number): number {
  const header = response.headers.get('retry-after');
  const seconds = header === null || header.trim() === '' ? NaN : Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = header === null ? NaN : Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 1000 * 2 ** (attempt - 1);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => reject((clearTimeout(timer), signal.reason)), { once: true });
  });
}

/**
 * A body by `parseAs`, else by `Content-Type`: JSON, text (a `$count` as the number it is), else
 * bytes; nothing where there is none.
 */
async function readBody(response: Response, parseAs?: GraphRequestOptions['parseAs'], path = ''): Promise<unknown> {
  if (parseAs === 'arrayBuffer') return response.arrayBuffer();
  const type = response.headers.get('content-type') ?? '';
  if (parseAs === undefined && type !== '' && !/json|^text\//i.test(type)) return response.arrayBuffer();
  const text = await response.text();
  if (parseAs === 'text' || text === '') return parseAs === 'text' ? text : undefined;
  if (parseAs === 'json' || /json/i.test(type)) return JSON.parse(text);
  return path.endsWith('/$count') && /^\d+$/.test(text.trim()) ? Number(text) : text;
}

/** Graph's error body where the response has one; else one made from the status. */
function errorBody(text: unknown, response: Response): GraphErrorBody {
  try {
    const body = JSON.parse(text as string) as Partial<GraphErrorBody>;
    if (typeof body.error?.code === 'string') return body as GraphErrorBody;
  } catch {
    // Not JSON: described by the status below.
  }
  return { error: { code: String(response.status), message: (text as string) || response.statusText } };
}
