import { compareText } from '../../diagnostics/diagnostic.js';
import type { HttpMethod } from '../operations/operation-model.js';
import type { ModelSummary } from './model-summary.js';

/** What is compared: a model's summary, as the output manifest keeps it; a `SchemaModel` is one too. */
export type ComparedModel = ModelSummary;

/** What a change is about. Types and enums are named by qualified name (`microsoft.graph.user`). */
export type ChangeSubject =
  | { kind: 'type'; type: string }
  | { kind: 'property'; type: string; property: string }
  | { kind: 'enum'; enum: string }
  | { kind: 'enum member'; enum: string; member: string }
  | { kind: 'operation'; id: string; method: HttpMethod; path: string };

export type SubjectKind = ChangeSubject['kind'];
export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ModelChange {
  kind: ChangeKind;
  subject: ChangeSubject;
  /** A value, call or import that was valid against the old output is not valid against the new one. */
  breaking: boolean;
  /** The subject as a reader names it: `user.mail`, `POST /users (create-user)`. */
  label: string;
  /** What changed, where the kind alone does not say: `String → String or null`. */
  detail?: string;
  /** `label: detail`, one line for people. */
  description: string;
}

/** The changes between two models, breaking ones first, in a fixed order. */
export interface ModelChanges {
  changes: ModelChange[];
}

/** Subject kinds in the order reports list them. */
export const SUBJECT_KINDS: readonly SubjectKind[] = ['type', 'property', 'enum', 'enum member', 'operation'];
const CHANGE_KINDS: readonly ChangeKind[] = ['removed', 'changed', 'added'];

/** `microsoft.graph.user` → `user`; other namespaces keep theirs (`microsoft.graph.callRecords.session` → `callRecords.session`). */
export function shortName(qualifiedName: string): string {
  return qualifiedName.startsWith('microsoft.graph.') ? qualifiedName.slice('microsoft.graph.'.length) : qualifiedName;
}

export function subjectLabel(subject: ChangeSubject): string {
  switch (subject.kind) {
    case 'type':
      return shortName(subject.type);
    case 'property':
      return `${shortName(subject.type)}.${subject.property}`;
    case 'enum':
      return shortName(subject.enum);
    case 'enum member':
      return `${shortName(subject.enum)}.${subject.member}`;
    case 'operation':
      return `${subject.method} ${subject.path} (${subject.id})`;
  }
}

export function change(kind: ChangeKind, subject: ChangeSubject, breaking: boolean, detail?: string): ModelChange {
  const label = subjectLabel(subject);
  return { kind, subject, breaking, label, ...(detail ? { detail } : {}), description: detail ? `${label}: ${detail}` : label };
}

/** Breaking first, then by subject kind, label, kind and detail: the same models always give the same list. */
export function compareChanges(a: ModelChange, b: ModelChange): number {
  return (
    Number(b.breaking) - Number(a.breaking) ||
    SUBJECT_KINDS.indexOf(a.subject.kind) - SUBJECT_KINDS.indexOf(b.subject.kind) ||
    compareText(a.label, b.label) ||
    CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) ||
    compareText(a.detail ?? '', b.detail ?? '')
  );
}

