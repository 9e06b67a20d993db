import { centsToDecimal, toCents } from '@ta/domain';
import type { Content } from 'pdfmake/interfaces.js';
import type { FigureCell, FigureSection, ReportFigures } from './report-figures.types.js';
import { CHART_TITLES, COLUMN_TITLES, say } from './report-labels.data.js';

type Lang = 'EN' | 'FR' | 'ES';

/** One series of a stacked bar chart: the figure column (or derived part) it draws, and its colour. */
export interface ChartSeries {
  key: string;
  color: string;
}

/** One bar: what it is of, its parts by series (exact strings), and the figure written at its end. */
export interface ChartBar {
  label: string;
  parts: Record<string, string>;
  total: string;
}

/**
 * A stacked bar chart of a report, drawn from its kept figures only: money in exact decimal strings, counts as
 * whole numbers. The PDF draws it with vector shapes, so the same figures give the same bytes.
 */
export interface ReportChart {
  key: string;
  unit: 'money' | 'count';
  series: ChartSeries[];
  bars: ChartBar[];
}

// The web's colours (features/funding/FundingCharts.tsx): paid green, committed blue, the gap red.
const PAID = '#146c43';
const COMMITTED = '#0b4f8a';
const GAP = '#d9534f';
const PLEDGED = '#9ec5fe';
const OTHER = '#adb5bd';

/** Sums of some columns of a section's rows, grouped by one column, in the order the groups first appear. */
function grouped(
  s: FigureSection | undefined,
  by: string,
  label: (row: FigureCell[], column: (key: string) => FigureCell) => string,
  keys: readonly string[],
  unit: 'money' | 'count',
): { label: string; sums: Record<string, string> }[] {
  if (!s) return [];
  const at = (key: string) => s.columns.findIndex((c) => c.key === key);
  const groups = new Map<string, { label: string; sums: Record<string, bigint> }>();
  for (const row of s.rows) {
    const id = String(row[at(by)] ?? '');
    const group =
      groups.get(id) ??
      groups
        .set(id, {
          label: label(row, (k) => row[at(k)] ?? null),
          sums: Object.fromEntries(keys.map((k) => [k, 0n])),
        })
        .get(id)!;
    for (const k of keys) group.sums[k] = group.sums[k]! + amount(row[at(k)], unit);
  }
  return [...groups.values()].map((g) => ({
    label: g.label,
    sums: Object.fromEntries(keys.map((k) => [k, written(g.sums[k]!, unit)])),
  }));
}

const amount = (v: FigureCell | undefined, unit: 'money' | 'count'): bigint => {
  if (v === null || v === undefined || v === '') return 0n;
  return unit === 'money' ? (toCents(String(v)) ?? 0n) : BigInt(v);
};
const written = (n: bigint, unit: 'money' | 'count') => (unit === 'money' ? centsToDecimal(n) : n.toString());
const minus = (a: string, b: string, unit: 'money' | 'count') => written(amount(a, unit) - amount(b, unit), unit);

const find = (figures: ReportFigures, key: string) => figures.sections.find((s) => s.key === key);
const areaLabel = (_: FigureCell[], column: (key: string) => FigureCell) =>
  [column('priorityArea'), column('priorityAreaTitle')].filter(Boolean).join(' ');

/** Paid, committed and the gap, as the web's funding charts stack them, with the cost at the bar's end. */
function fundingChart(key: string, rows: { label: string; sums: Record<string, string> }[]): ReportChart {
  return {
    key,
    unit: 'money',
    series: [
      { key: 'paid', color: PAID },
      { key: 'committed', color: COMMITTED },
      { key: 'gap', color: GAP },
    ],
    bars: rows.map((r) => ({ label: r.label, parts: r.sums, total: r.sums['cost']! })),
  };
}

/** Spent, funded but not yet spent, and the gap: what an area's cost has become, with the cost at the bar's end. */
function moneyByArea(s: FigureSection | undefined): ReportChart {
  const rows = grouped(s, 'priorityArea', areaLabel, ['cost', 'funded', 'spent', 'gap'], 'money');
  return {
    key: 'moneyByArea',
    unit: 'money',
    series: [
      { key: 'spent', color: PAID },
      { key: 'fundedUnspent', color: COMMITTED },
      { key: 'gap', color: GAP },
    ],
    bars: rows.map((r) => ({
      label: r.label,
      parts: { ...r.sums, fundedUnspent: minus(r.sums['funded']!, r.sums['spent']!, 'money') },
      total: r.sums['cost']!,
    })),
  };
}

