import { centsToDecimal, toCents } from '@ta/domain';

/**
 * How a column's cells are typed: `money` cells are exact decimal strings of US dollars, `int` and `year` whole
 * numbers, `date` an ISO calendar date (YYYY-MM-DD), `code` a stable code written in the report's language when
 * rendered (a status, a unit), `text` as it is.
 */
export type FigureType = 'text' | 'code' | 'money' | 'decimal' | 'int' | 'year' | 'date';

export interface FigureColumn {
  key: string;
  type: FigureType;
  /** Summed in the section's totals row. */
  total?: boolean;
}

export type FigureCell = string | number | null;

/** One section of a report: a sheet of the XLSX, a table of the PDF. */
export interface FigureSection {
  key: string;
  columns: FigureColumn[];
  rows: FigureCell[][];
  /** The totals row (exact, from the rows' decimal strings), by column key; null when the section has none. */
  totals: Record<string, string> | null;
}

/**
 * What a report was made from, read in one consistent snapshot and kept with the report (`report.figures`): the
 * file is rendered from these, so it reads the same however the data moves after `asAt`.
 */
export interface ReportFigures {
  version: 1;
  kind: string;
  language: 'EN' | 'FR' | 'ES';
  /** The moment the figures were read (ISO 8601). */
  asAt: string;
  /** Whom or what the report is about (a donor's name, a State's), when it is about one. */
  subject: string | null;
  sections: FigureSection[];
}

/**
 * A section with its totals row: money columns summed exactly in cents from their decimal strings, whole-number
 * columns as integers (never a float sum).
 */
export function section(key: string, columns: FigureColumn[], rows: FigureCell[][]): FigureSection {
  const summed = columns.some((c) => c.total);
  if (!summed) return { key, columns, rows, totals: null };
  const totals: Record<string, string> = {};
  columns.forEach((c, i) => {
    if (!c.total) return;
    if (c.type === 'money' || c.type === 'decimal') {
      let cents = 0n;
      for (const row of rows) {
        const v = row[i];
        if (v === null || v === undefined || v === '') continue;
        const parsed = toCents(String(v));
        if (parsed === null) throw new Error(`Not an amount in ${key}.${c.key}: ${String(v)}`);
        cents += parsed;
      }
      totals[c.key] = centsToDecimal(cents);
    } else {
      let sum = 0n;
      for (const row of rows) if (row[i] !== null && row[i] !== '') sum += BigInt(row[i] as number);
      totals[c.key] = sum.toString();
    }
  });
  return { key, columns, rows, totals };
}
