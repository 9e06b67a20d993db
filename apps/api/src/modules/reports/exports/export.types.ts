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

/** The UTF-8 byte order mark: without it, Excel reads a CSV in the machine's code page and garbles "Côte d'Ivoire". */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A CSV file's bytes: the byte order mark, then the CSV of rows under the declared columns (`toCsv`). */
export function csvContent<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): Buffer {
  return Buffer.concat([UTF8_BOM, Buffer.from(toCsv(columns, rows), 'utf8')]);
}

/** The names written beside codes, in the language the report was asked in. */
export interface NameBook {
  state(iso3: string | null | undefined): string;
  priorityArea(code: string | null | undefined): string;
}

type Named = Readonly<Record<'EN' | 'FR' | 'ES', string>>;

/** A name book from the reference rows (States by ISO3, priority areas by code), in `language` (EN by default). */
export function nameBook(
  states: ReadonlyArray<{ iso3: string; nameEn: string; nameFr: string; nameEs: string }>,
  areas: ReadonlyArray<{ code: string; titleEn: string; titleFr: string; titleEs: string }>,
  language: 'EN' | 'FR' | 'ES' = 'EN',
): NameBook {
  const stateNames = new Map<string, Named>(states.map((s) => [s.iso3, { EN: s.nameEn, FR: s.nameFr, ES: s.nameEs }]));
  const areaTitles = new Map<string, Named>(
    areas.map((a) => [a.code, { EN: a.titleEn, FR: a.titleFr, ES: a.titleEs }]),
  );
  const pick = (names: Named | undefined) => (names ? names[language] || names.EN : '');
  return {
    state: (iso3) => (iso3 ? pick(stateNames.get(iso3)) : ''),
    priorityArea: (code) => (code ? pick(areaTitles.get(code)) : ''),
  };
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
