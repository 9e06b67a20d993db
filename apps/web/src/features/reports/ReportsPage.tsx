import { useMutation, useQuery } from '@apollo/client/react';
import type { MyReportsQuery, ReportKind } from '@ta/graphql-types/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportKinds } from '../../app/access';
import type { SignedInUser } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDateTime } from '../../format';
import { problemMessages, apiProblems } from '../../graphql/errors';
import { jobStatus, pollIntervalFor, progressPercent } from './reports';
import { myReportsQuery, requestReportMutation } from './reports.graphql';
import { CardTable } from '../../components/CardTable';

type Report = MyReportsQuery['myReports'][number];

/** Reports made in the background: ask for one, watch it progress, download it once ready. */
export function ReportsPage({ user }: { user: SignedInUser }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<ReportKind | null>(null);
  const [requested, setRequested] = useState<string | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [pollInterval, setPollInterval] = useState(0);
  // Polls only while a report of one's own is waiting or being made; the answer says when to stop.
  const { data, loading, error, refetch } = useQuery(myReportsQuery, {
    pollInterval,
    notifyOnNetworkStatusChange: false,
  });
  const reports = data?.myReports;
  const wanted = pollIntervalFor(reports);
  if (reports && wanted !== pollInterval) setPollInterval(wanted);

  const [requestReport] = useMutation(requestReportMutation, {
    // The new report heads the list at once, and the list polls until it is done.
    update(cache, { data: answer }) {
      const report = answer?.requestReport;
      if (!report) return;
      cache.updateQuery({ query: myReportsQuery }, (current) =>
        current ? { myReports: [report, ...current.myReports.filter((r) => r.id !== report.id)] } : current,
      );
    },
  });

  const ask = async (kind: ReportKind): Promise<void> => {
    setAsking(kind);
    setRequestError(null);
    setRequested(null);
    try {
      const result = await requestReport({ variables: { kind } });
      setRequested(result.data?.requestReport.id ?? null);
      if (!reports) void refetch();
    } catch (e) {
      setRequestError(problemMessages(apiProblems(e)));
    } finally {
      setAsking(null);
    }
  };

  return (
    <section className="page" aria-labelledby="reports-title" data-testid="reports-page">
      <div className="page__head">
        <div>
          <h1 id="reports-title">{t('reports.title')}</h1>
          <p className="page__intro">{t('reports.intro')}</p>
        </div>
      </div>

      <section className="card" aria-labelledby="reports-ask-title">
        <h2 id="reports-ask-title">{t('reports.askTitle')}</h2>
        <div className="report-kinds" data-testid="report-kinds">
          {reportKinds(user.can).map((kind) => (
            <div key={kind} className="report-kind" data-testid="report-kind" data-kind={kind}>
              <div>
                <h3>{t(`reports.kinds.${kind}`)}</h3>
                <p className="muted">{t(`reports.kindHelp.${kind}`)}</p>
              </div>
              <button
                type="button"
                className="button button--primary"
                disabled={asking !== null}
                onClick={() => void ask(kind)}
                data-testid={`report-request-${kind}`}
              >
                {asking === kind ? t('reports.asking') : t('reports.ask')}
              </button>
            </div>
          ))}
        </div>
      </section>

      {requestError && (
        <Notice tone="error" onDismiss={() => setRequestError(null)} testId="report-request-error">
          <p>{t('reports.requestError', { message: requestError })}</p>
        </Notice>
      )}
      {requested && (
        <Notice
          tone="success"
          onDismiss={() => setRequested(null)}
          testId="report-requested"
          data={{ 'data-report-id': requested }}
        >
          <p>{t('reports.requested')}</p>
        </Notice>
      )}

      <section className="card" aria-labelledby="reports-mine-title">
        <div className="section-head">
          <h2 id="reports-mine-title">{t('reports.mine')}</h2>
          {pollInterval > 0 && (
            <span className="muted" role="status" data-testid="reports-polling">
              {t('reports.updating')}
            </span>
          )}
        </div>
        {error && !reports && <LoadError error={error} onRetry={() => void refetch()} />}
        {!reports && loading && <Loading />}
        {reports && reports.length === 0 && (
          <p className="muted" data-testid="reports-empty">
            {t('reports.none')}
          </p>
        )}
        {reports && reports.length > 0 && <ReportsTable reports={reports} />}
      </section>
    </section>
  );
}

function ReportsTable({ reports }: { reports: readonly Report[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <CardTable className="mini-table" data-testid="reports-table" data-count={reports.length}>
      <thead>
        <tr>
          <th scope="col">{t('reports.report')}</th>
          <th scope="col">{t('reports.asked')}</th>
          <th scope="col">{t('reports.status')}</th>
          <th scope="col">{t('reports.progress')}</th>
          <th scope="col">{t('reports.file')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => {
          const status = jobStatus(report.status);
          return (
            <tr
              key={report.id}
              data-testid="report-row"
              data-id={report.id}
              data-kind={report.kind}
              data-status={status}
            >
              <td>{t(`reports.kinds.${report.kind}`)}</td>
              <td>
                <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, lang)}</time>
              </td>
              <td data-testid="report-status">{t(`reports.statuses.${status}`)}</td>
              <td>
                <ProgressBar value={progressPercent(report)} status={status} testId="report-progress" />
              </td>
              <td>
                {status === 'DONE' && report.downloadUrl && (
                  <>
                    <a
                      className="button button--secondary button--small"
                      href={report.downloadUrl}
                      download={report.fileName ?? true}
                      aria-label={t('reports.downloadLabel', { file: report.fileName ?? '' })}
                      data-testid="report-download"
                    >
                      {t('reports.download')}
                    </a>{' '}
                    {report.rows !== null && <span className="muted">{t('reports.rows', { count: report.rows })}</span>}
                  </>
                )}
                {status === 'FAILED' && (
                  <span className="field-error" data-testid="report-error">
                    {t('reports.failed', { error: report.error ?? '' })}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </CardTable>
  );
}
