import { useTranslation } from 'react-i18next';
import { chartNumber, formatMoney } from '../../money';
import { ChartFigure } from '../charts/ChartFigure';
import { stackedMoneyBarOptions } from '../charts/money-bars';

export interface GapBar {
  /** What the bar's row leads to (an area's code, a year). */
  key?: string;
  label: string;
  /** Shown in the chart's table when given (the bars draw its parts). */
  cost?: string;
  paid: string;
  committed: string;
  gap: string;
  pledged: string;
}

/**
 * Gaps by priority area (a bar opens the area's activities), by year and by the region of the beneficiaries
 * (an activity for several regions counts in each for its share). Loaded on demand with Chart.js.
 */
export function FundingCharts({
  byArea,
  byYear,
  byRegion,
  onArea,
}: {
  byArea: GapBar[];
  byYear: GapBar[];
  byRegion: GapBar[];
  onArea: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="two-columns">
        <GapsChart
          title={t('funding.byArea')}
          bars={byArea}
          testId="chart-by-area"
          category={t('columns.priorityArea')}
          onOpen={onArea}
        />
        <GapsChart title={t('funding.byYear')} bars={byYear} testId="chart-by-year" category={t('charts.year')} />
      </div>
      <GapsChart
        title={t('funding.byRegion')}
        bars={byRegion}
        testId="chart-by-region"
        category={t('funding.region')}
      />
    </>
  );
}

/**
 * Stacked bars: paid, committed and the gap make up the cost; pledges are drawn apart, as an outline beside
 * them, because a pledge is not money in hand. Bar heights are for drawing only; the figures are the API's.
 * The dashboard draws the gaps by year with it too.
 */
export function GapsChart({
  title,
  bars,
  testId,
  category,
  onOpen,
}: {
  title: string;
  bars: GapBar[];
  testId: string;
  category: string;
  onOpen?: (key: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const raw = (key: 'paid' | 'committed' | 'gap' | 'pledged') => bars.map((b) => b[key]);
  const series = [
    { key: 'paid', label: t('funding.paid'), color: '#146c43' },
    { key: 'committed', label: t('funding.committed'), color: '#0b4f8a' },
    { key: 'gap', label: t('funding.gap'), color: '#d9534f' },
  ] as const;
  const columns = ['cost', 'pledged', 'committed', 'paid', 'gap'] as const;
  return (
    <ChartFigure
      title={title}
      testId={testId}
      label={t('funding.chartLabel', { title })}
      onOpen={onOpen}
      table={{
        category,
        series: columns.map((c) => t(`funding.${c}`)),
        rows: bars.map((b) => ({
          key: b.key ?? b.label,
          label: b.label,
          values: columns.map((c) => {
            const value = b[c];
            return value === undefined ? '—' : formatMoney(value, lang, 'USD');
          }),
        })),
      }}
      data={{
        labels: bars.map((b) => b.label),
        datasets: [
          ...series.map((s) => ({
            label: s.label,
            data: raw(s.key).map(chartNumber),
            backgroundColor: s.color,
            stack: 'funds',
          })),
          {
            label: t('funding.pledged'),
            data: raw('pledged').map(chartNumber),
            backgroundColor: 'rgba(138, 83, 0, 0.08)',
            borderColor: '#8a5300',
            borderWidth: 2,
            stack: 'pledged',
          },
        ],
      }}
      options={stackedMoneyBarOptions(lang, (datasetIndex, dataIndex) => {
        // The datasets' order: paid, committed and gap stacked, then the pledged outline.
        const key = (['paid', 'committed', 'gap', 'pledged'] as const)[datasetIndex] ?? 'gap';
        return formatMoney(bars[dataIndex]?.[key] ?? '0', lang, 'USD');
      })}
    />
  );
}
