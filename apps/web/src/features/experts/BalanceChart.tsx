import type { ExpertBalanceQuery } from '@ta/graphql-types/graphql';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import '../charts/register';

type Balance = ExpertBalanceQuery['expertBalance'];
type LegalBalance = ExpertBalanceQuery['expertLegalSystemBalance'];

/** Each region's share of the experts against its share of UN Member States (para. 46). Loaded on demand. */
export function BalanceChart({
  balance,
  describedBy,
  onRegion,
  withChoice = false,
}: {
  balance: Balance;
  /** Show a third bar: each region's share with the chosen experts added. */
  withChoice?: boolean;
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
            ...(withChoice
              ? [
                  {
                    label: t('experts.shareWithChoice'),
                    data: balance.map((b) => b.expertShareWithChoice * 100),
                    backgroundColor: '#c05a00',
                  },
                ]
              : []),
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

/** The advisory group's experts by legal system (para. 46, footnote 18), and with the chosen experts added. */
export function LegalSystemChart({
  balance,
  describedBy,
  withChoice,
}: {
  balance: LegalBalance;
  describedBy: string;
  withChoice: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="chart" data-testid="legal-balance-chart">
      <Bar
        aria-label={t('experts.legalBalanceChartLabel')}
        role="img"
        aria-describedby={describedBy}
        data={{
          labels: balance.map((b) => t(`legalSystems.${b.legalSystem}`)),
          datasets: [
            { label: t('experts.experts'), data: balance.map((b) => b.experts), backgroundColor: '#0b4f8a' },
            ...(withChoice
              ? [
                  {
                    label: t('experts.expertsWithChoice'),
                    data: balance.map((b) => b.expertsWithChoice),
                    backgroundColor: '#c05a00',
                  },
                ]
              : []),
          ],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        }}
      />
    </div>
  );
}
