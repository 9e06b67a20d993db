import { useMutation, useQuery } from '../../graphql/hooks';
import type { MyReportsQuery, ReportFormat, ReportKind } from '@ta/graphql-types/graphql';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_FORMATS, reportKinds } from '../../app/access';
import type { SignedInUser } from '../../app/session';
import { FormField } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { ProgressBar } from '../../components/ProgressBar';
import { formatDateTime } from '../../format';
import { problemMessages, apiProblems } from '../../graphql/errors';
import { useLive } from '../../graphql/live';
import { apiLanguage } from '../../i18n';
import { useSubmissionKey } from '../../offline/drafts';
import { useReferenceData } from '../reference/use-reference-data';
import { reportOptionsInput, validateReportOptions, type ReportOptionValues } from './report-options';
import { isComparable, isFinished, jobStatus, pollIntervalFor, progressPercent, togglePick } from './reports';
import { ReportComparison } from './ReportComparison';
import {
  myReportsQuery,
  reportDonorsQuery,
  reportProgressSubscription,
  requestReportMutation,
} from './reports.graphql';
import { CardTable } from '../../components/CardTable';

type Report = MyReportsQuery['myReports'][number];

/** Reports made in the background: ask for one, watch it progress, download it once ready. */
export function ReportsPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { priorityAreas, states } = useReferenceData();
  const [formats, setFormats] = useState<Partial<Record<ReportKind, ReportFormat>>>({});
  const [stateIso3, setStateIso3] = useState('');
  const [stateMissing, setStateMissing] = useState(false);
  const { data: donorData } = useQuery(reportDonorsQuery);
  const form = useForm<ReportOptionValues>({
    initial: () => ({
      years: '',
      priorityAreaCodes: [],
      donorId: '',
      phase: '',
      language: apiLanguage(i18n.resolvedLanguage ?? 'en'),
    }),
    validate: validateReportOptions,
    isField: (path) => ['years', 'priorityAreaCodes', 'donorId', 'phase', 'language'].includes(path),
    aliases: {
      'options.years': 'years',
      'options.priorityAreaCodes': 'priorityAreaCodes',
      'options.donorId': 'donorId',
      'options.phases': 'phase',
    },
  });
  const { values, set } = form;
  const [asking, setAsking] = useState<ReportKind | null>(null);
  const [requested, setRequested] = useState<string | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [pollInterval, setPollInterval] = useState(0);
  // Each report waiting or being made is followed over the socket (reportProgress); the list is polled only while
  // one of them is not carried by it (the socket failed or is not there), and stops once none is under way.
  const [followed, setFollowed] = useState<Record<string, Report>>({});
  const [liveIds, setLiveIds] = useState<ReadonlySet<string>>(new Set());
  const [picked, setPicked] = useState<string[]>([]);
  const { data, loading, error, refetch } = useQuery(myReportsQuery, {
    pollInterval,
    notifyOnNetworkStatusChange: false,
  });
  const reports = data?.myReports.map((r) => (!isFinished(r.status) && followed[r.id]) || r);
  const underWay = data?.myReports.filter((r) => !isFinished(r.status)) ?? [];
  const wanted = underWay.every((r) => liveIds.has(r.id)) ? 0 : pollIntervalFor(underWay);
  if (data && wanted !== pollInterval) setPollInterval(wanted);
  const onReport = useCallback(
    (report: Report) => {
      setFollowed((f) => ({ ...f, [report.id]: report }));
      // Finished: the list is asked once more, and holds the report as it ended.
      if (isFinished(report.status)) void refetch();
    },
    [refetch],
  );
  const onLive = useCallback(
    (reportId: string, live: boolean) =>
      setLiveIds((ids) => {
        if (ids.has(reportId) === live) return ids;
        const next = new Set(ids);
        if (live) next.add(reportId);
        else next.delete(reportId);
        return next;
      }),
    [],
  );

  const [requestReport] = useMutation(requestReportMutation, {
    // The new report heads the list as soon as it is asked for, and the list polls until it is done.
    refetchQueries: ['MyReports'],
    awaitRefetchQueries: true,
  });

  const submission = useSubmissionKey();
  const ask = async (kind: ReportKind, options: ReportOptionValues): Promise<void> => {
    if (kind === 'STATE_PROFILE' && !stateIso3) {
      setStateMissing(true);
      return;
    }
    setAsking(kind);
    setRequestError(null);
    setRequested(null);
    try {
      // One key per report asked for: if the answer is lost and the person clicks again, it is asked for once.
      const { donorId, ...rest } = reportOptionsInput(options);
      // The donor is the subject of a donor statement (a donor's own when none is chosen) and filters money reports.
      const input = {
        kind,
        format: formats[kind] ?? REPORT_FORMATS[kind][0]!,
        options: kind === 'DONOR_STATEMENT' ? rest : { ...rest, ...(donorId ? { donorId } : {}) },
        ...(kind === 'DONOR_STATEMENT' && donorId ? { filter: { donorId } } : {}),
        ...(kind === 'STATE_PROFILE' ? { filter: { stateIso3 } } : {}),
      };
      const result = await requestReport({ variables: { ...input, idempotencyKey: submission.keyFor(input) } });
      submission.succeeded();
      setRequested(result.data?.requestReport.id ?? null);
      if (!reports) void refetch();
    } catch (e) {
      const problems = apiProblems(e);
      // A refusal of an option is said beside it; anything else above the list.
      if (problems.some((p) => p.code === 'BAD_USER_INPUT' && p.path)) form.fromServer(e);
      else setRequestError(problemMessages(problems));
    } finally {
      setAsking(null);
    }
  };

  const toggleArea = (code: string) =>
    set(
      'priorityAreaCodes',
      values.priorityAreaCodes.includes(code)
        ? values.priorityAreaCodes.filter((c) => c !== code)
        : [...values.priorityAreaCodes, code].sort(),
    );

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
        <fieldset className="report-options" data-testid="report-options">
          <legend>{t('reports.options.title')}</legend>
          <FormField
            id={`${id}-years`}
            name="years"
            label={t('reports.options.years')}
            hint={t('reports.options.yearsHint')}
            error={form.errorFor('years')}
          >
            {(describedBy) => (
              <input
                id={`${id}-years`}
                type="text"
                inputMode="numeric"
                value={values.years}
                onChange={(e) => set('years', e.target.value)}
                onBlur={form.touch('years')}
                aria-describedby={describedBy}
                aria-invalid={form.errorFor('years') ? true : undefined}
                data-testid="report-years"
              />
            )}
          </FormField>
          <fieldset className="field" data-testid="report-areas">
            <legend>{t('reports.options.areas')}</legend>
            {priorityAreas.map((area) => (
              <label key={area.code} className="checkbox">
                <input
                  type="checkbox"
                  checked={values.priorityAreaCodes.includes(area.code)}
                  onChange={() => toggleArea(area.code)}
                  data-testid={`report-area-${area.code}`}
                />{' '}
                {area.code} — {area.title}
              </label>
            ))}
            {form.errorFor('priorityAreaCodes') && (
              <p className="field-error" data-testid="error-priorityAreaCodes">
                {form.errorFor('priorityAreaCodes')}
              </p>
            )}
          </fieldset>
          <FormField
            id={`${id}-donor`}
            name="donorId"
            label={t('reports.options.donor')}
            hint={t('reports.options.donorHint')}
            error={form.errorFor('donorId')}
          >
            {(describedBy) => (
              <select
                id={`${id}-donor`}
                value={values.donorId}
                onChange={(e) => set('donorId', e.target.value)}
                aria-describedby={describedBy}
                data-testid="report-donor"
              >
                <option value="">{t('reports.options.allDonors')}</option>
                {(donorData?.donors ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id={`${id}-phase`}
            name="phase"
            label={t('reports.options.phase')}
            hint={t('reports.options.phaseHint')}
            error={form.errorFor('phase')}
          >
            {(describedBy) => (
              <select
                id={`${id}-phase`}
                value={values.phase}
                onChange={(e) => set('phase', e.target.value as ReportOptionValues['phase'])}
                aria-describedby={describedBy}
                data-testid="report-phase"
              >
                <option value="">{t('reports.options.bothPhases')}</option>
                {(['CURRENT', 'PROPOSED'] as const).map((phase) => (
                  <option key={phase} value={phase}>
                    {t(`activityPhases.${phase}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id={`${id}-state`}
            name="stateIso3"
            label={t('reports.options.state')}
            hint={t('reports.options.stateHint')}
            error={stateMissing && !stateIso3 ? t('reports.options.stateMissing') : undefined}
          >
            {(describedBy) => (
              <select
                id={`${id}-state`}
                value={stateIso3}
                onChange={(e) => setStateIso3(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={stateMissing && !stateIso3 ? true : undefined}
                data-testid="report-state"
              >
                <option value="">{t('reports.options.noState')}</option>
                {states.map((s) => (
                  <option key={s.iso3} value={s.iso3}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={`${id}-language`} name="language" label={t('reports.options.language')}>
            {(describedBy) => (
              <select
                id={`${id}-language`}
                value={values.language}
                onChange={(e) => set('language', e.target.value as ReportOptionValues['language'])}
                aria-describedby={describedBy}
                data-testid="report-language"
              >
                {(['EN', 'FR', 'ES'] as const).map((lang) => (
                  <option key={lang} value={lang}>
                    {t(`app.languages.${lang.toLowerCase() as 'en' | 'fr' | 'es'}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </fieldset>
        <div className="report-kinds" data-testid="report-kinds">
          {reportKinds(user.can).map((kind) => (
            <div key={kind} className="report-kind" data-testid="report-kind" data-kind={kind}>
              <div>
                <h3>{t(`reports.kinds.${kind}`)}</h3>
                <p className="muted">{t(`reports.kindHelp.${kind}`)}</p>
              </div>
              {REPORT_FORMATS[kind].length > 1 && (
                <label className="report-kind__format">
                  {t('reports.format')}{' '}
                  <select
                    value={formats[kind] ?? REPORT_FORMATS[kind][0]}
                    onChange={(e) => setFormats({ ...formats, [kind]: e.target.value as ReportFormat })}
                    data-testid={`report-format-${kind}`}
                  >
                    {REPORT_FORMATS[kind].map((f) => (
                      <option key={f} value={f}>
                        {f}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <button
                type="button"
                className="button button--primary"
                disabled={asking !== null}
                onClick={form.handleSubmit((options) => ask(kind, options))}
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
          {underWay.length > 0 && (
            <span
              className="muted"
              role="status"
              data-testid="reports-polling"
              data-mode={pollInterval > 0 ? 'polling' : 'live'}
            >
              {t('reports.updating')}
            </span>
          )}
          {underWay.map((r) => (
            <FollowReport key={r.id} id={r.id} onReport={onReport} onLive={onLive} />
          ))}
        </div>
        {error && !reports && <LoadError error={error} onRetry={() => void refetch()} />}
        {!reports && loading && <Loading />}
        {reports && reports.length === 0 && (
          <p className="muted" data-testid="reports-empty">
            {t('reports.none')}
          </p>
        )}
        {reports && reports.length > 0 && (
          <ReportsTable reports={reports} picked={picked} onPick={(id) => setPicked(togglePick(picked, id))} />
        )}
      </section>

      {reports && reports.some(isComparable) && (
        <section className="card" aria-labelledby="reports-compare-title">
          <h2 id="reports-compare-title">{t('reports.compare.heading')}</h2>
          <p className="muted">{t('reports.compare.intro')}</p>
          <ReportComparison picked={picked} reports={reports} />
        </section>
      )}
    </section>
  );
}

/** Follows one report over the socket while it is under way, and says whether the socket carries it. */
function FollowReport({
  id,
  onReport,
  onLive,
}: {
  id: string;
  onReport: (report: Report) => void;
  onLive: (id: string, live: boolean) => void;
}) {
  const { live } = useLive(reportProgressSubscription, { id }, (event) => onReport(event.reportProgress));
  useEffect(() => {
    onLive(id, live);
    return () => onLive(id, false);
  }, [id, live, onLive]);
  return null;
}

function ReportsTable({
  reports,
  picked,
  onPick,
}: {
  reports: readonly Report[];
  picked: readonly string[];
  onPick: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <CardTable className="mini-table" data-testid="reports-table" data-count={reports.length}>
      <thead>
        <tr>
          <th scope="col">{t('reports.report')}</th>
          <th scope="col">{t('reports.asked')}</th>
          <th scope="col">{t('reports.asAt')}</th>
          <th scope="col">{t('reports.status')}</th>
          <th scope="col">{t('reports.progress')}</th>
          <th scope="col">{t('reports.file')}</th>
          <th scope="col">{t('reports.compare.column')}</th>
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
              data-format={report.format}
              data-status={status}
            >
              <td>
                {t(`reports.kinds.${report.kind}`)} <span className="muted">({report.format})</span>
              </td>
              <td>
                <time dateTime={report.createdAt}>{formatDateTime(report.createdAt, lang)}</time>
              </td>
              <td data-testid="report-as-at">
                {status === 'DONE' && <time dateTime={report.asAt}>{formatDateTime(report.asAt, lang)}</time>}
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
              <td>
                {isComparable(report) && (
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={picked.includes(report.id)}
                      onChange={() => onPick(report.id)}
                      data-testid="report-compare-pick"
                    />{' '}
                    {t('reports.compare.pick')}
                  </label>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </CardTable>
  );
}
