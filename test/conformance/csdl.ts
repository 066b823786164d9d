/**
 * Reads an OData CSDL document (`$metadata`) into plain structures: structured types
 * (EntityType / ComplexType, with their own properties and navigation properties) and enum
 * types. Schema aliases (`graph.` for `microsoft.graph.`) are resolved everywhere, so every
 * name this module hands out is fully qualified.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export interface CsdlProperty {
  name: string;
  /** Fully qualified, alias resolved: `Edm.String`, `microsoft.graph.user`, `Collection(microsoft.graph.user)`. */
  type: string;
  nullable: boolean;
  /** True for a NavigationProperty. */
  navigation: boolean;
}

export interface CsdlStructuredType {
  /** `microsoft.graph.user`. */
  qualifiedName: string;
  /** `user`. */
  name: string;
  namespace: string;
  kind: 'entity' | 'complex';
  /** Fully qualified, alias resolved. */
  baseType?: string;
  abstract: boolean;
  openType: boolean;
  /** Declared on this type only, properties first, then navigation properties, in document order. */
  properties: CsdlProperty[];
}

export interface CsdlEnumType {
  qualifiedName: string;
  name: string;
  namespace: string;
  isFlags: boolean;
  /** Member names, in document order. */
  members: string[];
}

export interface CsdlModel {
  types: Map<string, CsdlStructuredType>;
  enums: Map<string, CsdlEnumType>;
}

/** A property together with the type that declares it (differs from the type asked about when inherited). */
export interface CsdlPropertyWithOwner {
  property: CsdlProperty;
  declaredBy: string;
}

export interface CsdlTypeRef {
  collection: boolean;
  /** Element type name, e.g. `Edm.String` or `microsoft.graph.user`. */
  name: string;
}

type XmlNode = Record<string, unknown>;

const ARRAY_ELEMENTS = new Set(['Schema', 'EntityType', 'ComplexType', 'EnumType', 'Property', 'NavigationProperty', 'Member']);

export function readCsdlFile(file: string): CsdlModel {
  return parseCsdl(readFileSync(file, 'utf8'));
}

export function parseCsdl(xml: string): CsdlModel {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseAttributeValue: false,
    isArray: (tagName) => ARRAY_ELEMENTS.has(tagName),
  });
  const document = parser.parse(xml) as XmlNode;
  const edmx = child(document, 'Edmx');
  const dataServices = child(edmx, 'DataServices');
  const schemas = children(dataServices, 'Schema');
  if (schemas.length === 0) throw new Error('CSDL: no <Schema> element found');

  const aliases = new Map<string, string>();
  for (const schema of schemas) {
    const alias = attribute(schema, 'Alias');
    if (alias !== undefined) aliases.set(alias, requiredAttribute(schema, 'Namespace'));
  }
  const resolve = (name: string): string => resolveTypeName(name, aliases);

  const model: CsdlModel = { types: new Map(), enums: new Map() };
  for (const schema of schemas) {
    const namespace = requiredAttribute(schema, 'Namespace');
    for (const [tag, kind] of [
      ['EntityType', 'entity'],
      ['ComplexType', 'complex'],
    ] as const) {
      for (const node of children(schema, tag)) {
        const name = requiredAttribute(node, 'Name');
        const baseType = attribute(node, 'BaseType');
        const properties: CsdlProperty[] = [];
        for (const [propertyTag, navigation] of [
          ['Property', false],
          ['NavigationProperty', true],
        ] as const) {
          for (const propertyNode of children(node, propertyTag)) {
            properties.push({
              name: requiredAttribute(propertyNode, 'Name'),
              type: resolve(requiredAttribute(propertyNode, 'Type')),
              nullable: attribute(propertyNode, 'Nullable') !== 'false',
              navigation,
            });
          }
        }
        const type: CsdlStructuredType = {
          qualifiedName: `${namespace}.${name}`,
          name,
          namespace,
          kind,
          abstract: attribute(node, 'Abstract') === 'true',
          openType: attribute(node, 'OpenType') === 'true',
          properties,
        };
        if (baseType !== undefined) type.baseType = resolve(baseType);
        model.types.set(type.qualifiedName, type);
      }
    }
    for (const node of children(schema, 'EnumType')) {
      const name = requiredAttribute(node, 'Name');
      model.enums.set(`${namespace}.${name}`, {
        qualifiedName: `${namespace}.${name}`,
        name,
        namespace,
        isFlags: attribute(node, 'IsFlags') === 'true',
        members: children(node, 'Member').map((member) => requiredAttribute(member, 'Name')),
      });
    }
  }
  return model;
}

/** Replaces a schema alias prefix (`graph.user` → `microsoft.graph.user`), also inside `Collection(...)`. */
export function resolveTypeName(name: string, aliases: ReadonlyMap<string, string>): string {
  const collection = /^Collection\((.*)\)$/.exec(name);
  if (collection) return `Collection(${resolveTypeName(collection[1]!, aliases)})`;
  const dot = name.indexOf('.');
  if (dot > 0) {
    const namespace = aliases.get(name.slice(0, dot));
    if (namespace !== undefined) return `${namespace}${name.slice(dot)}`;
  }
  return name;
}

export function parseTypeRef(type: string): CsdlTypeRef {
  const collection = /^Collection\((.*)\)$/.exec(type);
  return collection ? { collection: true, name: collection[1]! } : { collection: false, name: type };
}

/**
 * Every property of a type, inherited ones included: base types first (the `BaseType` chain,
 * root first), then the type's own. A property redeclared lower in the chain replaces the
 * inherited one at its original position. Throws on an unknown base type or a cycle.
 */
export function allProperties(model: CsdlModel, qualifiedName: string): CsdlPropertyWithOwner[] {
  const chain: CsdlStructuredType[] = [];
  const seen = new Set<string>();
  let current: string | undefined = qualifiedName;
  while (current !== undefined) {
    if (seen.has(current)) throw new Error(`CSDL: BaseType cycle through ${current}`);
    seen.add(current);
    const type = model.types.get(current);
    if (!type) throw new Error(`CSDL: unknown structured type ${current}${current === qualifiedName ? '' : ` (base of ${qualifiedName})`}`);
    chain.unshift(type);
    current = type.baseType;
  }
  const byName = new Map<string, CsdlPropertyWithOwner>();
  for (const type of chain) {
    for (const property of type.properties) byName.set(property.name, { property, declaredBy: type.qualifiedName });
  }
  return [...byName.values()];
}

function child(node: XmlNode, tag: string): XmlNode {
  const value = node[tag];
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`CSDL: expected one <${tag}> element`);
  }
  return value as XmlNode;
}

function children(node: XmlNode, tag: string): XmlNode[] {
  const value = node[tag];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`CSDL: expected <${tag}> elements to be read as a list`);
  // An element with no attributes and no content is read as '' by fast-xml-parser.
  return value.map((item) => (typeof item === 'object' && item !== null ? (item as XmlNode) : {}));
}

function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

function requiredAttribute(node: XmlNode, name: string): string {
  const value = attribute(node, name);
  if (value === undefined) throw new Error(`CSDL: element without a ${name} attribute`);
  return value;
}
