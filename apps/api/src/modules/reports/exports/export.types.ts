import { stringify } from 'csv-stringify/sync';

/** One column of a CSV export: its header, and how a row gives its value. */
export interface ExportColumn<Row> {
  header: string;
  /** The GraphQL field of the exported type this column shows, when it shows one. */
  field?: string;
  value(row: Row): string | number | boolean | null | undefined;
}

/** The CSV of rows under the declared columns, header first. */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  return stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))]);
}

/** What an export makes: the file, and how many records it holds. */
export interface ExportedFile {
  rows: number;
  fileName: string;
  contentType: string;
  content: Buffer;
}

export const CSV = 'text/csv; charset=utf-8';

/** Tells the report's progress, 0 to 100. */
export type Progress = (percent: number) => Promise<void>;
