import { IMPORT_LIMITS } from '@ta/domain';
import type { Problem } from '../../forms';

/** Files above this are refused before sending (the API takes at most 2,000 rows): a CSV, an XLSX. */
export const MAX_IMPORT_KB = IMPORT_LIMITS.fileKb;
export const MAX_IMPORT_BYTES = MAX_IMPORT_KB * 1000;
export const MAX_XLSX_KB = IMPORT_LIMITS.xlsxKb;

/** The format a file's name says: a CSV, an Excel workbook, or neither. */
export function importFormat(name: string): 'csv' | 'xlsx' | null {
  if (/\.csv$/i.test(name.trim())) return 'csv';
  if (/\.xlsx$/i.test(name.trim())) return 'xlsx';
  return null;
}

/** The columns the first row must name, then those it may; the API matches them ignoring case and spaces. */
export const REQUIRED_COLUMNS = [
  'state',
  'kind',
  'topics',
  'priority_area',
  'received_on',
  'channel',
  'description',
] as const;
export const OPTIONAL_COLUMNS = ['confidential', 'instruments', 'reference'] as const;
export type ImportColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** What is wrong with the chosen file, before it is read or sent. */
export function importFileProblem(file: { name: string; size: number } | null | undefined): Problem | undefined {
  if (!file) return { key: 'validation.fileRequired' };
  const format = importFormat(file.name);
  if (!format) return { key: 'validation.fileNotCsv' };
  const max = format === 'xlsx' ? MAX_XLSX_KB : MAX_IMPORT_KB;
  if (file.size > max * 1000) return { key: 'validation.fileTooLarge', values: { max } };
  if (file.size === 0) return { key: 'validation.fileEmpty' };
  return undefined;
}

/** What is wrong with the text read from the file (a file of blank lines is as good as empty). */
export function importTextProblem(text: string): Problem | undefined {
  return text.trim() ? undefined : { key: 'validation.fileEmpty' };
}

/** A file's bytes in base64, as the API takes an XLSX (chunked: a spread of 180 kB is past the call stack). */
export function toBase64(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A file as the API takes it: a CSV as its text, an XLSX in base64 (base64 is a third larger, and a CSV near its
 * size limit would pass the API's request limit sent so).
 */
export async function importFileBody(file: File): Promise<{ csv: string } | { content: string }> {
  return importFormat(file.name) === 'xlsx'
    ? { content: toBase64(await file.arrayBuffer()) }
    : { csv: await file.text() };
}

const cell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A template to fill in: the header and two example rows, quoted as CSV wants. */
export function templateCsv(): string {
  const rows = [
    [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS],
    [
      'Thailand',
      'training',
      'extradition;mutual-legal-assistance',
      'C',
      '2009-04-01',
      'workshop',
      'Training of central authority staff, on extradition requests',
      'no',
      'UNTOC',
      'BKK-2009-041',
    ],
    [
      'KEN',
      'legislative assistance',
      'money-laundering',
      'B',
      '2009-05-12',
      'letter',
      'Review of the draft law on the proceeds of crime',
      'yes',
      'UNTOC;UNCAC',
      '',
    ],
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const TEMPLATE_FILE_NAME = 'requests-template.csv';

/** A column mapping being written: its name, and the file's own name for each import column ('' when unmapped). */
export interface MappingDraft {
  name: string;
  columns: Readonly<Record<ImportColumn, string>>;
}

export const MAPPING_NAME_MAX = 80;
export const IMPORT_COLUMNS: readonly ImportColumn[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

const sameName = (a: string, b: string) =>
  a
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_') ===
  b
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/**
 * What is wrong with a mapping as it is typed: a name (at most 80 characters), at least one column mapped, and
 * no file column named for two import columns (compared as the API compares headers: case, spaces and dashes
 * aside). Problems by path: `name`, `columns.<column>`.
 */
export function mappingProblems(draft: MappingDraft): Partial<Record<string, Problem>> {
  const problems: Partial<Record<string, Problem>> = {};
  if (!draft.name.trim()) problems.name = { key: 'validation.mappingNameRequired' };
  else if (draft.name.trim().length > MAPPING_NAME_MAX) {
    problems.name = { key: 'validation.mappingNameTooLong', values: { max: MAPPING_NAME_MAX } };
  }
  const mapped = IMPORT_COLUMNS.filter((c) => draft.columns[c].trim());
  if (mapped.length === 0) problems[`columns.${IMPORT_COLUMNS[0]}`] = { key: 'validation.mappingEmpty' };
  mapped.forEach((column, i) => {
    const earlier = mapped.slice(0, i).find((other) => sameName(draft.columns[other], draft.columns[column]));
    if (earlier) problems[`columns.${column}`] = { key: 'validation.mappingColumnTwice', values: { other: earlier } };
    else if (draft.columns[column].trim().length > 100) {
      problems[`columns.${column}`] = { key: 'validation.mappingNameTooLong', values: { max: 100 } };
    }
  });
  return problems;
}

/** The mapping as the API takes it: the mapped columns only. */
export function mappingOf(draft: MappingDraft): Array<{ column: string; field: string }> {
  return IMPORT_COLUMNS.filter((c) => draft.columns[c].trim()).map((field) => ({
    column: draft.columns[field].trim(),
    field,
  }));
}
