/**
 * Reading operations off API pages, form by form, on small inline pages and request lines:
 * the forms and quirks of the real docs (each case says which).
 */
import { describe, expect, it } from 'vitest';
import { tailOf } from '../../src/parse/operations/http-request-blocks.js';
import type { OperationFacts } from '../../src/parse/operations/operation-facts.js';
import { readPathTemplate } from '../../src/parse/operations/path-template.js';
import { readQueryString } from '../../src/parse/operations/query-string.js';
import { saysRequired } from '../../src/parse/operations/request-body.js';
import { readRequestLine } from '../../src/parse/operations/request-line.js';
import { matchesTemplate } from '../../src/parse/operations/template-match.js';
import { parsePage } from '../../src/parse/page.js';

const SOURCE = { file: 'api/x.md', line: 1, column: 1 };

/** An API page with the given sections. */
function apiPage(...sections: string[]): string {
  return ['---', 'title: "Do x"', 'doc_type: apiPageType', '---', '', '# Do x', '', 'Namespace: microsoft.graph', '', ...sections].join('\n');
}

function operationsOf(text: string): OperationFacts[] {
  return parsePage('api/x.md', text).operations ?? [];
}

const block = (...lines: string[]): string => ['<!-- { "blockType": "ignored" } -->', '```http', ...lines, '```', ''].join('\n');

describe('request lines', () => {
  it.each([
    ['GET https://graph.microsoft.com/v1.0/me/events', '/me/events'],
    ['GET https://graph.microsoft.com/beta/me/events', '/me/events'],
    ['GET https://graph.microsoft.com/V1.0/teams/{id}', '/teams/{id}'],
    ['GET https://graph.microsoft.com/v1/sites/root', '/sites/root'],
    ['GET /v1.0/me', '/me'],
    ['PATCH policies/claimsMappingPolicies/{id}', '/policies/claimsMappingPolicies/{id}'],
    ['POST https://graph.microsoft.com/v1.0\\widgets\\42\\copy', '/widgets/42/copy'],
    ['GET /me/messages?$select=subject HTTP/1.1', '/me/messages?$select=subject'],
  ])('%s → %s', (line, target) => {
    expect(readRequestLine(line)?.target).toBe(target);
  });

  it('tells a Graph URL from one on another host, and a request line from other lines', () => {
    expect(readRequestLine('POST https://bot.contoso.com/api/calls')?.otherHost).toBe(true);
    expect(readRequestLine('GET https://graph.microsoft.com/v1.0/me')?.otherHost).toBe(false);
    expect(readRequestLine('workbook-session-id: {session-id}')).toBeUndefined();
    expect(readRequestLine('string sharingUrl = "https://onedrive.live.com/redir";')).toBeUndefined();
  });

  it('query strings: a function parameter is required, an OData option shown in use is not, `$id` of `$ref` is', () => {
    expect(readQueryString('startDateTime={start_datetime}&endDateTime={end_datetime}', SOURCE).map((p) => [p.name, p.required])).toEqual([
      ['startDateTime', true],
      ['endDateTime', true],
    ]);
    expect(readQueryString("$filter=id eq '{x}'&$top=5", SOURCE).map((p) => [p.name, p.required])).toEqual([
      ['$filter', false],
      ['$top', false],
    ]);
    expect(readQueryString('$id=https://graph.microsoft.com/v1.0/users/{user-id}', SOURCE).map((p) => p.required)).toEqual([true]);
  });
});

