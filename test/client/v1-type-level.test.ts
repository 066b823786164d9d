/**
 * The client at call sites on the real v1.0 output (generated once by the global setup), under
 * `tsc --strict`: each fault of the map that issue 14 found has its own case. The list paths
 * answer their collections (not an extended property), under every spelling the docs use;
 * `POST /users` requires what its page requires; `$top` is accepted on any collection GET; `/me`
 * answers a user whatever success status comes back. Skipped where the docs are absent.
 */
import { describe, expect, inject, it } from 'vitest';
import { readmeBlocks } from '../support/readme.js';
import { skipMessage, v1Present } from '../support/shared-corpus.js';
import { compileCallSites, EQUAL_TYPE, wrongFile, type CompiledCallSites, type WrongCall } from './support/call-sites.js';

const run = inject('v1Run');
if (!v1Present || !run) console.log(skipMessage('the client on the v1.0 output'));

const PRELUDE = `import { createGraphClient } from '../client.js';
import { validateRequestBody } from '../operation-validators.js';

const client = createGraphClient();
void [client, validateRequestBody];
`;

/** The list paths whose GET answered a single extended property before (issue 14), by the type they list. */
const LISTS = [
  ['/users/{id}/events', 'Event'],
  ['/users/{id | userPrincipalName}/events', 'Event'],
  ['/users/{id}/messages', 'Message'],
  ['/users/{id}/mailFolders', 'MailFolder'],
  ['/users/{id}/contactFolders', 'ContactFolder'],
  ['/users/{id}/contacts', 'Contact'],
  ['/users/{id}/calendars', 'Calendar'],
] as const;

const RIGHT = `import { createGraphClient } from '../client.js';
import type { Calendar, Contact, ContactFolder, Event, MailFolder, Message, User } from '../models.js';
import { validateRequestBody } from '../operation-validators.js';
import type { GraphCollection } from '../runtime/collection.js';

${EQUAL_TYPE}

const client = createGraphClient({ headers: { authorization: 'Bearer token' } });

export async function lists(): Promise<boolean[]> {
  return [
${LISTS.map(
  ([path, type]) => `    await client.GET(${JSON.stringify(path)}, { params: { path: { id: 'ada@contoso.com' }, query: { $top: 10, $select: 'id' } } }).then((result) => {
      const data = result.data;
      const same: Equal<typeof data, GraphCollection<${type}> | undefined> = true;
      return same;
    }),`,
).join('\n')}
    await client.GET('/me/events', { params: { query: { $top: 10, $filter: "subject eq 'Lunch'" } } }).then((result) => {
      const data = result.data;
      const same: Equal<typeof data, GraphCollection<Event> | undefined> = true;
      return same;
    }),
  ];
}

export async function users(): Promise<void> {
  const listed = await client.GET('/users', { params: { query: { $top: 5, $count: true, $orderby: 'displayName' }, header: { ConsistencyLevel: 'eventual' } } });
  const first: User | undefined = listed.data?.value[0];
  const me = await client.GET('/me');
  if (me.error) return;
  const user = me.data;
  const meIsUser: Equal<typeof user, User> = true;
  for await (const event of client.paginate('/users/{id}/events', { params: { path: { id: 'ada@contoso.com' }, query: { $top: 50 } } })) {
    const eventIsEvent: Equal<typeof event, Event> = true;
    void eventIsEvent;
  }
  const body = {
    accountEnabled: true,
    displayName: 'Ada Lovelace',
    mailNickname: 'ada',
    userPrincipalName: 'ada@contoso.com',
    onPremisesImmutableId: 'ada-immutable',
    passwordProfile: { forceChangePasswordNextSignIn: true, password: 'xWwvJ]6NMw+bWH-d' },
  };
  const created = await client.POST('/users', { body });
  const createdUser: User | undefined = created.data;
  const errors = validateRequestBody('create_user_from_users', body);
  void [first, meIsUser, createdUser, errors];
}
`;

/**
 * The README's example of real use (its `ts v1` blocks), as a call site: imports from the output,
 * the rest in an async function, and `getToken` declared, as the reader's own code would have it.
 */
const README_EXAMPLES = readmeBlocks().filter((block) => block.lang === 'ts' && block.meta.has('v1'));

function asCallSite(example: string): string {
  const lines = example.split('\n');
  const imports = lines.filter((line) => line.startsWith('import ')).map((line) => line.replace("'./src/graph/index.js'", "'../index.js'"));
  const body = lines.filter((line) => !line.startsWith('import '));
  return [...imports, 'declare function getToken(): Promise<string>;', 'export async function example(): Promise<void> {', ...body.map((line) => `  ${line}`), '}', ''].join('\n');
}

const WRONG: WrongCall[] = [
  {
    name: "POST /users without the properties its page requires",
    call: `client.POST('/users', { body: { displayName: 'Ada' } })`,
    code: 2322,
    message: /missing the following properties .*accountEnabled/,
  },
  {
    name: 'a list answered as an extended property',
    call: `client.GET('/users/{id}/events', { params: { path: { id: 'ada' } } }).then((result) => { const single: { id?: string | null; value?: string | null } | undefined = result.data; return single; })`,
    code: 2322,
    message: /GraphCollection<Event>/,
  },
  {
    name: '$top of the wrong type',
    call: `client.GET('/users', { params: { query: { $top: 'five' } } })`,
    code: 2322,
    message: /Type 'string' is not assignable to type 'number'/,
  },
  {
    name: 'a misspelt operation id',
    call: `validateRequestBody('create_user_from_user', {})`,
    code: 2345,
    message: /'"create_user_from_user"' is not assignable to parameter of type 'GraphOperationId'/,
  },
];

describe.skipIf(!v1Present || !run)('the client on the v1.0 output (tsc --strict)', () => {
  let compiled: CompiledCallSites;
  const compiledOnce = (): CompiledCallSites =>
    // The output itself is type-checked by the scale and package tests: here, only the call sites.
    (compiled ??= compileCallSites(
      run!.outDir,
      'client-call-sites',
      new Map([['right.ts', RIGHT], ...README_EXAMPLES.map((block) => [`readme-${block.line}.ts`, asCallSite(block.value)] as const)]),
      PRELUDE,
      WRONG,
      false,
    ));

  it('right calls compile, and the list paths answer their collections under every spelling', () => {
    expect(compiledOnce().byFile.get('right.ts') ?? []).toEqual([]);
  });

  it("compiles the README's example of real use", () => {
    expect(README_EXAMPLES.length).toBeGreaterThan(0);
    for (const block of README_EXAMPLES) expect(compiledOnce().byFile.get(`readme-${block.line}.ts`) ?? [], `README.md:${block.line}`).toEqual([]);
  });

  it.each(WRONG.map((wrong, i) => ({ ...wrong, file: wrongFile(i) })))('$name is a compile error', ({ file, code, message }) => {
    const diagnostics = compiledOnce().byFile.get(file) ?? [];
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    expect(diagnostics[0]?.message).toMatch(message);
  });
});
