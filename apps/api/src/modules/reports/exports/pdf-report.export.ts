import type { Alignment, Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { chartContent, chartsOf } from './report-charts.export.js';
import { PDF, PDF_FONT, renderPdf } from '../../../infra/pdf/pdf.js';
import type { FigureCell, FigureColumn, ReportFigures } from './report-figures.types.js';
import { CODE_WORDS, COLUMN_TITLES, REPORT_TITLES, REPORT_WORDS, SECTION_TITLES, say } from './report-labels.data.js';

export { PDF };

type Lang = 'EN' | 'FR' | 'ES';

const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  EN: { group: ',', decimal: '.' },
  FR: { group: '\u202f', decimal: ',' },
  ES: { group: '.', decimal: ',' },
};

/** An exact decimal string written in the language's way ("1,234.50", "1 234,50", "1.234,50"), never via a float. */
export function formatDecimal(value: string, language: Lang, decimals: number | null = 2): string {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const { group, decimal } = SEPARATORS[language];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = decimals === null ? fraction.replace(/0+$/, '') : fraction.padEnd(decimals, '0').slice(0, decimals);
  return `${negative ? '-' : ''}${grouped}${frac ? decimal + frac : ''}`;
}

/** A calendar date in the language's way (EN 2010-05-01, FR and ES 01/05/2010). */
export function formatDate(value: string, language: Lang): string {
  const [y, m, d] = value.slice(0, 10).split('-');
  return language === 'EN' ? `${y}-${m}-${d}` : `${d}/${m}/${y}`;
}

function cellText(column: FigureColumn, value: FigureCell, language: Lang): string {
  if (value === null || value === undefined || value === '') return '';
  switch (column.type) {
    case 'money':
      return formatDecimal(String(value), language);
    case 'decimal':
      return formatDecimal(String(value), language, null);
    case 'int':
      return formatDecimal(String(value), language, 0);
    case 'year':
      return String(value);
    case 'date':
      return formatDate(String(value), language);
    case 'code':
      return say(CODE_WORDS[column.key]?.[String(value)], language, String(value));
    default:
      return String(value);
  }
}

const align = (c: FigureColumn): Alignment => (numeric(c) ? 'right' : 'left');
const numeric = (c: FigureColumn) =>
  c.type === 'money' || c.type === 'decimal' || c.type === 'int' || c.type === 'year';

/**
 * The PDF of a report's figures: its title, whom it is about and the moment its figures were read, then a table
 * per section with its totals row (after the report's charts, `report-charts.export.ts`), amounts and dates written in the report's language, and "Page n of m" at the
 * foot of each page. Rendered from the kept figures alone.
 */
export function pdfOfFigures(figures: ReportFigures): Promise<Buffer> {
  const language = figures.language;
  const asAt = figures.asAt;
  const asAtText = `${say(REPORT_WORDS.asAt, language)} ${formatDate(asAt, language)} ${asAt.slice(11, 16)} UTC`;
  const title = say(REPORT_TITLES[figures.kind], language, figures.kind);
  const content: Content[] = [
    { text: title, style: 'title' },
    ...(figures.subject ? [{ text: figures.subject, style: 'subject' }] : []),
    { text: asAtText, margin: [0, 0, 0, 2] },
    { text: say(REPORT_WORDS.currency, language), italics: true, margin: [0, 0, 0, 8] },
  ];
  // The charts first, as the web shows them above its tables, drawn from the same kept figures.
  for (const chart of chartsOf(figures)) {
    const drawn = chartContent(chart, language, (v) => formatDecimal(v, language, chart.unit === 'money' ? 2 : 0));
    if (drawn) content.push(drawn);
  }
  for (const s of figures.sections) {
    content.push({ text: say(SECTION_TITLES[s.key], language, s.key), style: 'section' });
    if (!s.rows.length) {
      content.push({ text: say(REPORT_WORDS.none, language), italics: true, margin: [0, 0, 0, 6] });
      continue;
    }
    const header: TableCell[] = s.columns.map((c) => ({
      text: say(COLUMN_TITLES[c.key], language, c.key),
      bold: true,
      alignment: align(c),
    }));
    const body: TableCell[][] = [
      header,
      ...s.rows.map((row) =>
        s.columns.map((c, i) => ({
          text: cellText(c, row[i] ?? null, language),
          alignment: align(c),
        })),
      ),
    ];
    if (s.totals) {
      body.push(
        s.columns.map((c, i) => ({
          text:
            i === 0
              ? say(REPORT_WORDS.total, language)
              : s.totals![c.key] !== undefined
                ? cellText(c, s.totals![c.key]!, language)
                : '',
          bold: true,
          alignment: i > 0 ? align(c) : 'left',
        })),
      );
    }
    content.push({
      table: {
        headerRows: 1,
        widths: s.columns.map((c) => (c.type === 'text' ? '*' : 'auto')),
        body,
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 10],
    });
  }
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [30, 30, 30, 40],
    info: { title, creationDate: new Date(asAt), modDate: new Date(asAt) },
    defaultStyle: { font: PDF_FONT, fontSize: 7 },
    styles: {
      title: { fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
      subject: { fontSize: 11, margin: [0, 0, 0, 4] },
      section: { fontSize: 10, bold: true, margin: [0, 6, 0, 4] },
    },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${title} — ${asAtText}`, margin: [30, 10, 0, 0] },
        {
          text: `${say(REPORT_WORDS.page, language)} ${page} ${say(REPORT_WORDS.of, language)} ${pages}`,
          alignment: 'right',
          margin: [0, 10, 30, 0],
        },
      ],
      fontSize: 7,
    }),
    content,
  };
  return renderPdf(doc);
}
