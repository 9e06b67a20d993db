import type { FigureCell, ReportFigures } from './report-figures.types.js';
import { COLUMN_TITLES, SECTION_TITLES, say } from './report-labels.data.js';

/** One figure that differs between two snapshots of a report: where it is, and its value in each. */
export interface FigureChange {
  section: string;
  /** The row, by its names and keys (activity, year, area, …), joined with " · ". */
  row: string;
  column: string;
  /** The section's and the column's titles, in the language of the later report (as its file says them). */
  sectionTitle: string;
  columnTitle: string;
  before: string | null;
  after: string | null;
}

const MEASURES = new Set(['money', 'decimal', 'int']);
const text = (v: FigureCell | undefined): string | null =>
  v === null || v === undefined || v === '' ? null : String(v);

/**
 * What changed in cost, money, counts and results between two snapshots of a report (`a` before, `b` after): every
 * measured cell (money, decimals, counts) whose value differs, a row only one of them has included, and totals.
 * Rows are matched by their keys (the cells that are not measures), so reordered rows are not changes.
 */
export function compareFigures(a: ReportFigures, b: ReportFigures): FigureChange[] {
  const changes: FigureChange[] = [];
  const push = (section: string, row: string, column: string, before: string | null, after: string | null) =>
    changes.push({
      section,
      row,
      column,
      sectionTitle: say(SECTION_TITLES[section], b.language, section),
      columnTitle: say(COLUMN_TITLES[column], b.language, column),
      before,
      after,
    });
  const keys = [...new Set([...a.sections.map((s) => s.key), ...b.sections.map((s) => s.key)])];
  for (const key of keys) {
    const before = a.sections.find((s) => s.key === key);
    const after = b.sections.find((s) => s.key === key);
    const columns = (after ?? before)!.columns;
    const measured = columns.map((c, i) => ({ c, i })).filter(({ c }) => MEASURES.has(c.type));
    const rowKey = (row: FigureCell[]) =>
      columns
        .map((c, i) => (MEASURES.has(c.type) ? null : text(row[i])))
        .filter((v): v is string => v !== null)
        .join(' · ');
    const index = (rows: FigureCell[][] | undefined) => {
      const map = new Map<string, FigureCell[]>();
      for (const row of rows ?? []) {
        let k = rowKey(row);
        for (let n = 2; map.has(k); n++) k = `${rowKey(row)} (${n})`;
        map.set(k, row);
      }
      return map;
    };
    const was = index(before?.rows);
    const is = index(after?.rows);
    for (const row of [...new Set([...was.keys(), ...is.keys()])]) {
      for (const { c, i } of measured) {
        const x = text(was.get(row)?.[i]);
        const y = text(is.get(row)?.[i]);
        if (x !== y) push(key, row, c.key, x, y);
      }
    }
    for (const { c } of measured) {
      const x = before?.totals?.[c.key] ?? null;
      const y = after?.totals?.[c.key] ?? null;
      if (x !== y) push(key, 'TOTAL', c.key, x, y);
    }
  }
  return changes;
}
