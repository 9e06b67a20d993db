import ExcelJS from 'exceljs';
import type { FigureColumn, FigureCell, FigureSection, ReportFigures } from './report-figures.types.js';
import { CODE_WORDS, COLUMN_TITLES, REPORT_TITLES, REPORT_WORDS, SECTION_TITLES, say } from './report-labels.data.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MONEY_FORMAT = '#,##0.00';
const COUNT_FORMAT = '#,##0';
const DATE_FORMATS = { EN: 'yyyy-mm-dd', FR: 'dd/mm/yyyy', ES: 'dd/mm/yyyy' } as const;

/** A calendar date (YYYY-MM-DD) as the spreadsheet's date: midnight UTC of that day. */
function dateOf(value: string): Date {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** A cell's typed value: numbers for money and counts (from the exact decimal string), dates for dates. */
export function typedCell(column: FigureColumn, value: FigureCell, language: 'EN' | 'FR' | 'ES'): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (column.type) {
    case 'money':
    case 'decimal':
      return Number(value);
    case 'int':
    case 'year':
      return Number(value);
    case 'date':
      return dateOf(String(value));
    case 'code':
      return say(CODE_WORDS[column.key]?.[String(value)], language, String(value));
    default:
      return String(value);
  }
}

function formatOf(column: FigureColumn, language: 'EN' | 'FR' | 'ES'): string | undefined {
  switch (column.type) {
    case 'money':
      return MONEY_FORMAT;
    case 'int':
      return COUNT_FORMAT;
    case 'year':
      return '0';
    case 'date':
      return DATE_FORMATS[language];
    default:
      return undefined;
  }
}

/** The name of a section's sheet in the report's language: unique, at most 31 characters (Excel's rule). */
function sheetName(section: FigureSection, language: 'EN' | 'FR' | 'ES', taken: Set<string>): string {
  const base = say(SECTION_TITLES[section.key], language, section.key)
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The XLSX of a report's figures: a first sheet naming the report, whom it is about and the moment its figures
 * were read, then one sheet per section — its header frozen, real number and date cells, and a totals row (the
 * exact totals kept with the figures). Rendered from the kept figures alone, so the same figures give the same
 * workbook (its dates are the figures' moment, not the time of rendering).
 */
export async function xlsxOfFigures(figures: ReportFigures): Promise<Buffer> {
  const language = figures.language;
  const asAt = new Date(figures.asAt);
  const book = new ExcelJS.Workbook();
  book.creator = 'Technical assistance programme';
  book.created = asAt;
  book.modified = asAt;

  const cover = book.addWorksheet(
    say(REPORT_TITLES[figures.kind], language, figures.kind)
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31),
  );
  cover.getColumn(1).width = 24;
  cover.getColumn(2).width = 60;
  cover.addRow([say(REPORT_TITLES[figures.kind], language, figures.kind)]).font = { bold: true, size: 14 };
  if (figures.subject) cover.addRow([figures.subject]);
  const asAtRow = cover.addRow([say(REPORT_WORDS.asAt, language), asAt]);
  asAtRow.getCell(2).numFmt = `${DATE_FORMATS[language]} hh:mm "UTC"`;
  asAtRow.getCell(2).alignment = { horizontal: 'left' };
  cover.addRow([say(REPORT_WORDS.currency, language)]);
  const taken = new Set<string>([cover.name.toLowerCase()]);

  for (const s of figures.sections) {
    const sheet = book.addWorksheet(sheetName(s, language, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow(s.columns.map((c) => say(COLUMN_TITLES[c.key], language, c.key)));
    header.font = { bold: true };
    s.columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.type === 'text' ? 36 : Math.max(12, (header.getCell(i + 1).text ?? '').length + 2);
      const format = formatOf(c, language);
      if (format) column.numFmt = format;
    });
    const formats = s.columns.map((c) => formatOf(c, language));
    const typed = (added: ExcelJS.Row) =>
      formats.forEach((format, i) => {
        if (format) added.getCell(i + 1).numFmt = format;
      });
    for (const row of s.rows) typed(sheet.addRow(s.columns.map((c, i) => typedCell(c, row[i] ?? null, language))));
    if (s.totals) {
      const totals = sheet.addRow(
        s.columns.map((c, i) =>
          i === 0
            ? say(REPORT_WORDS.total, language)
            : s.totals![c.key] !== undefined
              ? Number(s.totals![c.key])
              : null,
        ),
      );
      totals.font = { bold: true };
      typed(totals);
    }
    if (!s.rows.length) sheet.addRow([say(REPORT_WORDS.none, language)]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
