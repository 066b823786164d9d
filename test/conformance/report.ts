/** Text for the conformance figures and mismatch listings (markdown, readable as plain text). */
import { CAUSE_ORDER, CAUSE_TITLES, percentage, type ComparisonResult, type Figure, type Figures, type Mismatch } from './compare.js';

/** Floors by figure; a figure without one is printed but never fails. */
export type Floors = Partial<Record<keyof Figures, number>>;

export const FIGURE_LABELS: Record<keyof Figures, string> = {
  typesGenerated: 'types generated',
  propertiesPresent: 'properties present',
  typedRight: 'typed right',
  enumMembersExact: 'enum members exact',
  enumMembersExactStrict: 'enum members exact, counting enum properties not typed as unions',
};

const FIGURE_ORDER = Object.keys(FIGURE_LABELS) as (keyof Figures)[];

/** `types generated 1230/1240 (99.19%)`. */
export function formatFigure(label: string, figure: Figure): string {
  return `${label} ${figure.numerator}/${figure.denominator} (${percentage(figure).toFixed(2)}%)`;
}

/** The figures that fall below their floors, as `label: actual% < floor%`. */
export function failedFloors(figures: Figures, floors: Floors): string[] {
  return FIGURE_ORDER.filter((key) => floors[key] !== undefined && percentage(figures[key]) < floors[key]).map(
    (key) => `${FIGURE_LABELS[key]}: ${percentage(figures[key]).toFixed(2)}% < ${floors[key]}%`,
  );
}

export function formatSummary(figures: Figures, floors?: Floors): string[] {
  return FIGURE_ORDER.map((key) => {
    const line = formatFigure(FIGURE_LABELS[key], figures[key]);
    const floor = floors?.[key];
    if (floor === undefined) return line;
    return `${line}  [floor ${floor}%: ${percentage(figures[key]) >= floor ? 'ok' : 'BELOW'}]`;
  });
}

export interface ReportOptions {
  /** At most this many items per group (the count is always the full one). */
  cap?: number;
  floors?: Floors;
  /** Extra lines under the heading, e.g. scope and timings. */
  preamble?: string[];
}

export function formatReport(result: ComparisonResult, options: ReportOptions = {}): string {
  const cap = options.cap ?? Number.POSITIVE_INFINITY;
  const lines = ['# graphdoc v1.0 conformance', ''];
  if (options.preamble?.length) lines.push(...options.preamble, '');
  lines.push(...formatSummary(result.figures, options.floors).map((line) => `- ${line}`), '');

  const groups = groupByCause(result.mismatches);
  lines.push('## Mismatches by cause', '');
  if (groups.length === 0) lines.push('None.', '');
  else lines.push(...groups.map(([cause, items]) => `- ${CAUSE_TITLES[cause]}: ${items.length}`), '');
  for (const [cause, items] of groups) {
    const shown = items.slice(0, cap);
    lines.push(`### ${CAUSE_TITLES[cause]} (${items.length}${shown.length < items.length ? `, first ${shown.length} shown` : ''})`, '');
    for (const item of shown) lines.push(`- ${formatMismatch(item)}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function formatMismatch(item: Mismatch): string {
  const subject = item.property === undefined ? shortName(item.type) : `${shortName(item.type)}.${item.property}`;
  const parts = [subject];
  if (item.tsName !== undefined && item.property === undefined) parts.push(`ts ${item.tsName}`);
  if (item.declaredBy !== undefined) parts.push(`inherited from ${shortName(item.declaredBy)}`);
  if (item.metadataType !== undefined) parts.push(`metadata ${item.metadataType}`);
  if (item.ourType !== undefined) parts.push(`ours ${item.ourType}`);
  if (item.docsTypeText !== undefined) parts.push(`docs "${item.docsTypeText}"`);
  if (item.docsSource !== undefined) parts.push(`at ${item.docsSource.file}:${item.docsSource.line}`);
  if (item.detail !== undefined) parts.push(`(${item.detail})`);
  return parts.join(' | ');
}

function groupByCause(mismatches: readonly Mismatch[]): [Mismatch['cause'], Mismatch[]][] {
  const groups = new Map<Mismatch['cause'], Mismatch[]>();
  for (const item of mismatches) {
    const group = groups.get(item.cause);
    if (group) group.push(item);
    else groups.set(item.cause, [item]);
  }
  return CAUSE_ORDER.filter((cause) => groups.has(cause)).map((cause) => [cause, groups.get(cause)!]);
}

/** `microsoft.graph.user` → `user`; other namespaces keep their last segment: `callRecords.session`. */
function shortName(qualifiedName: string): string {
  return qualifiedName.startsWith('microsoft.graph.') ? qualifiedName.slice('microsoft.graph.'.length) : qualifiedName;
}
