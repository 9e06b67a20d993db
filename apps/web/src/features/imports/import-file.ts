import type { Problem } from '../../forms';

/** Files above this are refused before sending (the API takes at most 2,000 rows). */
export const MAX_IMPORT_KB = 250;
export const MAX_IMPORT_BYTES = MAX_IMPORT_KB * 1000;

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
export const OPTIONAL_COLUMNS = ['confidential', 'instruments'] as const;
export type ImportColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** What is wrong with the chosen file, before it is read or sent. */
export function importFileProblem(file: { name: string; size: number } | null | undefined): Problem | undefined {
  if (!file) return { key: 'validation.fileRequired' };
  if (!/\.csv$/i.test(file.name.trim())) return { key: 'validation.fileNotCsv' };
  if (file.size > MAX_IMPORT_BYTES) return { key: 'validation.fileTooLarge', values: { max: MAX_IMPORT_KB } };
  if (file.size === 0) return { key: 'validation.fileEmpty' };
  return undefined;
}

/** What is wrong with the text read from the file (a file of blank lines is as good as empty). */
export function importTextProblem(text: string): Problem | undefined {
  return text.trim() ? undefined : { key: 'validation.fileEmpty' };
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
    ],
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const TEMPLATE_FILE_NAME = 'requests-template.csv';
