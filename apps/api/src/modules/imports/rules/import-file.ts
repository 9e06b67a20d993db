import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { normaliseHeader } from './request-row.js';

/** The formats an import reads, decided by the file's name. */
export type ImportFormat = 'csv' | 'xlsx';

/** The format a file name says, or null for any other kind of file. */
export function formatOf(fileName: string): ImportFormat | null {
  const name = fileName.trim().toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  return null;
}

/** A file as a table: its first row (the header, as written) and the rows under it, every cell as text. */
export interface ImportTable {
  header: string[];
  rows: string[][];
}

/** A CSV's records as the import reads them: a byte order mark dropped, blank lines skipped. */
export function csvTable(text: string): ImportTable {
  const records: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  const [header = [], ...rows] = records;
  return { header, rows };
}

/**
 * The first cell holding a NUL character (which no text stored may contain: PostgreSQL refuses it), as the person
 * sees the file: its line (the header is line 1) and its column's name; null when there is none.
 */
export function firstNulCell(table: ImportTable): { line: number; column: string } | null {
  const at = (cells: string[], line: number) => {
    const i = cells.findIndex((cell) => typeof cell === 'string' && cell.includes('\u0000'));
    return i < 0 ? null : { line, column: table.header[i] || `#${i + 1}` };
  };
  const inHeader = at(table.header, 1);
  if (inHeader) return inHeader;
  for (let r = 0; r < table.rows.length; r++) {
    const found = at(table.rows[r]!, r + 2);
    if (found) return found;
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One XLSX cell as the text the import reads: a date as YYYY-MM-DD (the calendar day the spreadsheet shows), a
 * number as its digits, a boolean as yes / no, rich text and links as their text, a formula as "=" and its
 * formula (so the row is refused, naming the cell, as a CSV cell a spreadsheet would run is), an error as shown.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return `=${formula ?? ''}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return value.error;
  return '';
}

/**
 * The first sheet of an XLSX file as a table: row 1 is the header, typed cells read as their values (dates as
 * dates, numbers as numbers, see `cellText`); blank rows are skipped as a CSV's blank lines are. Throws when the
 * bytes are not an XLSX workbook or it has no sheet.
 */
export async function xlsxTable(bytes: Buffer): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based: index 0 is empty
    const cells = values.slice(1).map((v) => cellText(v).trim());
    if (cells.some(Boolean)) records.push(cells);
  });
  const [header = [], ...rows] = records;
  return { header, rows };
}

/** A mapping from a file's own header names to the import's columns (see `REQUIRED_COLUMNS`, `OPTIONAL_COLUMNS`). */
export type ColumnMapping = ReadonlyArray<{ column: string; field: string }>;

/** The header with each mapped column renamed to its field (names compared ignoring case, spaces and dashes). */
export function applyMapping(header: readonly string[], mapping: ColumnMapping): string[] {
  const to = new Map(mapping.map((m) => [normaliseHeader(m.column), m.field]));
  return header.map((name) => to.get(normaliseHeader(name)) ?? name);
}

const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** A table written back as CSV text, cells as they are (the import's own reading of it: nothing neutralised). */
export function tableCsv(table: ImportTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
}
