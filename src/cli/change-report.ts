import { counted } from './plural.js';
import { SUBJECT_KINDS, type ChangeKind, type ModelChange, type ModelChanges, type SubjectKind } from '../model/compare-models.js';

/** At most this many changes are listed on the terminal; `--report <file>` has them all. */
export const TERMINAL_LIMIT = 20;

const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'changed'];
const PLURAL: Record<SubjectKind, string> = {
  type: 'Types',
  property: 'Properties',
  enum: 'Enums',
  'enum member': 'Enum members',
  operation: 'Operations',
};

/** `2 breaking; 1 added, 1 removed, 3 changed`. */
export function countsLine(changes: readonly ModelChange[]): string {
  const breaking = changes.filter((c) => c.breaking).length;
  return `${breaking} breaking; ${CHANGE_KINDS.map((kind) => `${changes.filter((c) => c.kind === kind).length} ${kind}`).join(', ')}`;
}

/**
 * The report printed after a run: a counts line, then the changes, breaking ones first (they
 * come sorted that way), at most `limit` of them. Undefined `changes`: there was no earlier
 * output to compare with.
 */
export function changesText(changes: ModelChanges | undefined, limit = TERMINAL_LIMIT, filesChanged = 0): string {
  if (!changes) return 'changes: no earlier output to compare with\n';
  const all = changes.changes;
  if (all.length === 0) {
    // Files change with no change the report compares: descriptions, comments, docs positions.
    if (filesChanged > 0) return `changes since the previous output: none to the API; ${counted(filesChanged, 'file')} changed in descriptions and comments only\n`;
    return 'changes since the previous output: none\n';
  }
  const width = Math.max(...all.map((c) => c.subject.kind.length));
  const lines = all
    .slice(0, limit)
    .map((c) => `  ${c.breaking ? 'breaking ' : '         '}${c.kind.padEnd(8)}${c.subject.kind.padEnd(width + 1)}${c.description}`);
  if (all.length > limit) lines.push(`  … and ${all.length - limit} more (--report <file> lists them all)`);
  return `changes since the previous output: ${countsLine(all)}\n${lines.join('\n')}\n`;
}

/**
 * The Markdown written by `--report <file>`, for a pull request's description: a summary table,
 * then the breaking changes, then the others by kind (added, removed, changed), each grouped
 * by what they are about. Each change is listed once.
 */
export function changesMarkdown(changes: ModelChanges | undefined): string {
  const title = '# Changes to the generated API\n\n';
  if (!changes) return `${title}There is no earlier output to compare with: this is the first run into this folder.\n`;
  const all = changes.changes;
  if (all.length === 0) return `${title}No changes since the previous output.\n`;

  const sections: string[] = [`${title}${all.length} ${all.length === 1 ? 'change' : 'changes'}: ${countsLine(all)}.`, summaryTable(all)];
  const breaking = all.filter((c) => c.breaking);
  if (breaking.length > 0) sections.push(`## Breaking changes\n\n${groupedList(breaking, true)}`);
  for (const kind of CHANGE_KINDS) {
    const these = all.filter((c) => !c.breaking && c.kind === kind);
    if (these.length > 0) sections.push(`## ${capitalised(kind)}\n\n${groupedList(these, false)}`);
  }
  return `${sections.join('\n\n')}\n`;
}

function summaryTable(changes: readonly ModelChange[]): string {
  const row = (label: string, of: readonly ModelChange[]): string =>
    `| ${label} | ${CHANGE_KINDS.map((kind) => of.filter((c) => c.kind === kind).length).join(' | ')} | ${of.filter((c) => c.breaking).length} |`;
  return [
    '| | Added | Removed | Changed | Breaking |',
    '|:--|--:|--:|--:|--:|',
    ...SUBJECT_KINDS.map((kind) => row(PLURAL[kind], changes.filter((c) => c.subject.kind === kind))),
    row('**All**', changes),
  ].join('\n');
}

/** `### Properties` headings with one bullet per change; under breaking changes each says its kind. */
function groupedList(changes: readonly ModelChange[], sayKind: boolean): string {
  return SUBJECT_KINDS.filter((kind) => changes.some((c) => c.subject.kind === kind))
    .map((kind) => {
      const items = changes.filter((c) => c.subject.kind === kind).map((c) => `- ${sayKind ? `${c.kind}: ` : ''}${codeSpan(c.label)}${c.detail ? `: ${escapeMarkdown(c.detail)}` : ''}`);
      return `### ${PLURAL[kind]}\n\n${items.join('\n')}`;
    })
    .join('\n\n');
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A code span that holds any text: its fence is longer than any run of backticks inside. */
function codeSpan(name: string): string {
  const text = oneLine(name);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Names come from docs text: keep them from turning into links, emphasis or HTML. */
function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|#~]/g, (character) => `\\${character}`);
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]\s*/g, ' ');
}
