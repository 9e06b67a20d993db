import { createHash } from 'node:crypto';

/** What a row's stable key is made of: its State and what it asks, as the import understood them. */
export interface RowKeyParts {
  stateIso3: string;
  kind: string;
  topics: readonly string[];
  priorityAreaCode: string;
  receivedOn: string;
  channel: string;
  description: string;
  confidential?: boolean;
  instruments?: readonly string[];
  /** The file's own reference for the row (the optional `reference` column), when it gives one. */
  reference?: string;
}

const text = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const set = (values: readonly string[] | undefined) => [...new Set((values ?? []).map(text))].sort();

/**
 * The stable key of an import row: the same row imported again — from the same file, another file, or the same
 * rows in another order, with other spacing or capitals, or another way of naming the State — has the same key,
 * so it is logged once. A row with a reference of the file's own is known by its State and that reference alone
 * (a corrected description does not make it another request); otherwise by everything it asks.
 */
export function rowKey(row: RowKeyParts): string {
  const parts = row.reference?.trim()
    ? ['ref', row.stateIso3, text(row.reference)]
    : [
        'row',
        row.stateIso3,
        row.kind,
        set(row.topics),
        row.priorityAreaCode,
        row.receivedOn,
        row.channel,
        text(row.description),
        row.confidential ?? false,
        set(row.instruments),
      ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}