describe('path templates', () => {
  it('keeps names, takes the first of `{id | userPrincipalName}`, and records what it accepts', () => {
    const path = readPathTemplate('/users/{id | userPrincipalName}/assignLicense');
    expect(path.template).toBe('/users/{id}/assignLicense');
    expect(path.parameters).toEqual([{ name: 'id', written: 'id | userPrincipalName', accepts: ['id', 'userPrincipalName'], in: 'segment' }]);
    expect(path.lastSegment).toBe('assignLicense');
  });

  it('names a repeated parameter after the singular of the segment before it', () => {
    expect(readPathTemplate('/users/{id | userPrincipalName}/calendarGroups/{id}/calendars/{id}/events/{id}').template).toBe(
      '/users/{user-id}/calendarGroups/{calendarGroup-id}/calendars/{calendar-id}/events/{event-id}',
    );
    expect(readPathTemplate('/education/classes/{id}/members/{id}/$ref').template).toBe('/education/classes/{class-id}/members/{member-id}/$ref');
  });

  it('turns function arguments into parameters named after the argument, literals included', () => {
    const schedule = readPathTemplate("/reports/getEmailActivityCounts(period='D7')");
    expect(schedule.template).toBe("/reports/getEmailActivityCounts(period='{period}')");
    expect(schedule.functionName).toBe('getEmailActivityCounts');
    const image = readPathTemplate('/me/drive/items/{id}/workbook/worksheets/{id|name}/charts/{name}/image(width=640,height=480)');
    expect(image.template).toBe('/me/drive/items/{item-id}/workbook/worksheets/{worksheet-id}/charts/{name}/image(width={width},height={height})');
    expect(image.parameters.filter((p) => p.in === 'argument').map((p) => [p.name, p.numeric])).toEqual([
      ['width', true],
      ['height', true],
    ]);
    expect(readPathTemplate("/me/drive/items/{id}/workbook/worksheets/{id|name}/range(address='<address>')").template).toBe(
      "/me/drive/items/{item-id}/workbook/worksheets/{worksheet-id}/range(address='{address}')",
    );
    expect(readPathTemplate('/users/delta()').functionName).toBe('delta');
  });

  it('reads `$value`, `$ref`, `$count`, casts, key segments, `root:/{path}:` and spaced names', () => {
    expect(readPathTemplate('/me/photo/$value').target).toBe('value');
    expect(readPathTemplate('/groups/{id}/members/$ref').target).toBe('ref');
    expect(readPathTemplate('/users/$count').target).toBe('count');
    expect(readPathTemplate('/directory/deletedItems/microsoft.graph.user').cast).toBe('microsoft.graph.user');
    expect(readPathTemplate('/directoryRoles/roleTemplateId={roleTemplateId}/members').template).toBe('/directoryRoles/roleTemplateId={roleTemplateId}/members');
    expect(readPathTemplate('/drives/{drive-id}/root:/{item-path}:/content').template).toBe('/drives/{drive-id}/root:/{item-path}:/content');
    expect(readPathTemplate('/drive/root:/{path and filename}:/content').template).toBe('/drive/root:/{path-and-filename}:/content');
  });

  it('matches example URLs against templates, case-insensitively', () => {
    expect(matchesTemplate('/users/{id}/calendarGroups/{calendarGroup-id}', '/users/a1/calendargroups/b2')).toBe(true);
    expect(matchesTemplate("/reports/getEmailActivityCounts(period='{period}')", "/reports/getEmailActivityCounts(period='D7')")).toBe(true);
    expect(matchesTemplate('/drives/{drive-id}/root:/{item-path}:/content', '/drives/d/root:/a/b.txt:/content')).toBe(true);
    expect(matchesTemplate('/users/{id}', '/users/a1/events')).toBe(false);
  });

  it('a path and its `/me` alias address the same thing; sibling properties do not', () => {
    expect(tailOf('/me')).toBe(tailOf('/users/{id}'));
    expect(tailOf('/me/events/{id}')).toBe(tailOf('/users/{user-id}/events/{event-id}'));
    expect(tailOf('/me/mailboxSettings/timeZone')).not.toBe(tailOf('/me/mailboxSettings/language'));
  });
});

