/**
 * The typed map at a call site: a small client written against `GraphOperations` (as a user or an
 * HTTP library would write one), compiled with the TypeScript compiler API under `strict`
 * against the output generated from `fixtures/docs`. Right calls compile; a wrong body or a
 * wrong path parameter is a compile error, and the test names the diagnostic it expects.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedProgram } from '../support/strict-compiler.js';
import { fixtureOutput } from './support/fixture-output.js';


/** The client: `call(path, method, { params, body })` answers the success response's body. */
const CLIENT = `
import type { GraphOperations as Operations } from '../operations.js';

type Body<O> = O extends { requestBody: infer B } ? { body: B } : { body?: never };
type Init<O> = O extends { parameters: infer P } ? { params: P } & Body<O> : never;
type Success<O> = O extends { responses: infer R } ? R[Extract<keyof R, 200 | 201 | 202 | 204>] : never;

export declare function call<P extends keyof Operations, M extends keyof Operations[P]>(
  path: P,
  method: M,
  init: Init<Operations[P][M]>,
): Promise<Success<Operations[P][M]>>;
`;

const RIGHT = `
import { call } from './client.js';
import type { Widget } from '../models.js';

export async function rightCalls(): Promise<void> {
  const created: Widget = await call('/widgets', 'POST', {
    params: {},
    body: { displayName: 'Desk lamp widget', size: 'medium', activationCode: '7F3K-22QP', tags: ['kitchen'] },
  });
  const updated: undefined = await call('/widgets/{id}', 'PATCH', { params: { path: { id: created.id ?? '' } }, body: { color: 'blue' } });
  const list = await call('/widgets', 'GET', { params: { query: { $top: 5, $filter: 'isActive eq true' } } });
  const first: Widget | undefined = list.value[0];
  const next: string | undefined = list['@odata.nextLink'];
  const assigned: Widget = await call('/widgets/{id}/assignParts', 'POST', {
    params: { path: { id: 'w1' } },
    body: { addParts: [{ partId: 'p1', quantity: 2 }], removePartIds: ['p2'] },
  });
  const count: number = await call('/widgets/$count', 'GET', { params: { header: { ConsistencyLevel: 'eventual' } } });
  const usage = await call("/widgetOwners/{widgetOwner-id}/widgets/{widget-id}/getUsage(startDate='{startDate}',endDate='{endDate}')", 'GET', {
    params: { path: { 'widgetOwner-id': 'o1', 'widget-id': 'w1', startDate: '2024-05-01', endDate: '2024-05-31' } },
  });
  const delta = await call('/widgets/delta()', 'GET', { params: {} });
  const deltaLink: string | undefined = delta['@odata.deltaLink'];
  await call('/widgets/{id}/owner/$ref', 'PUT', { params: { path: { id: 'w1' } }, body: { '@odata.id': 'https://graph.microsoft.com/v1.0/widgetOwners/o1' } });
  await call('/widgetOwners', 'POST', { params: {}, body: { contactMethod: 'email', region: 'emea' } });
  const parts: { value: number } = await call('/widgets/{id}/countParts', 'POST', { params: { path: { id: 'w1' } } });
  void [updated, first, next, assigned, count, usage.value, deltaLink, parts];
}
`;

