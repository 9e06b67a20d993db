import type { ImportCooperationCasesMutation } from '@ta/graphql-types/graphql';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { FormFooter } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { importFileBody, importFileProblem } from '../imports/import-file';
import { importCooperationCasesMutation } from './cooperation.graphql';

type Result = ImportCooperationCasesMutation['importCooperationCases'];

/** The columns a cooperation statistics spreadsheet names in its first row (the API's `importCooperationCases`). */
const COLUMNS =
  'requesting_state, requested_state, reported_by, kind, offence, legal_basis, outcome, sent_on, case_ref (executed_on, refusal_ground)';

/**
 * A spreadsheet of cooperation requests (CSV or XLSX, checked by the file rules of the requests import): checked
 * first (a dry run, nothing written), then recorded; each refused line says which column and why.
 */
export function CooperationImport() {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<Result | null>(null);
  const form = useForm<{ file: File | null }>({
    initial: { file: null },
    validate: ({ file }) => {
      const problem = importFileProblem(file);
      return problem ? { file: problem } : {};
    },
    aliases: { fileName: 'file', content: 'file' },
    onInvalid: () => input.current?.focus(),
  });
  const [importCases, { loading }] = useMutation(importCooperationCasesMutation, {
    refetchQueries: ['CooperationStatistics'],
  });

  const send = (dryRun: boolean) =>
    form.handleSubmit(async ({ file }) => {
      if (!file) return;
      const answer = await importCases({ variables: { fileName: file.name, ...(await importFileBody(file)), dryRun } });
      setResult(answer.data?.importCooperationCases ?? null);
    });

  return (
    <form className="log-form" noValidate onSubmit={send(false)} data-testid="cooperation-import-form">
      <p className="field-hint">{t('cooperationPage.importColumns', { columns: COLUMNS })}</p>
      {form.formError && (
        <p className="form-error" role="alert">
          {form.formError}
        </p>
      )}
      <FormField id={`${id}-file`} name="file" label={t('cooperationPage.file')} error={form.errorFor('file')} required>
        {(describedBy) => (
          <input
            ref={input}
            id={`${id}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setResult(null);
              form.set('file', e.target.files?.[0] ?? null);
            }}
            aria-describedby={describedBy}
            aria-invalid={Boolean(form.errorFor('file'))}
            data-testid="cooperation-import-file"
          />
        )}
      </FormField>
      <FormFooter
        submitDisabled={loading}
        submitLabel={t('cooperationPage.import')}
        submitTestId="cooperation-import-submit"
      >
        <button
          type="button"
          className="button button--secondary"
          onClick={send(true)}
          disabled={loading}
          data-testid="cooperation-import-check"
        >
          {t('cooperationPage.check')}
        </button>
      </FormFooter>
      {result && (
        <div data-testid="cooperation-import-result" data-dry-run={result.dryRun}>
          <p role="status">
            {result.dryRun
              ? t('cooperationPage.checked', {
                  valid: result.rows.length - result.refused,
                  refused: result.refused,
                })
              : t('cooperationPage.imported', {
                  recorded: result.recorded,
                  already: result.alreadyReported,
                  refused: result.refused,
                })}
          </p>
          {result.refused > 0 && (
            <table className="mini-table" data-testid="cooperation-import-refused">
              <caption>{t('cooperationPage.refusedLines')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cooperationPage.line')}</th>
                  <th scope="col">{t('cooperationPage.column')}</th>
                  <th scope="col">{t('cooperationPage.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows
                  .filter((r) => r.outcome === 'REFUSED')
                  .flatMap((r) =>
                    r.problems.map((p, i) => (
                      <tr key={`${r.line}-${i}`} data-line={r.line}>
                        <td>{r.line}</td>
                        <td>{p.column ?? '—'}</td>
                        <td>{p.message}</td>
                      </tr>
                    )),
                  )}
              </tbody>
            </table>
          )}
        </div>
      )}
    </form>
  );
}
