import { pdfOfFigures } from './pdf-report.export.js';
import { chartContent, chartsOf } from './report-charts.export.js';
import { section, type ReportFigures } from './report-figures.types.js';

const money = (key: string) => ({ key, type: 'money' as const, total: true });
const count = (key: string) => ({ key, type: 'int' as const, total: true });

const gapFigures: ReportFigures = {
  version: 1,
  kind: 'FUNDING_GAPS',
  language: 'FR',
  asAt: '2026-11-30T10:15:00.000Z',
  subject: null,
  sections: [
    section(
      'byAreaYear',
      [
        { key: 'priorityArea', type: 'code' },
        { key: 'priorityAreaTitle', type: 'text' },
        { key: 'year', type: 'year' },
        money('cost'),
        money('pledged'),
        money('committed'),
        money('paid'),
        money('spent'),
        money('gap'),
      ],
      [
        ['A', 'Ratification', 2010, '100.10', '0.00', '20.05', '30.00', '10.00', '50.05'],
        ['A', 'Ratification', 2011, '200.00', '0.00', '0.00', '0.00', '0.00', '200.00'],
        ['B', 'Legislation', 2010, '0.20', '0.00', '0.00', '0.30', '0.00', '-0.10'],
      ],
    ),
  ],
};

describe('the charts of a PDF report', () => {
  it('sums the funding gaps by area and by year exactly, as the web stacks them (paid, committed, gap)', () => {
    const [byArea, byYear] = chartsOf(gapFigures);
    expect(byArea!.series.map((s) => s.key)).toEqual(['paid', 'committed', 'gap']);
    expect(byArea!.bars).toEqual([
      {
        label: 'A Ratification',
        total: '300.10',
        parts: { cost: '300.10', paid: '30.00', committed: '20.05', gap: '250.05' },
      },
      { label: 'B Legislation', total: '0.20', parts: { cost: '0.20', paid: '0.30', committed: '0.00', gap: '-0.10' } },
    ]);
    expect(byYear!.bars.map((b) => [b.label, b.total, b.parts['gap']])).toEqual([
      ['2010', '100.30', '49.95'],
      ['2011', '200.00', '200.00'],
    ]);
  });

  it('counts the report to the Conference’s activities by delivery status, and needs not yet answered', () => {
    const charts = chartsOf({
      ...gapFigures,
      kind: 'CONFERENCE_REPORT',
      sections: [
        section(
          'needs',
          [
            { key: 'priorityArea', type: 'code' },
            { key: 'priorityAreaTitle', type: 'text' },
            count('received'),
            count('answered'),
          ],
          [['C', 'Reporting', 7, 5]],
        ),
      ],
    });
    expect(charts.map((c) => c.key)).toEqual(['deliveryByArea', 'moneyByArea', 'needsByArea']);
    expect(charts[2]!.bars).toEqual([
      { label: 'C Reporting', total: '7', parts: { received: '7', answered: '5', notAnswered: '2' } },
    ]);
    // Nothing to draw (no delivery section): no chart in the file.
    expect(chartContent(charts[0]!, 'EN', String)).toBeNull();
  });

  it('draws the same bytes from the same figures, the chart with its title and bars', async () => {
    const [a, b] = await Promise.all([pdfOfFigures(gapFigures), pdfOfFigures(gapFigures)]);
    expect(a.equals(b)).toBe(true);
    const drawn = chartContent(chartsOf(gapFigures)[0]!, 'ES', String) as { stack: unknown[] };
    expect(JSON.stringify(drawn.stack[0])).toContain('Financiación por área prioritaria');
    // One bar row per area; the negative gap of B is not drawn.
    const rows = drawn.stack.slice(1, -1) as { columns: { canvas?: { w: number }[] }[] }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.columns[1]!.canvas!.map((r) => r.w)).toEqual([43.99, 29.4, 366.62]);
    expect(rows[1]!.columns[1]!.canvas).toHaveLength(1);
  });
});