/** Each wrong call, alone in its file, with the one diagnostic it must cause. */
const WRONG: { name: string; call: string; code: number; message: RegExp }[] = [
  {
    name: 'create body without a property the create page requires',
    call: `call('/widgets', 'POST', { params: {}, body: { displayName: 'Desk lamp widget', size: 'medium' } })`,
    code: 2322,
    message: /Property 'activationCode' is missing/,
  },
  {
    name: 'create body with a read-only property',
    call: `call('/widgets', 'POST', { params: {}, body: { displayName: 'Lamp', size: 'medium', activationCode: 'X', serialNumber: 42 } })`,
    code: 2353,
    message: /'serialNumber' does not exist/,
  },
  {
    name: 'update body with a read-only property',
    call: `call('/widgets/{id}', 'PATCH', { params: { path: { id: 'w1' } }, body: { status: 'retired' } })`,
    code: 2353,
    message: /'status' does not exist/,
  },
  {
    name: 'action body with a parameter of the wrong type',
    call: `call('/widgets/{id}/assignParts', 'POST', { params: { path: { id: 'w1' } }, body: { removePartIds: [42] } })`,
    code: 2322,
    message: /Type 'number' is not assignable to type 'string'/,
  },
  {
    name: 'body on a request that takes none',
    call: `call('/widgets', 'GET', { params: {}, body: { displayName: 'Lamp' } })`,
    code: 2322,
    message: /not assignable to type '(undefined|never)'/,
  },
  {
    name: 'path parameter the path does not have',
    call: `call('/widgets/{id}', 'GET', { params: { path: { widgetId: 'w1' } } })`,
    code: 2353,
    message: /'widgetId' does not exist/,
  },
  {
    name: 'path parameter left out',
    call: `call("/widgetOwners/{widgetOwner-id}/widgets/{widget-id}/getUsage(startDate='{startDate}',endDate='{endDate}')", 'GET', { params: { path: { 'widgetOwner-id': 'o1', startDate: '2024-05-01', endDate: '2024-05-31' } } })`,
    code: 2741,
    message: /Property '"widget-id"' is missing/,
  },
  {
    name: 'path parameter of the wrong type',
    call: `call('/widgets/{id}', 'GET', { params: { path: { id: 42 } } })`,
    code: 2322,
    message: /Type 'number' is not assignable to type 'string'/,
  },
  {
    name: 'path no page documents',
    call: `call('/gadgets/{id}', 'GET', { params: {} })`,
    code: 2345,
    message: /'"\/gadgets\/\{id\}"' is not assignable to parameter of type 'keyof GraphOperations'/,
  },
];

interface Compiled {
  /** Diagnostics by call-site file name. */
  byFile: Map<string, ts.Diagnostic[]>;
  /** Diagnostics anywhere else (the generated output itself). */
  elsewhere: ts.Diagnostic[];
}

let compiled: Compiled;
let cleanUp: () => void = () => {};

beforeAll(async () => {
  const output = await fixtureOutput();
  cleanUp = output.remove;
  const dir = path.join(output.dir, 'call-sites');
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, string>([
    ['client.ts', CLIENT],
    ['right.ts', RIGHT],
    ...WRONG.map((wrong, i): [string, string] => [`wrong-${i}.ts`, `import { call } from './client.js';\n\nexport const wrong = ${wrong.call};\n`]),
  ]);
  for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
  const program = checkedProgram([path.join(output.dir, 'index.ts'), ...[...files.keys()].map((name) => path.join(dir, name))]);
  const byFile = new Map<string, ts.Diagnostic[]>();
  const elsewhere: ts.Diagnostic[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName;
    if (file && path.dirname(file) === dir) byFile.set(path.basename(file), [...(byFile.get(path.basename(file)) ?? []), diagnostic]);
    else elsewhere.push(diagnostic);
  }
  compiled = { byFile, elsewhere };
}, 120_000);

afterAll(() => cleanUp());

function describeDiagnostics(diagnostics: readonly ts.Diagnostic[]): { code: number; message: string }[] {
  return diagnostics.map((d) => ({ code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') }));
}

describe('the typed map at a call site (tsc --strict, fixtures/docs output)', () => {
  it('the generated output itself compiles', () => {
    expect(describeDiagnostics(compiled.elsewhere)).toEqual([]);
  });

  it('right calls compile and get the documented response types', () => {
    expect(describeDiagnostics(compiled.byFile.get('client.ts') ?? [])).toEqual([]);
    expect(describeDiagnostics(compiled.byFile.get('right.ts') ?? [])).toEqual([]);
  });

  it.each(WRONG.map((wrong, i) => ({ ...wrong, file: `wrong-${i}.ts` })))('$name is a compile error', ({ file, code, message }) => {
    const diagnostics = describeDiagnostics(compiled.byFile.get(file) ?? []);
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    expect(diagnostics[0]?.message).toMatch(message);
  });
});
