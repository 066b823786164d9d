import type { Severity } from './diagnostic.js';

/** What the catalogue says of one code: who reports it, its default severity, and one sentence. */
export interface CodeEntry {
  /** `generate` codes come from reading the docs and building the model (`check` reports them too); `check` codes from `graphdoc check` alone. */
  reportedBy: 'generate' | 'check';
  severity: Severity;
  /** One sentence, as the README's diagnostics table gives it. */
  meaning: string;
}

/**
 * Every diagnostic code graphdoc reports, with its default severity and what it means. `code` is
 * stable across releases: tests, users, baselines, config files and `--format json` consumers
 * match on it. The README's table is tested against this list, and a code missing from it is a
 * compile error wherever a diagnostic is made.
 */
export const CATALOGUE = {
  'unresolved-type': { reportedBy: 'generate', severity: 'error', meaning: 'A type cell names a type or enum that no page defines; the property is `unknown`.' },
  'unrecognised-type-cell': { reportedBy: 'generate', severity: 'error', meaning: 'A type cell that names no type at all; the property is `unknown`.' },
  'unresolved-base-type': { reportedBy: 'generate', severity: 'error', meaning: 'The documented base type is not a documented type; the interface has no `extends`.' },
  'annotation-invalid-json': {
    reportedBy: 'generate',
    severity: 'error',
    meaning: 'An HTML-comment annotation (`blockType`) that is not JSON even leniently; it is ignored. A page-level annotation (`#page.annotation`, which graphdoc does not read) gets severity info.',
  },
  'page-unreadable': { reportedBy: 'generate', severity: 'error', meaning: 'A page that could not be read; the rest of the docs are still generated.' },
  'page-unparseable': { reportedBy: 'generate', severity: 'error', meaning: 'A page the parser failed on; the rest of the docs are still generated.' },
  'annotation-lenient-json': { reportedBy: 'generate', severity: 'warning', meaning: 'An annotation with trailing commas, comments or unquoted keys, read leniently (as ApiDoctor does).' },
  'front-matter-invalid': { reportedBy: 'generate', severity: 'warning', meaning: 'YAML front matter that does not parse; the page is read without it.' },
  'table-row-short': { reportedBy: 'generate', severity: 'warning', meaning: 'A table row with fewer cells than its header; it is passed over.' },
  'table-too-long': { reportedBy: 'generate', severity: 'warning', meaning: 'A table of more than 2,000 rows (the largest real one has 828); only the first 2,000 are read.' },
  'nesting-too-deep': {
    reportedBy: 'generate',
    severity: 'warning',
    meaning: 'Lines indented past 64 columns or quoted past 16 levels (real pages: 44 and 2) were flattened first, since parsing time grows with depth.',
  },
  'resource-page-without-type': {
    reportedBy: 'generate',
    severity: 'warning',
    meaning: 'A resource page with no annotation, no "x resource type" heading and no properties; nothing is generated from it.',
  },
  'type-name-invalid': { reportedBy: 'generate', severity: 'warning', meaning: 'A type name that is not an identifier (`clash-name`); the TypeScript name drops the other characters.' },
  'type-documented-twice': { reportedBy: 'generate', severity: 'warning', meaning: 'Two resource pages document the same type; the second only adds properties.' },
  'inheritance-cycle': { reportedBy: 'generate', severity: 'warning', meaning: 'A base type that would close a cycle; that link is dropped.' },
  'enum-without-values': { reportedBy: 'generate', severity: 'warning', meaning: "An `Enumeration` with no values and no enum of the property's name; typed `string`." },
  'property-type-conflict': { reportedBy: 'generate', severity: 'info', meaning: "Two pages give one property different types; the resource page's is kept." },
  'inherited-property-conflict': { reportedBy: 'generate', severity: 'info', meaning: "A derived type restates a base property with another type; the base's is kept." },
  'enum-members-differ': { reportedBy: 'generate', severity: 'info', meaning: 'Two pages list different members for one enum; the members are joined.' },
  'name-clash': { reportedBy: 'generate', severity: 'info', meaning: 'A TypeScript name was taken; the type got another.' },
  'operation-not-found': { reportedBy: 'generate', severity: 'warning', meaning: 'An API page whose HTTP request block yields no operation.' },
  'operation-unresolved-type': { reportedBy: 'generate', severity: 'warning', meaning: 'An action parameter whose type no page defines; typed `unknown`.' },
  'operation-id-duplicate': { reportedBy: 'generate', severity: 'info', meaning: 'Two requests want the same operation id; the second gets a numbered one.' },
  'operation-required-not-a-property': {
    reportedBy: 'generate',
    severity: 'info',
    meaning: 'A create page lists as required a property the resource does not have; it is not required.',
  },
  'operation-partly-typed': { reportedBy: 'generate', severity: 'info', meaning: 'An operation whose request body or success response names no generated type.' },
  'operation-path-duplicate': {
    reportedBy: 'generate',
    severity: 'info',
    meaning: 'The same path and method documented on several pages; their bodies and responses are joined.',
  },
  'json-representation-invalid': {
    reportedBy: 'generate',
    severity: 'info',
    meaning: "A resource page's JSON representation is not JSON, so properties missing from its tables cannot be read from it.",
  },
  'request-block-contradicted': {
    reportedBy: 'generate',
    severity: 'warning',
    meaning:
      'A `POST …/$ref` request block under a page whose request body describes an object and whose example posts it to the path without `$ref`; the request is read as creating the object there.',
  },
  'enum-from-description': {
    reportedBy: 'generate',
    severity: 'info',
    meaning: 'A type cell names a type no page defines and the description lists its values; an enum of that name is built from them.',
  },
  'property-only-in-example': {
    reportedBy: 'generate',
    severity: 'info',
    meaning: "A property that no table documents, kept because the resource's JSON example shows it; it has no description.",
  },
  'example-value-invalid': {
    reportedBy: 'check',
    severity: 'error',
    meaning: 'A value in a JSON example that its type rejects (another type, a number as a string, an unknown enum member, a bad format); reported at the value.',
  },
  'placeholder-value': {
    reportedBy: 'check',
    severity: 'warning',
    meaning: 'A type name where an example value belongs (`"String"`, `"String (timestamp)"`, `"Integer"`, `"Boolean"`, `"Guid"`…).',
  },
  'example-invalid-json': { reportedBy: 'check', severity: 'warning', meaning: "A request or response example whose body is not JSON; it is not checked further." },
  'example-type-unknown': {
    reportedBy: 'check',
    severity: 'warning',
    meaning: "An example's annotation names a type (`@odata.type`) that no page documents; its body is not checked.",
  },
  'request-body-required-missing': {
    reportedBy: 'check',
    severity: 'error',
    meaning: 'A request example leaves out a property or parameter its operation requires (a create page\'s required row).',
  },
  'request-body-unexpected': { reportedBy: 'check', severity: 'warning', meaning: 'A request example sends a body to an operation that takes none.' },
  'request-url-invalid': {
    reportedBy: 'check',
    severity: 'error',
    meaning: 'A request example\'s URL does not start with a known Graph root (`https://graph.microsoft.com/v1.0/` or `/beta/`, or a national cloud\'s); `docs\\api` in a URL is one.',
  },
  'request-path-unknown': {
    reportedBy: 'check',
    severity: 'warning',
    meaning: "A request example's method and path match no documented request path.",
  },
  'link-broken': { reportedBy: 'check', severity: 'error', meaning: 'A relative link to a page or file that does not exist in the docs folders.' },
  'anchor-broken': { reportedBy: 'check', severity: 'error', meaning: 'A link to `#anchor` (on the same page or another) that names no heading or anchor there.' },
  'todo-placeholder': { reportedBy: 'check', severity: 'warning', meaning: 'A `TODO` left in a table, the front matter or the prose.' },
  'disable-unknown-code': { reportedBy: 'check', severity: 'warning', meaning: 'A `<!-- graphdoc-disable code -->` comment that names no code of this catalogue.' },
} as const satisfies Record<string, CodeEntry>;

/** Every code graphdoc reports. */
export type DiagnosticCode = keyof typeof CATALOGUE;

export const DIAGNOSTIC_CODES = Object.keys(CATALOGUE) as DiagnosticCode[];

export function isDiagnosticCode(value: unknown): value is DiagnosticCode {
  return typeof value === 'string' && Object.hasOwn(CATALOGUE, value);
}

export function defaultSeverity(code: DiagnosticCode): Severity {
  return CATALOGUE[code].severity;
}
