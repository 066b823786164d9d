import type { Code, Root } from 'mdast';
import JSON5 from 'json5';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AnnotationFacts, PropertyFacts, TypeCell } from './page-facts.js';
import { positionOf } from './position.js';
import { primitiveFor } from './primitives.js';

/**
 * Properties that a resource page lists only in its "JSON representation" block (the ```json
 * right after the `resource` annotation), not in its tables. Their type is read from the
 * example value where it names one: `"String"`, `"String (timestamp)"`, `"microsoft.graph.x"`,
 * `true`, `1024`, `{ "@odata.type": "microsoft.graph.x" }`, `[ ... ]`, `"a | b | c"`.
 * A value that names no type (`"Contoso"`, `null`, `{}`) adds nothing.
 */
export function readJsonRepresentation(
  tree: Root,
  annotation: AnnotationFacts | undefined,
  file: string,
  known: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): PropertyFacts[] {
  const block = blockAfter(tree, annotation);
  if (!block) return [];
  let data: unknown;
  try {
    data = JSON5.parse(block.value);
  } catch {
    diagnostics.push({
      code: 'json-representation-invalid',
      severity: 'info',
      message: 'the JSON representation is not JSON; properties missing from the tables cannot be read from it',
      source: positionOf(file, block),
    });
    return [];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const lines = block.value.split('\n');
  const properties: PropertyFacts[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (known.has(name) || name.includes('@')) continue;
    const type = cellFor(value);
    if (!type) continue;
    const lineIndex = lines.findIndex((line) => line.includes(`"${name}"`));
    const start = positionOf(file, block);
    const source = { file, line: start.line + 1 + Math.max(lineIndex, 0), column: 1 };
    properties.push({
      name,
      type: type.cell,
      typeText: `JSON representation: ${JSON.stringify(value)}`,
      description: '',
      nullable: true,
      readOnly: false,
      relationship: false,
      ...(type.values ? { possibleValues: type.values } : {}),
      fromExample: true,
      source,
    });
  }
  return properties;
}

function blockAfter(tree: Root, annotation: AnnotationFacts | undefined): Code | undefined {
  if (!annotation) return undefined;
  const index = tree.children.findIndex((node) => node.position?.start.line === annotation.source.line && node.type === 'html');
  const next = index >= 0 ? tree.children[index + 1] : undefined;
  return next?.type === 'code' && /^json/i.test(next.lang ?? '') ? next : undefined;
}

interface Inferred {
  cell: TypeCell;
  values?: string[];
}

function cellFor(value: unknown, collection = false): Inferred | undefined {
  if (typeof value === 'boolean') return { cell: { kind: 'primitive', edm: 'Edm.Boolean', collection } };
  if (typeof value === 'number') {
    return { cell: { kind: 'primitive', edm: Number.isInteger(value) ? 'Edm.Int64' : 'Edm.Double', collection } };
  }
  if (typeof value === 'string') return fromString(value.trim(), collection);
  if (Array.isArray(value)) return value.length > 0 && !collection ? cellFor(value[0], true) : undefined;
  if (typeof value === 'object' && value !== null) {
    const odataType = (value as Record<string, unknown>)['@odata.type'];
    if (typeof odataType === 'string' && /^#?microsoft\.graph\./.test(odataType)) {
      return { cell: { kind: 'named', name: odataType.replace(/^#?microsoft\.graph\./, ''), collection } };
    }
  }
  return undefined;
}

function fromString(text: string, collection: boolean): Inferred | undefined {
  const members = text.split('|').map((part) => part.trim());
  if (members.length > 1 && members.every((m) => /^[A-Za-z_]\w*$/.test(m) && !primitiveFor(m))) {
    return { cell: { kind: 'enumeration', collection }, values: members };
  }
  const qualified = /^microsoft\.graph\.([A-Za-z_][\w.]*)$/.exec(text);
  if (qualified?.[1]) return { cell: { kind: 'named', name: qualified[1], collection } };
  const typed = /^([A-Za-z.]+)(?:\s*\(([^)]*)\))?$/.exec(text);
  if (!typed?.[1]) return undefined;
  if (/timestamp/i.test(typed[2] ?? '')) return { cell: { kind: 'primitive', edm: 'Edm.DateTimeOffset', collection } };
  const primitive = primitiveFor(typed[1]);
  return primitive ? { cell: { kind: 'primitive', edm: primitive, collection } } : undefined;
}
