import type { MyReportsQuery } from '@ta/graphql-types/graphql';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format';
import { useQuery } from '../../graphql/hooks';
import { formatDecimal } from '../../money';
import { comparedPair } from './reports';
import { compareReportsQuery } from './reports.graphql';

type Report = MyReportsQuery['myReports'][number];

/**
 * Two snapshots of the same report side by side (compareReports): every figure of cost, money, counts and results
 * that differs between the earlier and the later, by section, row and column, as the API compared them.
 */
export function ReportComparison({ picked, reports }: { picked: readonly string[]; reports: readonly Report[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const pair = comparedPair(picked, reports);
  const ready = typeof pair === 'object';
  const { data, loading, error, refetch } = useQuery(compareReportsQuery, {
    variables: ready ? { a: pair.a.id, b: pair.b.id } : { a: '', b: '' },
    skip: !ready,
  });
  if (!ready) {
    return (
      <p className="muted" data-testid="report-compare-hint" data-reason={pair}>
        {pair === 'NOT_SAME_REPORT' ? t('reports.compare.sameKind') : t('reports.compare.pickTwo')}
      </p>
    );
  }
  const figure = (v: string | null) => (v === null ? '—' : formatDecimal(v, lang, 0));
  const changes = data?.compareReports;
  return (
    <section aria-labelledby="report-compare-title" data-testid="report-compare">
      <h3 id="report-compare-title">
        {t('reports.compare.title', {
          report: t(`reports.kinds.${pair.a.kind}`),
          before: formatDateTime(pair.a.asAt, lang),
          after: formatDateTime(pair.b.asAt, lang),
        })}
      </h3>
      {error && !changes && <LoadError error={error} onRetry={() => void refetch()} />}
      {!changes && loading && <Loading />}
      {changes && changes.length === 0 && (
        <p className="muted" data-testid="report-compare-none">
          {t('reports.compare.none')}
        </p>
      )}
      {changes && changes.length > 0 && (
        <CardTable className="mini-table" data-testid="report-compare-table" data-count={changes.length}>
          <thead>
            <tr>
              <th scope="col">{t('reports.compare.section')}</th>
              <th scope="col">{t('reports.compare.row')}</th>
              <th scope="col">{t('reports.compare.figure')}</th>
              <th scope="col">{t('reports.compare.before')}</th>
              <th scope="col">{t('reports.compare.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr
                key={`${c.section}/${c.row}/${c.column}`}
                data-testid="report-change"
                data-section={c.section}
                data-row={c.row}
                data-column={c.column}
              >
                <td>{c.sectionTitle}</td>
                <td>{c.row === 'TOTAL' ? t('reports.compare.total') : c.row}</td>
                <td>{c.columnTitle}</td>
                <td className="cell-amount" data-testid="report-change-before">
                  {figure(c.before)}
                </td>
                <td className="cell-amount" data-testid="report-change-after">
                  {figure(c.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </CardTable>
      )}
    </section>
  );
}
