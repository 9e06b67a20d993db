import { OPEN_STATUSES, type AssistanceKind, type RequestStatus } from '@ta/domain';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { chartNumber, formatMoney } from '../../money';
import '../charts/register';
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
}

/** Open statuses, from the first step of the workflow to delivery: light to dark. */
const STATUS_COLORS: Readonly<Record<string, string>> = {
  RECEIVED: '#c6dbef',
  UNDER_REVIEW: '#9ecae1',
  ACCEPTED: '#4292c6',
  PLANNED: '#2171b5',
  IN_DELIVERY: '#08306b',
};

/** The dashboard's charts. Loaded on demand with Chart.js, as on the funding page. */
export function DashboardCharts({ byAreaStatus, byKind, byRegion, costByYear, gapsByYear }: DashboardChartsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="two-columns">
        <AreaStatusChart rows={byAreaStatus} />
        <CountChart
          title={t('dashboard.byKind')}
          testId="chart-by-kind"
          horizontal
          bars={[...byKind]
            .sort((a, b) => b.count - a.count)
            .map((r) => ({ label: r.kind ? t(`kinds.${r.kind}`) : '?', count: r.count, key: r.kind ?? '' }))}
        />
        {byRegion && (
          <CountChart
            title={t('dashboard.byRegion')}
            testId="chart-by-region"
            bars={byRegion.map((r) => ({
              label: r.region ? t(`regions.${r.region as 'Africa'}`, { defaultValue: r.region }) : '?',
              count: r.count,
              key: r.region ?? '',
            }))}
          />
        )}
      </div>
      <div className="two-columns">
        <CostChart years={costByYear} />
        <GapsChart title={t('dashboard.gapByYear')} bars={gapsByYear} testId="chart-gap-by-year" />
      </div>
    </>
  );
}

/** Open requests by priority area, each bar stacked by where the requests stand in the workflow. */
function AreaStatusChart({ rows }: { rows: readonly AreaStatusCount[] }) {
  const { t } = useTranslation();
  const areas = [
    ...new Map(rows.filter((r) => r.priorityArea).map((r) => [r.priorityArea!.code, r.priorityArea!.title])).entries(),
  ].sort(([a], [b]) => a.localeCompare(b));
  const countOf = (code: string, status: RequestStatus): number =>
    rows.filter((r) => r.priorityArea?.code === code && r.status === status).reduce((sum, r) => sum + r.count, 0);
  const title = t('dashboard.byAreaStatus');
  return (
    <figure className="chart-card" data-testid="chart-by-area-status">
      <figcaption>{title}</figcaption>
      <div className="chart">
        <Bar
          role="img"
          aria-label={t('dashboard.chartLabel', { title })}
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
      </div>
    </figure>
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
  horizontal = false,
}: {
  title: string;
  bars: CountBar[];
  testId: string;
  horizontal?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <figure className="chart-card" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="chart">
        <Bar
          role="img"
          aria-label={t('dashboard.chartLabel', { title })}
          data={{
            labels: bars.map((b) => b.label),
            datasets: [
              { label: t('dashboard.openRequests'), data: bars.map((b) => b.count), backgroundColor: '#2171b5' },
            ],
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
      </div>
    </figure>
  );
}

/** The programme's cost per year (revised lines replacing original ones); the exact figure in the tooltip. */
function CostChart({ years }: { years: ReadonlyArray<{ year: number; amount: string }> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const title = t('dashboard.costByYear');
  return (
    <figure className="chart-card" data-testid="chart-cost-by-year">
      <figcaption>{title}</figcaption>
      <div className="chart">
        <Bar
          role="img"
          aria-label={t('dashboard.chartLabel', { title })}
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
      </div>
    </figure>
  );
}
