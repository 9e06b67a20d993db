import { useTranslation } from 'react-i18next';
import { chartNumber, formatMoney } from '../../money';
import { ChartFigure } from '../charts/ChartFigure';
import { stackedMoneyBarOptions } from '../charts/money-bars';

export interface WhatIfBar {
  key: string;
  label: string;
  gapBefore: string;
  covered: string;
  gapAfter: string;
}

/**
 * The gap by year before and after a prospective pledge: each bar is the gap before, in two parts, what the
 * pledge would cover and what would still be missing. Redrawn as the donor types (the panel debounces); the
 * figures are the API's, in the table; a bar (or a row) opens that year's figures below.
 */
export function WhatIfChart({ bars, onOpen }: { bars: WhatIfBar[]; onOpen: (key: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const title = t('funding.whatIf.chartTitle');
  const series = [
    { key: 'covered', label: t('funding.whatIf.covered'), color: '#146c43' },
    { key: 'gapAfter', label: t('funding.whatIf.gapAfter'), color: '#d9534f' },
  ] as const;
  const columns = ['gapBefore', 'covered', 'gapAfter'] as const;
  return (
    <ChartFigure
      title={title}
      testId="what-if-chart"
      label={t('funding.whatIf.chartLabel')}
      onOpen={onOpen}
      bare
      table={{
        category: t('charts.year'),
        series: columns.map((c) => t(`funding.whatIf.${c}`)),
        rows: bars.map((b) => ({
          key: b.key,
          label: b.label,
          values: columns.map((c) => formatMoney(b[c], lang, 'USD')),
        })),
      }}
      data={{
        labels: bars.map((b) => b.label),
        datasets: series.map((s) => ({
          label: s.label,
          data: bars.map((b) => chartNumber(b[s.key])),
          backgroundColor: s.color,
          stack: 'gap',
        })),
      }}
      options={stackedMoneyBarOptions(lang, (datasetIndex, dataIndex) =>
        formatMoney(bars[dataIndex]?.[series[datasetIndex]?.key ?? 'gapAfter'] ?? '0', lang, 'USD'),
      )}
    />
  );
}
