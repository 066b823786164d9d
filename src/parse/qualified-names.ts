/** The namespace of a page that names none. */
export const DEFAULT_NAMESPACE = 'microsoft.graph';

/** `microsoft.graph.callRecords.session` → namespace `microsoft.graph.callRecords`, name `session`. */
export function splitQualified(value: string, namespace: string): { name: string; namespace: string } {
  const clean = value.replace(/^#/, '').replace(/^graph\./, 'microsoft.graph.');
  const dot = clean.lastIndexOf('.');
  if (dot < 0) return { name: clean, namespace };
  const prefix = clean.slice(0, dot);
  return { name: clean.slice(dot + 1), namespace: prefix.startsWith('microsoft.') ? prefix : `${DEFAULT_NAMESPACE}.${prefix}` };
}