describe('HTTP request blocks', () => {
  it('one operation per method and addressed thing; the other routes are alternatives', () => {
    const operations = operationsOf(
      apiPage('## HTTP request', '', block('GET /me/mailboxSettings/timeZone', 'GET /users/{id|userPrincipalName}/mailboxSettings/timeZone', 'GET /me/mailboxSettings/language', 'PATCH /me/mailboxSettings')),
    );
    expect(operations.map((o) => [o.method, o.paths.map((p) => p.template)])).toEqual([
      ['GET', ['/me/mailboxSettings/timeZone', '/users/{id}/mailboxSettings/timeZone']],
      ['GET', ['/me/mailboxSettings/language']],
      ['PATCH', ['/me/mailboxSettings']],
    ]);
  });

  it('`$value` paths are requests of their own; header lines in the block are headers', () => {
    const operations = operationsOf(apiPage('## HTTP request', '', block('GET /me/messages/{id}/attachments/{id}', 'GET /me/messages/{id}/attachments/{id}/$value', 'workbook-session-id: {session-id}')));
    expect(operations.map((o) => o.paths[0]?.target)).toEqual(['resource', 'value']);
    expect(operations[1]?.headers.map((h) => [h.name, h.required])).toEqual([['workbook-session-id', true]]);
  });

  it('finds blocks behind tab headings, in list items, and outside any HTTP request section', () => {
    const tabbed = apiPage('## Get it', '', '### HTTP request', '', '# [HTTP](#tab/http)', '<!-- { "blockType": "request", "name": "get-it" } -->', '```msgraph-interactive', 'GET /me/drive', '```', '');
    expect(operationsOf(tabbed).map((o) => [o.exampleName, o.paths[0]?.template])).toEqual([['get-it', '/me/drive']]);
    const listed = apiPage('## HTTP request', '', '- Mine:', '  <!-- { "blockType": "ignored" } -->', '  ```http', '  GET /me/insights/used', '  ```', '');
    expect(operationsOf(listed).map((o) => o.paths[0]?.template)).toEqual(['/me/insights/used']);
    const standIn = apiPage('## Permissions', '', 'None.', '', block('POST /chats/{chat-id}/members'), '## Examples', '', block('POST https://graph.microsoft.com/v1.0/chats/19/members'));
    expect(operationsOf(standIn).map((o) => o.paths[0]?.template)).toEqual(['/chats/{chat-id}/members']);
  });

  // No timing here (timings live in the benchmarks): a quadratic reader would show as this test hanging.
  it('a block of tens of thousands of request lines gives every one of them', () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => `GET /things/{id}/parts/p${i}`);
    const operations = operationsOf(apiPage('## HTTP request', '', block(...lines)));
    expect(operations).toHaveLength(30_000);
    expect(operations.at(-1)?.paths[0]?.template).toBe('/things/{id}/parts/p29999');
  });

  it('a list nested thousands deep is read without overflowing the stack', () => {
    const deep = Array.from({ length: 5_000 }, (_, i) => `${' '.repeat(i * 2)}- level ${i}`).join('\n');
    expect(operationsOf(apiPage('## HTTP request', '', block('GET /me'), '## Notes', '', deep)).map((o) => o.paths[0]?.template)).toEqual(['/me']);
  });

  it('a page with no request says why, in an operation-not-found diagnostic', () => {
    const causes = [apiPage('## Response', '', 'Nothing.'), apiPage('## HTTP request', '', 'See below.'), apiPage('## HTTP request', '', '```http', 'See the docs.', '```')].map(
      (text) => parsePage('api/x.md', text).diagnostics.filter((d) => d.code === 'operation-not-found').map((d) => d.message),
    );
    expect(causes).toEqual([
      ['no operation: the page has no HTTP request section and no request block outside its examples'],
      ['no operation: the HTTP request section has no code block'],
      ['no operation: the HTTP request section has no request line (method and path)'],
    ]);
  });
});

describe('examples', () => {
  const request = (name: string, line: string) => [`<!-- { "blockType": "request", "name": "${name}" } -->`, '```http', line, '```', ''].join('\n');
  const response = (annotation: string, ...lines: string[]) => [`<!-- { "blockType": "response"${annotation} } -->`, '```http', ...lines, '```', ''].join('\n');

  it('the example whose URL fits a path names the operation; a response annotation may answer several requests', () => {
    const text = apiPage(
      '## HTTP request',
      '',
      block('GET /me/events'),
      block('GET /groups/{id}/events'),
      '## Examples',
      '',
      request('group_events', 'GET https://graph.microsoft.com/v1.0/groups/02bd/events'),
      request('my_events', 'GET https://graph.microsoft.com/v1.0/me/events'),
      response(', "@type": "microsoft.graph.event", "name": ["my_events", "group_events"]', 'HTTP/1.1 200 OK', 'Content-type: application/json', '', '{ "@odata.context": "x", "value": [] }'),
    );
    const operations = operationsOf(text);
    expect(operations.map((o) => o.exampleName)).toEqual(['my_events', 'group_events']);
    // `@type` for `@odata.type`, and a `value` array makes a collection though `isCollection` is left out.
    expect(operations.map((o) => o.responses.map((r) => [r.status, r.body]))).toEqual([
      [[200, { kind: 'type', type: { name: 'microsoft.graph.event' }, collection: true }]],
      [[200, { kind: 'type', type: { name: 'microsoft.graph.event' }, collection: true }]],
    ]);
  });

  it('an example request without a body settles a body the page does not describe', () => {
    const text = apiPage('## HTTP request', '', block('POST /me/events/{id}/dismissReminder'), '## Example', '', request('dismiss', 'POST https://graph.microsoft.com/v1.0/me/events/AAMk/dismissReminder'));
    expect(operationsOf(text)[0]?.requestBody.kind).toBe('none');
  });
});

