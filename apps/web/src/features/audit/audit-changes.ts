/** One field of an audit entry: what it was and what it became (null where the entry has no side). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON value as a short text: strings as they are, lists joined, objects as compact JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value || '""';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.every((v) => typeof v === 'string' || typeof v === 'number')
      ? value.join(', ')
      : JSON.stringify(value);
  return JSON.stringify(value);
}

/**
 * The fields an entry records, before → after, in a stable order. The API keeps only the fields that changed
 * for an update; a creation has only `after`, a deletion only `before`.
 */
export function auditChanges(before: unknown, after: unknown): FieldChange[] {
  const b = isRecord(before) ? before : null;
  const a = isRecord(after) ? after : null;
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].sort();
  return fields.map((field) => ({
    field,
    before: b ? showValue(b[field]) : null,
    after: a ? showValue(a[field]) : null,
  }));
}
