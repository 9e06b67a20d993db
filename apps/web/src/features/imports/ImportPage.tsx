import { useMutation, useQuery } from '../../graphql/hooks';
import type { ImportAssistanceRequestsMutation, RequestImportQuery } from '@ta/graphql-types/graphql';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { ProgressBar } from '../../components/ProgressBar';
import {
  importFileBody,
  importFileProblem,
  importTextProblem,
  MAX_IMPORT_KB,
  MAX_XLSX_KB,
  OPTIONAL_COLUMNS,
  REQUIRED_COLUMNS,
  TEMPLATE_FILE_NAME,
  templateCsv,
} from './import-file';
import { isFinished, jobStatus, POLL_MS, progressPercent } from '../reports/reports';
import { useForm } from '../../components/use-form';
import { problemText } from '../../forms';
import { useSubmissionKey } from '../../offline/drafts';
import {
  deleteImportMappingTemplateMutation,
  importAssistanceRequestsMutation,
  importMappingTemplatesQuery,
  requestImportQuery,
} from './imports.graphql';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { replaceQuery } from '../../app/router';
import { MappingTemplateForm } from './MappingTemplateForm';

type RequestImport = NonNullable<RequestImportQuery['requestImport']>;

/** The API's fields that are about the file the person chose: their errors show on the file field. */
const FILE_FIELDS = { fileName: 'file', csv: 'file', content: 'file', mapping: 'templateId' } as const;

