/** Small API pages in the Graph style, built from the parts a test cares about. */

export interface ApiPageParts {
  /** The `#` heading; default "Create thing". */
  title?: string;
  /** The request line(s) of the `HTTP request` block; default `POST /things`. */
  request?: string;
  /** Paragraphs of the `Request body` section, above its table. */
  body?: string[];
  /** Rows of the section's table, `name|type|description`, under a `Property|Type|Description` header; none for no table. */
  rows?: string[];
  /** The header's first cell; default `Property`. */
  firstHeader?: string;
  /** The example request, after its request line: headers, a blank line, a body. */
  example?: { line: string; body?: string };
  /** The example response: status line, annotation `@odata.type`, body. */
  response?: { status: string; odataType?: string; body?: string };
}

export function apiPage(parts: ApiPageParts = {}): string {
  const title = parts.title ?? 'Create thing';
  const lines = ['---', `title: "${title}"`, 'doc_type: apiPageType', '---', '', `# ${title}`, '', 'Namespace: microsoft.graph', ''];
  lines.push('## HTTP request', '', '<!-- { "blockType": "ignored" } -->', '```http', parts.request ?? 'POST /things', '```', '');
  lines.push('## Request body', '');
  for (const paragraph of parts.body ?? []) lines.push(paragraph, '');
  if (parts.rows) lines.push(`|${parts.firstHeader ?? 'Property'}|Type|Description|`, '|:---|:---|:---|', ...parts.rows.map((row) => `|${row}|`), '');
  lines.push('## Response', '', 'If successful, this method returns a `201 Created` response code.', '');
  if (parts.example) {
    lines.push('## Example', '', '### Request', '', '<!-- { "blockType": "request", "name": "example" } -->', '```http', parts.example.line, 'Content-Type: application/json', '');
    if (parts.example.body) lines.push(parts.example.body);
    lines.push('```', '');
  }
  if (parts.response) {
    const annotation = parts.response.odataType ? `, "@odata.type": "${parts.response.odataType}"` : '';
    lines.push('### Response', '', `<!-- { "blockType": "response"${annotation} } -->`, '```http', `HTTP/1.1 ${parts.response.status}`, 'Content-Type: application/json', '');
    if (parts.response.body) lines.push(parts.response.body);
    lines.push('```', '');
  }
  return lines.join('\n');
}
