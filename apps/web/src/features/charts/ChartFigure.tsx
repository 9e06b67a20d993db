import type { ChartData, ChartOptions } from 'chart.js';
import { useId, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import './register';

/** The figures a chart draws, as a table: one row per bar, one column per series, already formatted. */
export interface ChartTable {
  /** What each bar is (its column heading). */
  category: string;
  series: readonly string[];
  rows: ReadonlyArray<{ key: string; label: string; values: readonly string[] }>;
}

interface ChartFigureProps {
  title: string;
  testId: string;
  /** The canvas's short description ("Bar chart: …"); the figures themselves are in the table. */
  label: string;
  data: ChartData<'bar'>;
  options: ChartOptions<'bar'>;
  table: ChartTable;
  /** Opens what a bar stands for (e.g. the requests of that priority area), by its row's key. */
  onOpen?: (key: string) => void;
  /** Without a frame of its own (inside a card that has its heading). */
  bare?: boolean;
}

/**
 * A bar chart with its figures as a table: described by it for screen readers (visually hidden), shown on
 * request for everyone, and a click on a bar — or on a row of the shown table — opens what it stands for.
 */
export function ChartFigure({ title, testId, label, data, options, table, onOpen, bare = false }: ChartFigureProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const tableId = useId();
  const keys = table.rows.map((r) => r.key);
  const clickable: ChartOptions<'bar'> = onOpen
    ? {
        onClick: (_event, elements) => {
          const key = keys[elements[0]?.index ?? -1];
          if (key) onOpen(key);
        },
        onHover: (event, elements) => {
          const canvas = event.native?.target;
          if (canvas instanceof HTMLElement) canvas.style.cursor = elements.length ? 'pointer' : 'default';
        },
      }
    : {};
  return (
    <figure className={bare ? 'chart-figure' : 'chart-card chart-figure'} data-testid={testId}>
      <div className="chart-figure__head">
        <figcaption>{title}</figcaption>
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={shown}
          aria-controls={tableId}
          onClick={() => setShown((s) => !s)}
          data-testid="chart-table-toggle"
        >
          {shown ? t('charts.hideTable') : t('charts.showTable')}
        </button>
      </div>
      <div className="chart">
        <Bar
          role="img"
          aria-label={label}
          aria-describedby={tableId}
          data={data}
          options={{ ...options, ...clickable }}
          data-testid="chart-canvas"
        />
      </div>
      {onOpen && <p className="chart-figure__hint">{t('charts.drillHint')}</p>}
      <div className={shown ? 'table-wrap chart-figure__table' : 'visually-hidden'}>
        <table id={tableId} className="mini-table" data-testid="chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{table.category}</th>
              {table.series.map((s) => (
                <th key={s} scope="col" className="cell-amount">
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={row.key || `row-${index}`} data-key={row.key}>
                <th scope="row">
                  {/* Offered only when shown: a hidden table must not hold invisible tab stops. */}
                  {onOpen && shown && row.key ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onOpen(row.key)}
                      data-testid="chart-row-open"
                    >
                      {row.label}
                    </button>
                  ) : (
                    row.label
                  )}
                </th>
                {row.values.map((value, index) => (
                  <td key={index} className="cell-amount">
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
