import { stringify } from 'csv-stringify/sync';

/** One column of a CSV export: its header, and how a row gives its value. */
export interface ExportColumn<Row> {
  header: string;
  /** The GraphQL field of the exported type this column shows, when it shows one. */
  field?: string;
  value(row: Row): string | number | boolean | null | undefined;
}

/** The characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, which a spreadsheet should still read as a number (e.g. a gap of "-1500.25"). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A cell a spreadsheet will show as text, never run as a formula: a text beginning with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets a leading single quote (OWASP). Numbers, and texts that are plain decimal
 * numbers (negative ones included), are kept as they are.
 */
export function neutraliseCell(value: string | number | boolean | null | undefined) {
  if (typeof value !== 'string' || !FORMULA_START.test(value) || DECIMAL.test(value)) return value;
  return `'${value}`;
}

/** The CSV of rows under the declared columns, header first; every cell is neutralised (`neutraliseCell`). */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  return stringify([
    columns.map((c) => neutraliseCell(c.header)),
    ...rows.map((row) => columns.map((c) => neutraliseCell(c.value(row)))),
  ]);
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