describe('Request body sections', () => {
  const bodyOf = (...lines: string[]) => operationsOf(apiPage('## HTTP request', '', block('POST /things'), '## Request body', '', ...lines))[0]?.requestBody;

  it.each([
    ['Do not supply a request body for this method.', 'none'],
    ["Don't supply a request body for this method.", 'none'],
    ['Since this method sends a draft, specifying a request body is not necessary.', 'none'],
    ['The contents of the request body should be the binary stream of the file to be uploaded.', 'binary'],
    ['In the request body, supply a name for the section.', 'unstated'],
  ])('%s → %s', (sentence, kind) => {
    expect(bodyOf(sentence)?.kind).toBe(kind);
  });

  it('keeps underscores in parameter names, and their required marks with them', () => {
    const body = bodyOf('In the request body, provide a JSON object with the following parameters.', '', '|Parameter|Type|Description|', '|:--|:--|:--|', '|_scope|String|Required. Where to look.|', '|`**limit**`|Int32|How many.|');
    expect(body?.kind).toBe('parameters');
    const parameters = body?.kind === 'parameters' ? body.parameters : [];
    expect(parameters.map((p) => [p.name, p.required])).toEqual([
      ['_scope', true],
      ['limit', false],
    ]);
  });

  it('an empty section is no body', () => {
    expect(operationsOf(apiPage('## HTTP request', '', block('POST /things/clear'), '## Request body', '', '## Response', '', 'Fine.'))[0]?.requestBody.kind).toBe('none');
  });

  it('a "JSON representation of [x]" sentence, with a link or a reference link', () => {
    expect(bodyOf('In the request body, supply a JSON representation of [user](../resources/user.md) object.')).toMatchObject({ kind: 'representation', type: { name: 'user', href: '../resources/user.md' } });
    expect(bodyOf('In the request body, supply a JSON representation of the [list][] resource to create.', '', '[list]: ../resources/list.md')).toMatchObject({
      kind: 'representation',
      type: { name: 'list', href: '../resources/list.md' },
    });
  });

  it('a Parameter table under a representation sentence lists the resource\'s required properties', () => {
    const body = bodyOf(
      'In the request body, supply a JSON representation of [user](../resources/user.md) object.',
      '',
      'The following table lists the properties that are required when you create a user.',
      '',
      '| Parameter | Type | Description |',
      '|:--|:--|:--|',
      '|accountEnabled |boolean |true if the account is enabled.|',
      '|displayName |string |The name to display.|',
      '|mailNickname |string |Optional. The mail alias.|',
    );
    expect(body).toMatchObject({ kind: 'representation', properties: ['accountEnabled', 'displayName', 'mailNickname'], required: ['accountEnabled', 'displayName'] });
  });

  it.each([
    ['Required.', true],
    ['The name of the copy. Required.', true],
    ['(required) The name of the copy.', true],
    ['The new name. This property is required.', true],
    ['Minutes of inactivity before a password is required.', false],
    ['Required if the widget is active.', false],
    ['Optional. The new name.', false],
    ['Not required.', false],
  ])('a row saying "%s" is required: %s', (description, required) => {
    expect(saysRequired(description)).toBe(required);
  });

  it('a "required" table that lists `id` is generated boilerplate (Intune), not a list of required rows', () => {
    const body = bodyOf(
      'In the request body, supply a JSON representation for the [deviceCategory](../resources/intune-onboarding-devicecategory.md) object.',
      '',
      'The following table shows the properties that are required when you create the deviceCategory.',
      '',
      '|Property|Type|Description|',
      '|:---|:---|:---|',
      '|id|String|Unique identifier for the device category.|',
      '|displayName|String|Display name for the device category.|',
    );
    expect(body).toMatchObject({ kind: 'representation', properties: ['id', 'displayName'], required: [] });
  });

  it('an action\'s table: by its `Parameter` header, or by "the following parameters" over a `Property` or `Name | Value` table', () => {
    const byHeader = bodyOf('| Parameter | Type | Description |', '|:--|:--|:--|', '|addLicenses|[assignedLicense](../resources/assignedlicense.md) collection|To add.|');
    expect(byHeader?.kind === 'parameters' && byHeader.parameters.map((p) => [p.name, p.type])).toEqual([
      ['addLicenses', { kind: 'named', name: 'assignedLicense', collection: true, href: '../resources/assignedlicense.md' }],
    ]);
    const byProse = bodyOf('In the request body, provide a JSON object with the following parameters.', '', '| Property | Type | Description |', '|:--|:--|:--|', '|EmailAddresses|String collection|Recipients.|');
    expect(byProse?.kind).toBe('parameters');
    const byValue = bodyOf('Provide the following parameters.', '', '| Name | Value | Description |', '|:--|:--|:--|', '| name | string | Required. The new name. |');
    expect(byValue?.kind === 'parameters' && byValue.parameters.map((p) => [p.name, p.type, p.required])).toEqual([['name', { kind: 'primitive', edm: 'Edm.String', collection: false }, true]]);
  });
});

