import type { ExpertBalanceQuery } from '@ta/graphql-types/graphql';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import '../charts/register';

type Balance = ExpertBalanceQuery['expertBalance'];

/** Each region's share of the experts against its share of UN Member States (para. 46). Loaded on demand. */
export function BalanceChart({
  balance,
  describedBy,
  onRegion,
}: {
  balance: Balance;
  /** The table with the same figures. */
  describedBy: string;
  onRegion: (region: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { style: 'percent', maximumFractionDigits: 1 });
  const label = (region: string): string => t(`regions.${region as 'Africa'}`, { defaultValue: region });
  return (
    <div className="chart" data-testid="balance-chart">
      <Bar
        aria-label={t('experts.balanceChartLabel')}
        role="img"
        aria-describedby={describedBy}
        data={{
          labels: balance.map((b) => label(b.region)),
          datasets: [
            {
              label: t('experts.expertShare'),
              data: balance.map((b) => b.expertShare * 100),
              backgroundColor: '#0b4f8a',
            },
            {
              label: t('experts.stateShare'),
              data: balance.map((b) => b.stateShare * 100),
              backgroundColor: '#9bb7d4',
            },
          ],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          onClick: (_event, elements) => {
            const region = balance[elements[0]?.index ?? -1]?.region;
            if (region) onRegion(region);
          },
          onHover: (event, elements) => {
            const canvas = event.native?.target;
            if (canvas instanceof HTMLElement) canvas.style.cursor = elements.length ? 'pointer' : 'default';
          },
          scales: { y: { beginAtZero: true, ticks: { callback: (value) => percent.format(Number(value) / 100) } } },
          plugins: {
            tooltip: {
              callbacks: { label: (item) => `${item.dataset.label}: ${percent.format(Number(item.raw) / 100)}` },
            },
          },
        }}
      />
    </div>
  );
}
