import type { ChartOptions } from 'chart.js';

/**
 * Chart.js options for stacked bars of money: compact ticks in the reader's language, and in each tooltip the
 * exact figure from the API (`exact(datasetIndex, dataIndex)`), not the float used to draw the bar.
 */
export function stackedMoneyBarOptions(
  lang: string,
  exact: (datasetIndex: number, dataIndex: number) => string,
): ChartOptions<'bar'> {
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: {
      x: { stacked: true },
      y: { stacked: true, beginAtZero: true, ticks: { callback: (value) => compact.format(Number(value)) } },
    },
    plugins: {
      tooltip: {
        callbacks: {
          label: (item) => `${item.dataset.label}: ${exact(item.datasetIndex, item.dataIndex)}`,
        },
      },
    },
  };
}
