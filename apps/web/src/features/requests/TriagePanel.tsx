import { useMutation } from '../../graphql/hooks';
import type { RequestStatus } from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { MoveFields } from './MoveFields';
import { setConfidentialMutation, transitionRequestMutation } from './requests.graphql';
import { isStaleVersion, validateRequestMove, type MoveValues } from './triage';

/** The queries that show a request's status: refetched after every triage mutation. */
export const REQUEST_QUERIES = ['AssistanceRequests', 'RequestDetail'];

interface TriagePanelProps {
  request: {
    id: string;
    status: RequestStatus;
    version: number;
    allowedMoves: readonly RequestStatus[];
    confidential: boolean;
  };
  /** Reloads the request (after a stale version). */
  onReload: () => void;
}

/** Moves the request where it is (with a reason when the move needs one) and marks it confidential. */
export function TriagePanel({ request, onReload }: TriagePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<MoveValues>({
    initial: { to: '', reason: '' },
    validate: (v) => validateRequestMove(request.status, request.allowedMoves, v),
  });
  const { formError } = form;
  const [transition, { loading }] = useMutation(transitionRequestMutation, {
    refetchQueries: REQUEST_QUERIES,
    awaitRefetchQueries: true,
  });
  const [setConfidential, confidentialState] = useMutation(setConfidentialMutation, {
    refetchQueries: REQUEST_QUERIES,
    awaitRefetchQueries: true,
  });

  /** A stale version: say so in the user's language and show the request as it is now. */
  const onStale = (error: unknown): boolean => {
    const problems = apiProblems(error);
    if (!isStaleVersion(problems)) return false;
    setConflict(problems.map((p) => p.message).join(' '));
    onReload();
    return true;
  };

  const submit = form.handleSubmit(async (v) => {
    if (!v.to) return;
    setConflict(null);
    try {
      await transition({
        variables: { id: request.id, to: v.to, reason: v.reason.trim() || null, expectedVersion: request.version },
      });
      form.reset();
    } catch (error) {
      if (!onStale(error)) throw error;
    }
  });

  const toggleConfidential = async (confidential: boolean): Promise<void> => {
    setConflict(null);
    try {
      await setConfidential({ variables: { id: request.id, confidential, expectedVersion: request.version } });
    } catch (error) {
      if (!onStale(error))
        form.setFormError(
          apiProblems(error)
            .map((p) => p.message)
            .join(' '),
        );
    }
  };

  return (
    <section data-testid="triage-panel">
      <h3>{t('triage.title')}</h3>
      {conflict && (
        <p className="form-error" role="alert" data-testid="triage-conflict">
          {conflict}
        </p>
      )}
      {request.allowedMoves.length > 0 ? (
        <form className="inline-form" noValidate onSubmit={submit} data-testid="triage-move-form">
          {formError && (
            <p className="form-error" role="alert" data-testid="triage-move-error">
              {formError}
            </p>
          )}
          <MoveFields id={id} form={form} moves={request.allowedMoves} testIdPrefix="triage-move" />
          <button
            type="submit"
            className="button button--primary"
            disabled={loading || !form.valid}
            data-testid="triage-move-submit"
          >
            {t('triage.moveSubmit')}
          </button>
        </form>
      ) : (
        <p className="muted" data-testid="triage-closed">
          {t('triage.closed')}
        </p>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={request.confidential}
          disabled={confidentialState.loading}
          onChange={(e) => void toggleConfidential(e.target.checked)}
          data-testid="triage-confidential"
        />{' '}
        {t('triage.confidential')}
      </label>
    </section>
  );
}