/**
 * Logging many requests from a spreadsheet: choose a CSV (checked here for its type and size), send it, watch the
 * background import, then read how many rows were logged and why each other one was refused.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const [importId, setImportId] = useState<string | null>(() => new URLSearchParams(window.location.search).get('id'));

  const start = (id: string | null): void => {
    setImportId(id);
    replaceQuery({ id });
  };

  return (
    <section className="page" aria-labelledby="import-title" data-testid="import-page">
      <p>
        <Link to="/requests" testId="import-back">
          ← {t('imports.back')}
        </Link>
      </p>
      <div className="page__head">
        <div>
          <h1 id="import-title">{t('imports.title')}</h1>
          <p className="page__intro">{t('imports.intro')}</p>
        </div>
      </div>
      {importId ? <ImportProgress id={importId} onAnother={() => start(null)} /> : <ImportForm onStarted={start} />}
    </section>
  );
}

type DryRun = NonNullable<ImportAssistanceRequestsMutation['importAssistanceRequests']>;

function ImportForm({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const form = useForm<{ file: File | null; templateId: string }>({
    initial: { file: null, templateId: '' },
    validate: ({ file }) => {
      const problem = importFileProblem(file);
      return problem ? { file: problem } : {};
    },
    aliases: FILE_FIELDS,
    onInvalid: () => input.current?.focus(),
    serverMessage: (message) => t('imports.startError', { message }),
  });
  const fileError = form.errorFor('file');
  const formError = form.formError;
  const [reading, setReading] = useState(false);
  const [checked, setChecked] = useState<DryRun | null>(null);
  const [importRequests, { loading }] = useMutation(importAssistanceRequestsMutation);
  const templates = useQuery(importMappingTemplatesQuery).data?.importMappingTemplates ?? [];
  const chosenTemplate = templates.find((m) => m.id === form.values.templateId) ?? null;
  const [deleting, setDeleting] = useState<(typeof templates)[number] | null>(null);
  const [deleteTemplate] = useMutation(deleteImportMappingTemplateMutation, { evict: ['importMappingTemplates'] });
  const busy = reading || loading;

  // One key per chosen file: sent again after a lost answer, the same file is imported once.
  const submission = useSubmissionKey();
  const choose = (chosen: File | null): void => {
    setChecked(null);
    form.set('file', chosen);
  };

  /** The file as the API takes it: a CSV as text, an XLSX in base64; null (and the field says why) when empty. */
  const read = async (file: File): Promise<{ csv?: string; content?: string } | null> => {
    setReading(true);
    try {
      const body = await importFileBody(file);
      const empty = 'csv' in body ? importTextProblem(body.csv) : undefined;
      if (empty) {
        form.setFieldError('file', problemText(t, empty));
        return null;
      }
      return body;
    } catch (error) {
      form.setFormError(t('imports.startError', { message: error instanceof Error ? error.message : String(error) }));
      return null;
    } finally {
      setReading(false);
    }
  };
  const mappingOf = (templateId: string) =>
    templates.find((m) => m.id === templateId)?.mapping.map(({ column, field }) => ({ column, field })) ?? null;

  const check = form.handleSubmit(async ({ file, templateId }) => {
    if (!file) return;
    const sent = await read(file);
    if (!sent) return;
    const result = await importRequests({
      variables: { fileName: file.name, ...sent, dryRun: true, mapping: mappingOf(templateId) },
    });
    setChecked(result.data?.importAssistanceRequests ?? null);
  });

  const submit = form.handleSubmit(async ({ file, templateId }) => {
    if (!file) return;
    const sent = await read(file);
    if (!sent) return;
    const result = await importRequests({
      variables: {
        fileName: file.name,
        ...sent,
        mapping: mappingOf(templateId),
        idempotencyKey: submission.keyFor({ name: file.name, ...sent, templateId }),
      },
    });
    submission.succeeded();
    const started = result.data?.importAssistanceRequests;
    if (started) onStarted(started.id);
  });

  return (
    <>
      <div className="two-columns">
        <form className="card" onSubmit={submit} noValidate data-testid="import-form">
          {formError && (
            <Notice tone="error" testId="form-error">
              <p>{formError}</p>
            </Notice>
          )}
          <FormField
            id={`${id}-file`}
            name="file"
            label={t('imports.file')}
            required
            error={fileError}
            hint={t('imports.fileHint', { max: MAX_IMPORT_KB, maxXlsx: MAX_XLSX_KB })}
          >
            {(describedBy) => (
              <input
                ref={input}
                id={`${id}-file`}
                type="file"
                accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={describedBy}
                aria-invalid={fileError ? true : undefined}
                onChange={(e) => choose(e.target.files?.[0] ?? null)}
                data-testid="import-file"
              />
            )}
          </FormField>
          {templates.length > 0 && (
            <FormField
              id={`${id}-mapping`}
              name="templateId"
              label={t('imports.mapping')}
              hint={t('imports.mappingHint')}
            >
              {(describedBy) => (
                <select
                  id={`${id}-mapping`}
                  value={form.values.templateId}
                  aria-describedby={describedBy}
                  onChange={(e) => {
                    setChecked(null);
                    form.set('templateId', e.target.value);
                  }}
                  data-testid="import-mapping"
                >
                  <option value="">{t('imports.noMapping')}</option>
                  {templates.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.shared ? t('imports.sharedMapping', { name: m.name }) : m.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
          {chosenTemplate?.mine && (
            <p>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setDeleting(chosenTemplate)}
                data-testid="import-mapping-delete"
              >
                {t('imports.deleteMapping.open', { name: chosenTemplate.name })}
              </button>
            </p>
          )}
          <ConfirmDialog
            open={deleting !== null}
            title={t('imports.deleteMapping.title')}
            message={t('imports.deleteMapping.confirm', { name: deleting?.name ?? '' })}
            confirmLabel={t('imports.deleteMapping.submit')}
            onConfirm={async () => {
              if (!deleting) return;
              await deleteTemplate({ variables: { id: deleting.id } });
              setChecked(null);
              form.set('templateId', '');
            }}
            onClose={() => setDeleting(null)}
            testId="import-mapping-delete-confirm"
          />
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={busy || Boolean(fileError)}
              onClick={() => void check()}
              data-testid="import-check"
            >
              {busy ? t('imports.sending') : t('imports.check')}
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={busy || Boolean(fileError)}
              data-testid="import-submit"
            >
              {busy ? t('imports.sending') : t('imports.submit')}
            </button>
          </div>
        </form>
        <ImportColumnsHelp />
      </div>
      {checked && <DryRunResult result={checked} />}
      <MappingTemplateForm />
    </>
  );
}

/** What a dry run found: each row's outcome, every reason of a refused row, and the request a duplicate repeats. */
function DryRunResult({ result }: { result: DryRun }) {
  const { t } = useTranslation();
  const counts = new Map<string, number>();
  for (const row of result.rows) counts.set(row.outcome, (counts.get(row.outcome) ?? 0) + 1);
  return (
    <section
      className="card"
      aria-labelledby="import-dry-run-title"
      data-testid="import-dry-run"
      data-status={result.status}
    >
      <h2 id="import-dry-run-title">{t('imports.dryRunTitle', { file: result.fileName })}</h2>
      {result.failure ? (
        <Notice tone="error" testId="import-failure">
          <p>{t('imports.failure', { failure: result.failure })}</p>
        </Notice>
      ) : (
        <>
          <p data-testid="import-dry-run-summary">
            {OUTCOMES.filter((o) => counts.get(o)).map((o) => (
              <span key={o} className="chip" data-outcome={o} data-count={counts.get(o)}>
                {t(`imports.outcomes.${o}`)}: {counts.get(o)}
              </span>
            ))}
          </p>
          <p className="muted">{t('imports.dryRunHint')}</p>
          <table className="mini-table" data-testid="import-dry-run-rows">
            <thead>
              <tr>
                <th scope="col">{t('imports.line')}</th>
                <th scope="col">{t('imports.outcome')}</th>
                <th scope="col">{t('imports.details')}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.line} data-testid="import-dry-run-row" data-line={row.line} data-outcome={row.outcome}>
                  <td>{row.line}</td>
                  <td>{t(`imports.outcomes.${row.outcome}`)}</td>
                  <td>
                    {row.outcome === 'REFUSED' && (
                      <ul className="plain-list" data-count={row.problems.length}>
                        {row.problems.map((p, i) => (
                          <li key={i} data-testid="import-problem" data-field={p.field ?? ''}>
                            {p.field ? `${p.field}: ${p.message}` : p.message}
                          </li>
                        ))}
                      </ul>
                    )}
                    {row.duplicateOfId && (
                      <Link to={`/requests?state=${row.stateIso3 ?? ''}`} testId="import-duplicate-link">
                        {t('imports.duplicateOf', { id: row.duplicateOfId.slice(0, 8) })}
                      </Link>
                    )}
                    {row.sameAsLine && t('imports.sameAsLine', { line: row.sameAsLine })}
                    {row.outcome === 'ALREADY_IMPORTED' && !row.sameAsLine && t('imports.alreadyImported')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

const OUTCOMES = ['WOULD_LOG', 'DUPLICATE_OF', 'ALREADY_IMPORTED', 'REFUSED'] as const;

/** The columns the file needs, and a template to start from. */
function ImportColumnsHelp() {
  const { t } = useTranslation();
  const downloadTemplate = (): void => {
    const url = URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = TEMPLATE_FILE_NAME;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    // Let the browser start the download before the address goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section className="card" aria-labelledby="import-columns-title">
      <div className="section-head">
        <h2 id="import-columns-title">{t('imports.columnsTitle')}</h2>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={downloadTemplate}
          data-testid="import-template"
        >
          {t('imports.template')}
        </button>
      </div>
      <p className="muted">{t('imports.columnsIntro')}</p>
      <dl className="import-columns" data-testid="import-columns">
        {REQUIRED_COLUMNS.map((column) => (
          <ColumnHelp key={column} column={column} optional={false} />
        ))}
        {OPTIONAL_COLUMNS.map((column) => (
          <ColumnHelp key={column} column={column} optional />
        ))}
      </dl>
    </section>
  );
}

function ColumnHelp({
  column,
  optional,
}: {
  column: (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];
  optional: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <dt data-column={column}>
        {column}
        {optional && <span className="muted"> ({t('imports.optional')})</span>}
      </dt>
      <dd>{t(`imports.columnHelp.${column}`)}</dd>
    </>
  );
}

/** The import under way, polled until it is done or refused, then its summary and refused rows. */
function ImportProgress({ id, onAnother }: { id: string; onAnother: () => void }) {
  const { t } = useTranslation();
  const [pollInterval, setPollInterval] = useState(POLL_MS);
  const { data, loading, error, refetch } = useQuery(requestImportQuery, { variables: { id }, pollInterval });
  const job = data?.requestImport;
  // Stop asking once the import is over (or the API says there is no such import).
  const wanted = data && (!job || isFinished(job.status)) ? 0 : POLL_MS;
  if (wanted !== pollInterval) setPollInterval(wanted);

  if (error && !data) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <Loading /> : null;
  if (!job) {
    return (
      <Notice tone="warning" testId="import-not-found">
        <p>{t('imports.notFound')}</p>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('imports.another')}
        </button>
      </Notice>
    );
  }

  const status = jobStatus(job.status);
  return (
    <>
      <section
        className="card"
        aria-labelledby="import-progress-title"
        data-testid="import-job"
        data-id={job.id}
        data-status={status}
      >
        <div className="section-head">
          <h2 id="import-progress-title">{t('imports.progressTitle', { file: job.fileName })}</h2>
          <span data-testid="import-status">{t(`imports.statuses.${status}`)}</span>
        </div>
        <ProgressBar
          value={progressPercent(job)}
          status={status}
          testId="import-progress"
          label={t('imports.progressTitle', { file: job.fileName })}
        />
        {status === 'FAILED' && job.failure && (
          <Notice tone="error" testId="import-failure">
            <p>{t('imports.failure', { failure: job.failure })}</p>
          </Notice>
        )}
        {status === 'DONE' && (
          <p data-testid="import-summary" data-imported={job.importedRows} data-total={job.totalRows ?? ''}>
            <strong>{t('imports.summary', { imported: job.importedRows, count: job.totalRows ?? 0 })}</strong>
          </p>
        )}
        {isFinished(status) && (
          <div className="actions">
            {status === 'DONE' && (
              <Link to="/requests" className="button button--primary" testId="import-see-requests">
                {t('imports.seeRequests')}
              </Link>
            )}
            <button type="button" className="button button--secondary" onClick={onAnother} data-testid="import-another">
              {t('imports.another')}
            </button>
          </div>
        )}
      </section>
      {status === 'DONE' && <RefusedRows errors={job.errors} downloadUrl={job.refusedRowsUrl ?? null} />}
    </>
  );
}

/** Every refused row with every problem it has, and the rows to download, fix and import again. */
function RefusedRows({ errors, downloadUrl }: { errors: RequestImport['errors']; downloadUrl: string | null }) {
  const { t } = useTranslation();
  return (
    <section
      className="card"
      aria-labelledby="import-refused-title"
      data-testid="import-refused"
      data-count={errors.length}
    >
      <h2 id="import-refused-title">{t('imports.refusedTitle', { count: errors.length })}</h2>
      {errors.length === 0 ? (
        <p className="muted">{t('imports.noneRefused')}</p>
      ) : (
        <>
          {downloadUrl && (
            <p>
              <a
                className="button button--secondary button--small"
                href={downloadUrl}
                download
                data-testid="import-refused-download"
              >
                {t('imports.downloadRefused')}
              </a>{' '}
              <span className="muted">{t('imports.downloadRefusedHint')}</span>
            </p>
          )}
          <table className="mini-table" data-testid="import-errors">
            <thead>
              <tr>
                <th scope="col">{t('imports.line')}</th>
                <th scope="col">{t('imports.column')}</th>
                <th scope="col">{t('imports.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((row) => (
                <tr
                  key={`${row.line}-${row.field ?? ''}`}
                  data-testid="import-error-row"
                  data-line={row.line}
                  data-field={row.field ?? ''}
                >
                  <td>{row.line}</td>
                  <td>{[...new Set(row.problems.map((p) => p.field ?? '—'))].join(', ')}</td>
                  <td>
                    <ul className="plain-list" data-count={row.problems.length}>
                      {row.problems.map((p, i) => (
                        <li key={i} data-testid="import-problem" data-field={p.field ?? ''}>
                          {p.field ? `${p.field}: ${p.message}` : p.message}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
