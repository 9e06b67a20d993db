import { OPEN_STATUSES, type AssistanceKind, type RequestStatus } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { navigate, pathOf, withQuery } from '../../app/router';
import { chartNumber, formatMoney } from '../../money';
import { ChartFigure } from '../charts/ChartFigure';
import { GapsChart, type GapBar } from '../funding/FundingCharts';

export interface AreaStatusCount {
  count: number;
  status: RequestStatus | null;
  priorityArea: { code: string; title: string } | null;
}

export interface DashboardChartsProps {
  byAreaStatus: readonly AreaStatusCount[];
  byKind: ReadonlyArray<{ count: number; kind: AssistanceKind | null }>;
  /** For donors, who are not given requests by State: the open requests by UN region instead of the map. */
  byRegion: ReadonlyArray<{ count: number; region: string | null }> | null;
  costByYear: ReadonlyArray<{ year: number; amount: string }>;
  gapsByYear: GapBar[];
  /** Whether a bar of requests may lead to the requests list (those who read requests one by one). */
  opensRequests: boolean;
}

/** A bar of requests leads to the requests list filtered to it. */
const openRequests = (params: Record<string, string>): void =>
  navigate(withQuery(pathOf({ page: 'requests' }), params));

/** Open statuses, from the first step of the workflow to delivery: light to dark. */
const STATUS_COLORS: Readonly<Record<string, string>> = {
  RECEIVED: '#c6dbef',
  UNDER_REVIEW: '#9ecae1',
  ACCEPTED: '#4292c6',
  PLANNED: '#2171b5',
  IN_DELIVERY: '#08306b',
};

/** The dashboard's charts. Loaded on demand with Chart.js, as on the funding page. */
export function DashboardCharts({
  byAreaStatus,
  byKind,
  byRegion,
  costByYear,
  gapsByYear,
  opensRequests,
}: DashboardChartsProps) {
  const { t } = useTranslation();
  const toFunding = (): void => navigate(pathOf({ page: 'funding' }));
  return (
    <>
      <div className="two-columns">
        <AreaStatusChart rows={byAreaStatus} onOpen={opensRequests ? (area) => openRequests({ area }) : undefined} />
        <CountChart
          title={t('dashboard.byKind')}
          testId="chart-by-kind"
          category={t('columns.kind')}
          onOpen={opensRequests ? (kind) => openRequests({ kind }) : undefined}
          horizontal
          bars={[...byKind]
            .sort((a, b) => b.count - a.count)
            .map((r) => ({ label: r.kind ? t(`kinds.${r.kind}`) : '?', count: r.count, key: r.kind ?? '' }))}
        />
        {byRegion && (
          <CountChart
            title={t('dashboard.byRegion')}
            testId="chart-by-region"
            category={t('filters.region')}
            onOpen={opensRequests ? (region) => openRequests({ region }) : undefined}
            bars={byRegion.map((r) => ({
              label: r.region ? t(`regions.${r.region as 'Africa'}`, { defaultValue: r.region }) : '?',
              count: r.count,
              key: r.region ?? '',
            }))}
          />
        )}
      </div>
      <div className="two-columns">
        <CostChart years={costByYear} onOpen={toFunding} />
        <GapsChart
          title={t('dashboard.gapByYear')}
          bars={gapsByYear}
          testId="chart-gap-by-year"
          category={t('charts.year')}
          onOpen={toFunding}
        />
      </div>
    </>
  );
}

/** Open requests by priority area, each bar stacked by where the requests stand in the workflow. */
function AreaStatusChart({ rows, onOpen }: { rows: readonly AreaStatusCount[]; onOpen?: (area: string) => void }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  const areas = [
    ...new Map(rows.filter((r) => r.priorityArea).map((r) => [r.priorityArea!.code, r.priorityArea!.title])).entries(),
  ].sort(([a], [b]) => a.localeCompare(b));
  const countOf = (code: string, status: RequestStatus): number =>
    rows.filter((r) => r.priorityArea?.code === code && r.status === status).reduce((sum, r) => sum + r.count, 0);
  const title = t('dashboard.byAreaStatus');
  return (
    <ChartFigure
      title={title}
      testId="chart-by-area-status"
      label={t('dashboard.chartLabel', { title })}
      onOpen={onOpen}
      table={{
        category: t('columns.priorityArea'),
        series: OPEN_STATUSES.map((status) => t(`statuses.${status}`)),
        rows: areas.map(([code, areaTitle]) => ({
          key: code,
          label: `${code} — ${areaTitle}`,
          values: OPEN_STATUSES.map((status) => number.format(countOf(code, status))),
        })),
      }}
      data={{
        labels: areas.map(([code]) => code),
        datasets: OPEN_STATUSES.map((status) => ({
          label: t(`statuses.${status}`),
          data: areas.map(([code]) => countOf(code, status)),
          backgroundColor: STATUS_COLORS[status] ?? '#6baed6',
          stack: 'requests',
        })),
      }}
      options={{
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: {
          tooltip: {
            callbacks: {
              // "C — Legislative assistance…": the area's title in the reader's language.
              title: (items) => {
                const area = areas[items[0]?.dataIndex ?? -1];
                return area ? `${area[0]} — ${area[1]}` : '';
              },
            },
          },
        },
      }}
    />
  );
}

interface CountBar {
  key: string;
  label: string;
  count: number;
}

/** One series of request counts (by kind, by region). */
function CountChart({
  title,
  bars,
  testId,
  category,
  onOpen,
  horizontal = false,
}: {
  title: string;
  bars: CountBar[];
  testId: string;
  category: string;
  onOpen?: (key: string) => void;
  horizontal?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en');
  return (
    <ChartFigure
      title={title}
      testId={testId}
      label={t('dashboard.chartLabel', { title })}
      onOpen={onOpen}
      table={{
        category,
        series: [t('dashboard.openRequests')],
        // Every bar has its row, in the bars' order (a click finds its row by position); one without a key
        // (an unknown kind or region) is listed but leads nowhere.
        rows: bars.map((b) => ({ key: b.key, label: b.label, values: [number.format(b.count)] })),
      }}
      data={{
        labels: bars.map((b) => b.label),
        datasets: [{ label: t('dashboard.openRequests'), data: bars.map((b) => b.count), backgroundColor: '#2171b5' }],
      }}
      options={{
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: horizontal ? 'y' : 'x',
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { display: false } },
      }}
    />
  );
}

/** The programme's cost per year (revised lines replacing original ones); the exact figure in the tooltip. */
function CostChart({
  years,
  onOpen,
}: {
  years: ReadonlyArray<{ year: number; amount: string }>;
  onOpen: (year: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const title = t('dashboard.costByYear');
  return (
    <ChartFigure
      title={title}
      testId="chart-cost-by-year"
      label={t('dashboard.chartLabel', { title })}
      onOpen={onOpen}
      table={{
        category: t('charts.year'),
        series: [t('funding.cost')],
        rows: years.map((y) => ({
          key: String(y.year),
          label: String(y.year),
          values: [formatMoney(y.amount, lang, 'USD')],
        })),
      }}
      data={{
        labels: years.map((y) => String(y.year)),
        datasets: [
          { label: t('funding.cost'), data: years.map((y) => chartNumber(y.amount)), backgroundColor: '#0b4f8a' },
        ],
      }}
      options={{
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => compact.format(Number(value)) } } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) =>
                `${item.dataset.label}: ${formatMoney(years[item.dataIndex]?.amount ?? '0', lang, 'USD')}`,
            },
          },
        },
      }}
    />
  );
}