/** The charts of a report, from its figures (the State profile has none: its tables are lists, not sums). */
export function chartsOf(figures: ReportFigures): ReportChart[] {
  switch (figures.kind) {
    case 'FUNDING_GAPS': {
      const s = find(figures, 'byAreaYear');
      const keys = ['cost', 'paid', 'committed', 'gap'];
      return [
        fundingChart('fundingByArea', grouped(s, 'priorityArea', areaLabel, keys, 'money')),
        fundingChart(
          'fundingByYear',
          grouped(s, 'year', (_, c) => String(c('year') ?? ''), keys, 'money'),
        ),
      ];
    }
    case 'PROGRAMME_PLAN':
      return [moneyByArea(find(figures, 'byArea'))];
    case 'CONFERENCE_REPORT': {
      const stages = ['completed', 'inDelivery', 'planned', 'cancelled'];
      const delivery = grouped(
        find(figures, 'delivery'),
        'priorityArea',
        areaLabel,
        [...stages, 'activities'],
        'count',
      );
      const needs = grouped(find(figures, 'needs'), 'priorityArea', areaLabel, ['received', 'answered'], 'count');
      return [
        {
          key: 'deliveryByArea',
          unit: 'count',
          series: [
            { key: 'completed', color: PAID },
            { key: 'inDelivery', color: COMMITTED },
            { key: 'planned', color: PLEDGED },
            { key: 'cancelled', color: OTHER },
          ],
          bars: delivery.map((r) => ({ label: r.label, parts: r.sums, total: r.sums['activities']! })),
        },
        moneyByArea(find(figures, 'delivery')),
        {
          key: 'needsByArea',
          unit: 'count',
          series: [
            { key: 'answered', color: PAID },
            { key: 'notAnswered', color: GAP },
          ],
          bars: needs.map((r) => ({
            label: r.label,
            parts: { ...r.sums, notAnswered: minus(r.sums['received']!, r.sums['answered']!, 'count') },
            total: r.sums['received']!,
          })),
        },
      ];
    }
    case 'DONOR_STATEMENT': {
      const rows = grouped(
        find(figures, 'allocations'),
        'year',
        (_, c) => String(c('year') ?? ''),
        ['paid', 'committed', 'pledged'],
        'money',
      );
      return [
        {
          key: 'allocationsByYear',
          unit: 'money',
          series: [
            { key: 'paid', color: PAID },
            { key: 'committed', color: COMMITTED },
            { key: 'pledged', color: PLEDGED },
          ],
          bars: rows.map((r) => ({
            label: r.label,
            parts: r.sums,
            total: written(
              ['paid', 'committed', 'pledged'].reduce((n, k) => n + amount(r.sums[k], 'money'), 0n),
              'money',
            ),
          })),
        },
      ];
    }
    default:
      return [];
  }
}

const LABEL_WIDTH = 190;
const BAR_WIDTH = 440;
const VALUE_WIDTH = 90;
const BAR_HEIGHT = 9;

/**
 * A chart as pdfmake content: its title, one row per bar (its label, the stacked parts drawn to one scale, the
 * figure at its end written in the report's language) and a legend. Negative parts (money beyond the cost) are not
 * drawn; the figure says them. A chart with nothing to draw is left out.
 */
export function chartContent(chart: ReportChart, language: Lang, format: (value: string) => string): Content | null {
  const unit = chart.unit;
  const drawn = (b: ChartBar) =>
    chart.series.map((s) => {
      const v = amount(b.parts[s.key], unit);
      return v > 0n ? Number(v) : 0;
    });
  const widest = Math.max(0, ...chart.bars.map((b) => drawn(b).reduce((x, y) => x + y, 0)));
  if (!chart.bars.length || widest === 0) return null;
  const scale = BAR_WIDTH / widest;
  const rows: Content[] = chart.bars.map((b) => {
    let x = 0;
    const rects = drawn(b).flatMap((v, i) => {
      const w = Math.round(v * scale * 100) / 100;
      const at = x;
      x += w;
      return w > 0
        ? [{ type: 'rect' as const, x: at, y: 1, w, h: BAR_HEIGHT, color: chart.series[i]!.color, lineWidth: 0 }]
        : [];
    });
    return {
      columns: [
        { text: b.label, width: LABEL_WIDTH, noWrap: true },
        { canvas: rects, width: BAR_WIDTH },
        { text: format(b.total), width: VALUE_WIDTH, alignment: 'right' },
      ],
      columnGap: 6,
      margin: [0, 1, 0, 1],
    } as Content;
  });
  const legend: Content = {
    columns: chart.series.map((s) => ({
      width: 'auto',
      columns: [
        { canvas: [{ type: 'rect', x: 0, y: 1, w: 7, h: 7, color: s.color, lineWidth: 0 }], width: 9 },
        { text: say(CHART_TITLES[s.key] ?? COLUMN_TITLES[s.key], language, s.key), width: 'auto' },
      ],
    })),
    columnGap: 14,
    margin: [LABEL_WIDTH + 6, 3, 0, 0],
  };
  return {
    stack: [{ text: say(CHART_TITLES[chart.key], language, chart.key), style: 'section' }, ...rows, legend],
    unbreakable: true,
    margin: [0, 0, 0, 8],
  };
}
