/**
 * An independent judge of payloads: the service's metadata (CSDL), read by the conformance
 * test's reader, interpreted directly (no generated code, no docs), with the OData ABNF formats
 * written as regular expressions. Used to tell a wrong docs example (the metadata rejects it
 * too) from a validator or docs problem.
 */
import { allProperties, parseTypeRef, type CsdlModel, type CsdlProperty, type CsdlStructuredType } from '../../conformance/csdl.js';

export interface MetadataFinding {
  /** JSON Pointer of the value the metadata rejects. */
  path: string;
  message: string;
}

const INT_RANGES: Record<string, [number, number]> = {
  'Edm.Byte': [0, 255],
  'Edm.SByte': [-128, 127],
  'Edm.Int16': [-32768, 32767],
  'Edm.Int32': [-2147483648, 2147483647],
  'Edm.Int64': [-(2 ** 63), 2 ** 63],
};

const DATE = '-?(?:[1-9][0-9]{3,}|0[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])';
const TIME = '([01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,12})?)?';
/** OData ABNF forms (string literals in ABNF are case-insensitive, hence the `i` flags). */
const STRING_FORMATS: Record<string, RegExp> = {
  'Edm.Guid': /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'Edm.Date': new RegExp(`^${DATE}$`),
  'Edm.TimeOfDay': new RegExp(`^${TIME}$`),
  'Edm.DateTimeOffset': new RegExp(`^${DATE}T${TIME}(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`, 'i'),
  'Edm.Duration': /^-?P(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\.[0-9]+)?S)?)?$/i,
  'Edm.Binary': /^[A-Za-z0-9+/_-]*={0,2}$/,
};

export class MetadataChecker {
  private readonly byLowerName = new Map<string, CsdlStructuredType>();
  private readonly enumsByLowerName = new Map<string, CsdlModel['enums'] extends Map<string, infer E> ? E : never>();
  private readonly propertyCache = new Map<string, Map<string, CsdlProperty>>();

  constructor(readonly csdl: CsdlModel) {
    for (const type of csdl.types.values()) this.byLowerName.set(type.qualifiedName.toLowerCase(), type);
    for (const item of csdl.enums.values()) this.enumsByLowerName.set(item.qualifiedName.toLowerCase(), item);
  }

