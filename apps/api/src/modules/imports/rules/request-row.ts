import type { AssistanceKind } from '@ta/domain';

/** The columns an import file has; the first row names them (case and spaces do not matter). */
export const REQUIRED_COLUMNS = [
  'state',
  'kind',
  'topics',
  'priority_area',
  'received_on',
  'channel',
  'description',
] as const;
/** `reference`: the file's own reference for a row; a row is then known by its State and reference (see rowKey). */
export const OPTIONAL_COLUMNS = ['confidential', 'instruments', 'reference'] as const;

export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function missingColumns(headers: string[]): string[] {
  const have = new Set(headers.map(normaliseHeader));
  return REQUIRED_COLUMNS.filter((c) => !have.has(c));
}

/** The characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The first cell of a row that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return), with the reason it is refused; null when there is none. Such a row is refused rather
 * than neutralised, so what is logged is exactly what the person wrote, and they see which cell to fix.
 */
export function formulaCell(row: Record<string, string>): { field: string; message: string } | null {
  return formulaCells(row)[0] ?? null;
}

/** Every cell of a row that a spreadsheet would run as a formula, each with the reason it is refused. */
export function formulaCells(row: Record<string, string>): Array<{ field: string; message: string }> {
  return [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].flatMap((column) => {
    const value = row[column];
    if (!value || !FORMULA_START.test(value)) return [];
    return [
      {
        field: column,
        message: `"${value.slice(0, 40)}" begins with "${JSON.stringify(value[0]).slice(1, -1)}", which a spreadsheet would run as a formula; remove or reword that first character.`,
      },
    ];
  });
}

/** The column added to the refused rows a person downloads to fix and import again. */
export const ERRORS_COLUMN = 'errors';

/** One problem of a row as written in the refused rows' file: "column: what to fix". */
export function describeProblems(problems: ReadonlyArray<{ field: string | null; message: string }>): string {
  return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join(' | ');
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(/[;,|]/)
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * One spreadsheet row as the input of logAssistanceRequest (the State still to be resolved by name or
 * code). Values are taken as written; validation is the API's own, so a row is refused exactly as the
 * same request typed into the form would be.
 */
export function rowToInput(row: Record<string, string>) {
  const get = (column: string) => row[column]?.trim() ?? '';
  const kind = get('kind')
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return {
    state: get('state'),
    reference: get('reference'),
    input: {
      stateIso3: '',
      kind: kind as AssistanceKind,
      topics: list(get('topics')).map((t) => t.toLowerCase().replace(/\s+/g, '-')),
      priorityAreaCode: get('priority_area').toUpperCase(),
      receivedOn: get('received_on'),
      channel: get('channel').toLowerCase().replace(/\s+/g, '-'),
      description: get('description'),
      confidential: ['yes', 'true', '1', 'y', 'oui', 'sí', 'si'].includes(get('confidential').toLowerCase()),
      instruments: list(get('instruments')).map((i) => i.toUpperCase()),
    },
  };
}
