import { refetchQueries, useMutation } from '../../graphql/hooks';
import type { RequestStatus } from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { MoveFields } from './MoveFields';
import type { RequestRow } from './RequestsTable';
import { REQUEST_QUERIES } from './TriagePanel';
import { transitionRequestMutation } from './requests.graphql';
import { commonMoves, moveEach, validateRequestMove, type BulkOutcome, type MoveValues } from './triage';

interface BulkMoveBarProps {
  /** The selected rows shown on this page. */
  rows: readonly RequestRow[];
  onClear: () => void;
}

/** Moves the selected rows together to a status they all allow, then says per row what happened. */
export function BulkMoveBar({ rows, onClear }: BulkMoveBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const [outcomes, setOutcomes] = useState<{ outcome: BulkOutcome; label: string }[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [transition] = useMutation(transitionRequestMutation);
  const moves = commonMoves(rows);
  const form = useForm<MoveValues>({
    initial: { to: '', reason: '' },
    // Each row's own status is checked by the API; here only the common moves and the reason.
    validate: (v) => validateRequestMove(rows[0]?.status ?? 'RECEIVED', moves, v),
  });

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
      await refetchQueries(REQUEST_QUERIES);
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
              <MoveFields id={id} form={form} moves={moves} testIdPrefix="bulk-move" />
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