  /** The metadata type of that name: exact, else ignoring case (the docs are not consistent about case). */
  type(name: string): CsdlStructuredType | undefined {
    return this.csdl.types.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  enum(name: string) {
    return this.csdl.enums.get(name) ?? this.enumsByLowerName.get(name.toLowerCase());
  }

  /** Every property of the type, inherited and navigation ones included, by name. */
  properties(typeName: string): Map<string, CsdlProperty> {
    let cached = this.propertyCache.get(typeName);
    if (!cached) {
      cached = new Map();
      try {
        for (const { property } of allProperties(this.csdl, typeName)) cached.set(property.name, property);
      } catch {
        // an unknown base type: the properties found so far are all there is
      }
      this.propertyCache.set(typeName, cached);
    }
    return cached;
  }

  /** True where `candidate` is `base` or derives from it in the metadata. */
  derivesFrom(candidate: string, base: string): boolean {
    const seen = new Set<string>();
    for (let current = this.type(candidate); current && !seen.has(current.qualifiedName); current = current.baseType ? this.type(current.baseType) : undefined) {
      if (current.qualifiedName === base) return true;
      seen.add(current.qualifiedName);
    }
    return false;
  }

  /** What an object declared as `declared` is checked as: the type its `@odata.type` names, where that derives from `declared`. */
  effectiveType(declared: string, odataType: unknown): string | undefined {
    if (odataType === undefined) return declared;
    if (typeof odataType !== 'string') return undefined;
    const named = this.type(odataType.replace(/^#/, ''));
    return named && this.derivesFrom(named.qualifiedName, declared) ? named.qualifiedName : undefined;
  }

  /** Everything the metadata rejects in `value` as a `typeName`. Unknown properties are not judged. */
  check(typeName: string, value: unknown): MetadataFinding[] {
    const findings: MetadataFinding[] = [];
    const type = this.type(typeName);
    if (type) this.checkObject(type.qualifiedName, value, '', findings);
    return findings;
  }

  private checkObject(declared: string, value: unknown, path: string, findings: MetadataFinding[]): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      findings.push({ path, message: `not an object (${declared})` });
      return;
    }
    const record = value as Record<string, unknown>;
    const effective = this.effectiveType(declared, record['@odata.type']);
    if (effective === undefined) findings.push({ path: `${path}/@odata.type`, message: `${String(record['@odata.type'])} is not ${declared} or derived from it` });
    const properties = this.properties(effective ?? declared);
    for (const [key, item] of Object.entries(record)) {
      if (key.includes('@')) continue;
      const property = properties.get(key);
      if (property) this.checkProperty(property, item, `${path}/${token(key)}`, findings);
    }
  }

  private checkProperty(property: CsdlProperty, value: unknown, path: string, findings: MetadataFinding[]): void {
    if (value === null) {
      if (!property.nullable) findings.push({ path, message: 'null where the metadata says Nullable="false"' });
      return;
    }
    const ref = parseTypeRef(property.type);
    if (!ref.collection) {
      this.checkValue(ref.name, value, path, findings);
      return;
    }
    if (!Array.isArray(value)) {
      findings.push({ path, message: `not an array (${property.type})` });
      return;
    }
    value.forEach((element, index) => {
      if (element === null) {
        if (!property.nullable) findings.push({ path: `${path}/${index}`, message: 'null element' });
      } else this.checkValue(ref.name, element, `${path}/${index}`, findings);
    });
  }

  private checkValue(typeName: string, value: unknown, path: string, findings: MetadataFinding[]): void {
    const problem = this.primitiveProblem(typeName, value);
    if (problem !== undefined) {
      if (problem) findings.push({ path, message: problem });
      return;
    }
    const item = this.enum(typeName);
    if (item) {
      const names = typeof value === 'string' ? (item.isFlags ? value.split(',').map((part) => part.trim()) : [value]) : [];
      if (typeof value !== 'string' || names.some((name) => !item.members.includes(name))) findings.push({ path, message: `not a member of ${typeName}` });
      return;
    }
    if (this.type(typeName)) this.checkObject(this.type(typeName)!.qualifiedName, value, path, findings);
  }

  /** `''` where a primitive value is fine, the problem where it is not, `undefined` where `typeName` is not a primitive. */
  private primitiveProblem(typeName: string, value: unknown): string | undefined {
    if (!typeName.startsWith('Edm.')) return undefined;
    const range = INT_RANGES[typeName];
    if (range) return typeof value === 'number' && Number.isInteger(value) && value >= range[0] && value <= range[1] ? '' : `not an ${typeName}`;
    switch (typeName) {
      case 'Edm.Boolean':
        return typeof value === 'boolean' ? '' : 'not a Boolean';
      case 'Edm.Double':
      case 'Edm.Single':
        return typeof value === 'number' || value === 'INF' || value === '-INF' || value === 'NaN' ? '' : `not an ${typeName}`;
      case 'Edm.Decimal':
        return typeof value === 'number' ? '' : 'not a Decimal';
      case 'Edm.String':
      case 'Edm.Stream':
        return typeof value === 'string' ? '' : `not a ${typeName}`;
      default: {
        const format = STRING_FORMATS[typeName];
        if (!format) return ''; // Edm.Untyped, geography types...: not judged
        if (typeof value !== 'string' || !format.test(value)) return `not in the ${typeName} format`;
        if (typeName === 'Edm.Duration' && !/[0-9]/.test(value)) return 'a Duration without any part';
        if ((typeName === 'Edm.Date' || typeName === 'Edm.DateTimeOffset') && !realDate(value)) return 'not a real calendar date';
        if (typeName === 'Edm.Binary' && (value.replace(/=+$/, '').length % 4 === 1 || (value.endsWith('=') && value.length % 4 !== 0))) {
          return 'not a base64 length';
        }
        return '';
      }
    }
  }
}

/** The date part names a day that exists (no 30 February). */
function realDate(text: string): boolean {
  const match = /^(-?\d+)-(\d\d)-(\d\d)/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function token(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
