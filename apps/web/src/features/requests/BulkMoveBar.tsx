import { useApolloClient, useMutation } from '@apollo/client/react';
import type { RequestStatus } from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import type { RequestRow } from './RequestsTable';
import { REQUEST_QUERIES } from './TriagePanel';
import { transitionRequestMutation } from './requests.graphql';
import { commonMoves, moveEach, needsReason, validateRequestMove, type BulkOutcome, type MoveValues } from './triage';

interface BulkMoveBarProps {
  /** The selected rows shown on this page. */
  rows: readonly RequestRow[];
  onClear: () => void;
}

/** Moves the selected rows together to a status they all allow, then says per row what happened. */
export function BulkMoveBar({ rows, onClear }: BulkMoveBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const client = useApolloClient();
  const [outcomes, setOutcomes] = useState<{ outcome: BulkOutcome; label: string }[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [transition] = useMutation(transitionRequestMutation);
  const moves = commonMoves(rows);
  const form = useForm<MoveValues>({
    initial: { to: '', reason: '' },
    // Each row's own status is checked by the API; here only the common moves and the reason.
    validate: (v) => validateRequestMove(rows[0]?.status ?? 'RECEIVED', moves, v),
  });
  const { values, errorFor } = form;

  const label = (row: RequestRow): string => `${row.state.name} — ${t(`kinds.${row.kind}`)}`;

  const submit = form.handleSubmit(async (v) => {
    if (!v.to) return;
    const to = v.to;
    const chosen = [...rows];
    setBusy(true);
    try {
      const results = await moveEach(
        chosen,
        async (row) => {
          const answer = await transition({
            variables: { id: row.id, to, reason: v.reason.trim() || null, expectedVersion: row.version },
          });
          return (answer.data?.transitionAssistanceRequest.status as RequestStatus | undefined) ?? to;
        },
        (error) =>
          apiProblems(error)
            .map((p) => p.message)
            .join(' '),
      );
      setOutcomes(results.map((outcome, i) => ({ outcome, label: label(chosen[i]!) })));
      form.reset();
      onClear();
      await client.refetchQueries({ include: REQUEST_QUERIES });
    } finally {
      setBusy(false);
    }
  });

  return (
    <>
      {outcomes && (
        <Notice
          tone={outcomes.every((o) => o.outcome.moved) ? 'success' : 'warning'}
          onDismiss={() => setOutcomes(null)}
          testId="bulk-outcomes"
        >
          <ul>
            {outcomes.map(({ outcome, label: name }) => (
              <li key={outcome.id} data-id={outcome.id} data-moved={outcome.moved} data-testid="bulk-outcome">
                {outcome.moved
                  ? t('triage.bulkMoved', { request: name, status: t(`statuses.${outcome.status}`) })
                  : t('triage.bulkRefused', { request: name, message: outcome.message })}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      {rows.length > 0 && (
        <form className="inline-form bulk-bar" noValidate onSubmit={submit} data-testid="bulk-move-form">
          <p data-testid="bulk-count">{t('triage.selected', { count: rows.length })}</p>
          {moves.length === 0 ? (
            <p className="muted" data-testid="bulk-no-move">
              {t('triage.noCommonMove')}
            </p>
          ) : (
            <>
              <FormField id={`${id}-to`} name="to" label={t('triage.moveTo')} error={errorFor('to')} required>
                {(describedBy) => (
                  <select
                    id={`${id}-to`}
                    value={values.to}
                    onChange={(e) => form.set('to', e.target.value as RequestStatus | '', 'reason')}
                    aria-describedby={describedBy}
                    data-testid="bulk-move-to"
                  >
                    <option value="">{t('form.choose')}</option>
                    {moves.map((status) => (
                      <option key={status} value={status}>
                        {t(`statuses.${status}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField
                id={`${id}-reason`}
                name="reason"
                label={t('triage.reason')}
                error={errorFor('reason')}
                required={needsReason(values.to)}
              >
                {(describedBy) => (
                  <input
                    id={`${id}-reason`}
                    type="text"
                    value={values.reason}
                    onChange={(e) => form.set('reason', e.target.value)}
                    onBlur={form.touch('reason')}
                    aria-describedby={describedBy}
                    data-testid="bulk-move-reason"
                  />
                )}
              </FormField>
              <button
                type="submit"
                className="button button--primary"
                disabled={busy || !form.valid}
                data-testid="bulk-move-submit"
              >
                {t('triage.bulkSubmit', { count: rows.length })}
              </button>
            </>
          )}
          <button type="button" className="button button--quiet" onClick={onClear} data-testid="bulk-clear">
            {t('triage.clearSelection')}
          </button>
        </form>
      )}
    </>
  );
}
