/**
 * The typed map at a call site: the generated client (`createGraphClient`, typed by
 * `GraphOperations`) used as a user would, compiled with the TypeScript compiler API under
 * `strict` and the stricter checks against the output generated from `fixtures/docs`. Right
 * calls compile and their results narrow as documented; each misuse is a compile error, and the
 * test names the diagnostic it expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCallSites, EQUAL_TYPE, wrongFile, type CompiledCallSites, type WrongCall } from '../client/support/call-sites.js';
import { fixtureOutput } from './support/fixture-output.js';

const PRELUDE = `import { createGraphClient, validateRequestBody } from '../index.js';

const client = createGraphClient();
void [client, validateRequestBody];
`;

const RIGHT = `import { createGraphClient, graphValidator, validateRequestBody, type GraphClientError, type GraphCollection, type GraphOperationId, type UsageRecord, type Widget } from '../index.js';

${EQUAL_TYPE}

const client = createGraphClient({ baseUrl: 'https://graph.example/v1.0', validate: 'both', validator: graphValidator });

export async function rightCalls(): Promise<void> {
  const created = await client.POST('/widgets', { body: { displayName: 'Desk lamp widget', size: 'medium', activationCode: '7F3K-22QP', tags: ['kitchen'] } });
  if (created.error) {
    const failed: GraphClientError = created.error;
    const code: string = failed.error.code;
    const pointers = failed.validationErrors?.map((error) => error.path);
    const noData: undefined = created.data;
    void [code, pointers, noData, created.response?.status];
    return;
  }
  const widget = created.data;
  const createdIsWidget: Equal<typeof widget, Widget> = true;
  const status: number = created.response.status;

  const updated = await client.PATCH('/widgets/{id}', { params: { path: { id: widget.id ?? '' } }, body: { color: 'blue' } });
  const updatedData = updated.data;
  const updateAnswersNothing: Equal<typeof updatedData, undefined> = true;

  const list = await client.GET('/widgets', { params: { query: { $top: 5, $filter: 'isActive eq true', $count: true, $orderby: 'displayName' } } });
  const listData = list.data;
  const listIsCollection: Equal<typeof listData, GraphCollection<Widget> | undefined> = true;
  const first: Widget | undefined = list.data?.value[0];
  const next: string | undefined = list.data?.['@odata.nextLink'];

  for await (const item of client.paginate('/widgetOwners/{id}/widgets', { params: { path: { id: 'o1' } } })) {
    const itemIsWidget: Equal<typeof item, Widget> = true;
    void itemIsWidget;
  }
  const delta = client.paginate('/widgets/delta()');
  const deltaLink: string | undefined = delta.deltaLink;

  const count = await client.GET('/widgets/$count', { params: { header: { ConsistencyLevel: 'eventual' } } });
  const countData = count.data;
  const countIsNumber: Equal<typeof countData, number | undefined> = true;

  const usage = await client.GET("/widgetOwners/{widgetOwner-id}/widgets/{widget-id}/getUsage(startDate='{startDate}',endDate='{endDate}')", {
    params: { path: { 'widgetOwner-id': 'o1', 'widget-id': 'w1', startDate: '2024-05-01', endDate: '2024-05-31' } },
  });
  const record: UsageRecord | undefined = usage.data?.value[0];

  const spelled = await client.GET('/widgets/{id | serialNumber}', { params: { path: { id: 'SN-1' } } });
  const byId = await client.GET('/widgets/{id}', { params: { path: { id: 'w1' }, query: { $select: 'id' } } });
  const spellingsAgree: Equal<typeof spelled.data, typeof byId.data> = true;

  const assigned = await client.POST('/widgets/{id}/assignParts', { params: { path: { id: 'w1' } }, body: { addParts: [{ partId: 'p1', quantity: 2 }], removePartIds: ['p2'] } });
  const parts = await client.POST('/widgets/{id}/countParts', { params: { path: { id: 'w1' } } });
  const partCount: number | undefined = parts.data?.value;
  await client.PUT('/widgets/{id}/owner/$ref', { params: { path: { id: 'w1' } }, body: { '@odata.id': 'https://graph.microsoft.com/v1.0/widgetOwners/o1' } });
  await client.DELETE('/widgets/{id}/owner/$ref', { params: { path: { id: 'w1' } }, headers: { 'x-request': '1' }, retry: false });
  await client.PUT('/widgets/{id}/photo/$value', { params: { path: { id: 'w1' }, header: { 'Content-Type': 'image/jpeg' } }, body: new Uint8Array([0xff]) });
  await client.POST('/widgetOwners', { body: { contactMethod: 'email', region: 'emea' } });

  const id: GraphOperationId = 'create_widget';
  const errors = validateRequestBody(id, { displayName: 'Lamp' });
  void [createdIsWidget, status, updateAnswersNothing, listIsCollection, first, next, deltaLink, countIsNumber, record, spellingsAgree, assigned, partCount, errors];
}
`;

/** Each wrong call, alone in its file, with the one diagnostic it must cause. */
const WRONG: WrongCall[] = [
  {
    name: 'create body without a property the create page requires',
    call: `client.POST('/widgets', { body: { displayName: 'Desk lamp widget', size: 'medium' } })`,
    code: 2322,
    message: /Property 'activationCode' is missing/,
  },
  {
    name: 'create body with a read-only property',
    call: `client.POST('/widgets', { body: { displayName: 'Lamp', size: 'medium', activationCode: 'X', serialNumber: 42 } })`,
    code: 2353,
    message: /'serialNumber' does not exist/,
  },
  {
    name: 'update body with a read-only property',
    call: `client.PATCH('/widgets/{id}', { params: { path: { id: 'w1' } }, body: { status: 'retired' } })`,
    code: 2353,
    message: /'status' does not exist/,
  },
  {
    name: 'action body with a parameter of the wrong type',
    call: `client.POST('/widgets/{id}/assignParts', { params: { path: { id: 'w1' } }, body: { removePartIds: [42] } })`,
    code: 2322,
    message: /Type 'number' is not assignable to type 'string'/,
  },
  {
    name: 'body on a request that takes none',
    call: `client.GET('/widgets', { body: { displayName: 'Lamp' } })`,
    code: 2322,
    message: /not assignable to type '(undefined|never)'/,
  },
  {
    name: 'path parameter the path does not have',
    call: `client.GET('/widgets/{id}', { params: { path: { widgetId: 'w1' } } })`,
    code: 2353,
    message: /'widgetId' does not exist/,
  },
  {
    name: 'path parameter left out',
    call: `client.GET("/widgetOwners/{widgetOwner-id}/widgets/{widget-id}/getUsage(startDate='{startDate}',endDate='{endDate}')", { params: { path: { 'widgetOwner-id': 'o1', startDate: '2024-05-01', endDate: '2024-05-31' } } })`,
    code: 2741,
    message: /Property '"widget-id"' is missing/,
  },
  {
    name: 'path parameters left out altogether',
    call: `client.GET('/widgets/{id}')`,
    code: 2554,
    message: /Expected 2 arguments, but got 1/,
  },
  {
    name: 'path parameter of the wrong type',
    call: `client.GET('/widgets/{id}', { params: { path: { id: 42 } } })`,
    code: 2322,
    message: /Type 'number' is not assignable to type 'string'/,
  },
  {
    name: 'query option of the wrong type',
    call: `client.GET('/widgets', { params: { query: { $top: 'five' } } })`,
    code: 2322,
    message: /Type 'string' is not assignable to type 'number'/,
  },
  {
    name: 'path no page documents',
    call: `client.GET('/gadgets/{id}', { params: {} })`,
    code: 2345,
    message: /'"\/gadgets\/\{id\}"' is not assignable to parameter of type/,
  },
  {
    name: 'method the path does not document',
    call: `client.DELETE('/widgets', {})`,
    code: 2345,
    message: /'"\/widgets"' is not assignable to parameter of type/,
  },
  {
    name: 'paging a path that answers no collection',
    call: `client.paginate('/widgets/{id}', { params: { path: { id: 'w1' } } })`,
    code: 2345,
    message: /'"\/widgets\/\{id\}"' is not assignable to parameter of type/,
  },
  {
    name: 'data read before the error is ruled out',
    call: `client.GET('/widgets/{id}', { params: { path: { id: 'w1' } } }).then((result) => result.data.displayName)`,
    code: 18048,
    message: /'result.data' is possibly 'undefined'/,
  },
  {
    name: 'validation asked for without a validator',
    call: `createGraphClient({ validate: 'both' })`,
    code: 2345,
    message: /validator/,
  },
  {
    name: 'request body validated against an operation id no page documents',
    call: `validateRequestBody('create_gadget', {})`,
    code: 2345,
    message: /'"create_gadget"' is not assignable to parameter of type 'GraphOperationId'/,
  },
];

let compiled: CompiledCallSites;
let cleanUp: () => void = () => {};

beforeAll(async () => {
  const output = await fixtureOutput();
  cleanUp = output.remove;
  compiled = compileCallSites(output.dir, 'call-sites', new Map([['right.ts', RIGHT]]), PRELUDE, WRONG);
}, 120_000);

afterAll(() => cleanUp());

describe('the typed map at a call site: the generated client (tsc --strict, fixtures/docs output)', () => {
  it('the generated output itself compiles', () => {
    expect(compiled.elsewhere).toEqual([]);
  });

  it('right calls compile and narrow to the documented response types', () => {
    expect(compiled.byFile.get('right.ts') ?? []).toEqual([]);
  });

  it.each(WRONG.map((wrong, i) => ({ ...wrong, file: wrongFile(i) })))('$name is a compile error', ({ file, code, message }) => {
    const diagnostics = compiled.byFile.get(file) ?? [];
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    expect(diagnostics[0]?.message).toMatch(message);
  });
});