describe('Response sections', () => {
  const responsesOf = (method: string, ...lines: string[]) =>
    operationsOf(apiPage('## HTTP request', '', block(`${method} /things`), '## Response', '', ...lines))[0]?.responses.map((r) => [r.status, r.body]);
  const user = { name: 'user', href: '../resources/user.md' };

  it.each([
    ['If successful, this method returns a `200 OK` response code and a [user](../resources/user.md) object in the response body.', [[200, { kind: 'type', type: user, collection: false }]]],
    ['If successful, this method returns a `200 OK` response code and a collection of [user](../resources/user.md) objects in the response body.', [[200, { kind: 'type', type: user, collection: true }]]],
    ['If successful, this function returns a `200 OK` response code and a [user](../resources/user.md) collection in the response body.', [[200, { kind: 'type', type: user, collection: true }]]],
    ['If successful, this method returns a `200 OK` response code and an **alert** object in the response body.', [[200, { kind: 'type', type: { name: 'alert' }, collection: false }]]],
    ['If successful, this method returns a `200 OK` response code and a String collection object in the response body.', [[200, { kind: 'primitive', edm: 'Edm.String', collection: true }]]],
    ['If successful, this action returns a `200 OK` response code and a Stream in the response body.', [[200, { kind: 'binary' }]]],
    ['If successful, this method returns `204 No Content` response code. It does not return anything in the response body.', [[204, { kind: 'none' }]]],
    ['If successful, this method returns a `302 Found` response that redirects to a preauthenticated download URL.', [[302, { kind: 'none' }]]],
    ['If successful, this method returns a `200 OK` response code. If unsuccessful, a `400 Bad Request` error is returned.', [[200, { kind: 'none' }]]],
  ])('%s', (sentence, expected) => {
    expect(responsesOf('POST', sentence)).toEqual(expected);
  });

  it('a status the prose names without a body type stays unknown for a GET, which always answers something', () => {
    expect(responsesOf('GET', 'If successful, this method returns a `200 OK` response code.')).toEqual([[200, { kind: 'unstated' }]]);
  });

  it('two statuses: "`204 No Content` ... or, with `Prefer: return=representation`, `200 OK` and the [user]"', () => {
    expect(
      responsesOf(
        'PATCH',
        'If successful, this method returns `204 No Content` response and empty content. If the request specifies `Prefer` header with `return=representation` preference, then this method returns a `200 OK` response code and updated [user](../resources/user.md) object in the response body.',
      ),
    ).toEqual([
      [200, { kind: 'type', type: user, collection: false }],
      [204, { kind: 'none' }],
    ]);
  });
});

describe('page facts stay plain data', () => {
  it('operations survive a JSON round trip', () => {
    const facts = parsePage('api/x.md', apiPage('## HTTP request', '', block('GET /users/{id}/events?$top=5'), '## Response', '', 'Returns `200 OK` and a collection of [event](../resources/event.md) objects.'));
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
    expect(facts.operations).toHaveLength(1);
  });
});
