// The programme owns an activity's links to requests; the drawer uses its mutations.
import { linkRequestsMutation, unlinkRequestMutation } from '../programme/programme.graphql';
import { useMutation, useQuery } from '../../graphql/hooks';
import type { RequestStatus } from '@ta/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { SuggestionReasons } from '../../components/SuggestionReasons';
import { apiProblems } from '../../graphql/errors';
import { useApiLanguage } from '../../i18n';
import { linkCandidatesQuery } from './requests.graphql';
import { linkChoices, linkEffect, shortText } from './triage';

/** Queries that show which activities answer a request (and its status, which a link may change). */
const LINK_QUERIES = ['AssistanceRequests', 'RequestDetail', 'Activities', 'ActivityDetail'];
/** How long the "Undo" of an unlink is offered. */
const UNDO_MS = 8_000;

interface ActivityLinksProps {
  request: {
    id: string;
    status: RequestStatus;
    priorityArea: { code: string };
    /** Its State, named in a suggestion's reasons ("Benin is among its beneficiaries"). */
    state?: { iso3: string; name: string } | null;
    activities: readonly { id: string; code: string; title: string }[];
  };
}

/** Links the request to the activities that answer it, suggested ones first; unlinks with a confirmation and an undo. */
export function ActivityLinks({ request }: ActivityLinksProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const [picking, setPicking] = useState(false);
  const [confirming, setConfirming] = useState<{ id: string; code: string; title: string } | null>(null);
  const [undo, setUndo] = useState<{ id: string; code: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [link, linkState] = useMutation(linkRequestsMutation, {
    refetchQueries: LINK_QUERIES,
    awaitRefetchQueries: true,
  });
  const [unlink, unlinkState] = useMutation(unlinkRequestMutation, {
    refetchQueries: LINK_QUERIES,
    awaitRefetchQueries: true,
  });
  const candidates = useQuery(linkCandidatesQuery, {
    variables: { requestId: request.id, priorityAreaCode: request.priorityArea.code, lang },
    skip: !picking,
  });

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undo]);

  const say = (e: unknown) =>
    setError(
      apiProblems(e)
        .map((p) => p.message)
        .join(' '),
    );

  const linkTo = async (activityId: string): Promise<void> => {
    setError(null);
    try {
      await link({ variables: { activityId, requestIds: [request.id] } });
      setPicking(false);
      setUndo(null);
    } catch (e) {
      say(e);
    }
  };

  const confirmUnlink = async (): Promise<void> => {
    if (!confirming) return;
    setError(null);
    try {
      await unlink({ variables: { activityId: confirming.id, requestId: request.id } });
      setUndo({ id: confirming.id, code: confirming.code });
    } catch (e) {
      say(e);
    } finally {
      setConfirming(null);
    }
  };

  const effect = linkEffect(request.status);
  const choices = linkChoices(
    candidates.data?.assistanceRequest?.suggestedActivities ?? [],
    candidates.data?.activities.nodes ?? [],
    request.activities.map((a) => a.id),
  );

  return (
    <div className="activity-links" data-testid="activity-links">
      {error && (
        <p className="form-error" role="alert" data-testid="link-error">
          {error}
        </p>
      )}
      {request.activities.length > 0 && (
        <ul className="plain-list">
          {request.activities.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="button button--quiet button--small"
                onClick={() => setConfirming(a)}
                data-testid="unlink-activity"
                data-activity-id={a.id}
              >
                {t('triage.unlink', { code: a.code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {undo && (
        <Notice tone="success" onDismiss={() => setUndo(null)} testId="unlink-undo">
          <p>
            {t('triage.unlinked', { code: undo.code })}{' '}
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={linkState.loading}
              onClick={() => void linkTo(undo.id)}
              data-testid="unlink-undo-button"
            >
              {t('triage.undo')}
            </button>
          </p>
        </Notice>
      )}
      {effect !== 'refused' && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPicking((p) => !p)}
          aria-expanded={picking}
          data-testid="link-activity-open"
        >
          {t('triage.linkOpen')}
        </button>
      )}
      {picking && (
        <div className="link-picker" data-testid="link-picker">
          <p className="hint" data-testid="link-effect" data-effect={effect}>
            {t(`triage.linkEffect.${effect}`, { status: t(`statuses.${request.status}`) })}
          </p>
          <p className="hint" data-testid="link-finished-left-out">
            {t('triage.finishedLeftOut')}
          </p>
          {candidates.loading && <Loading />}
          {!candidates.loading && choices.length === 0 && <p className="muted">{t('triage.noCandidates')}</p>}
          <ul className="plain-list">
            {choices.map(({ activity: a, suggestion }) => (
              <li
                key={a.id}
                data-testid="link-candidate"
                data-activity-id={a.id}
                data-activity-code={a.code}
                data-suggested={suggestion !== null}
              >
                <strong>
                  {a.code} — {a.title}
                </strong>
                {suggestion && <span className="chip">{t('triage.suggested')}</span>}
                {suggestion && (
                  <SuggestionReasons
                    score={suggestion.score}
                    reasons={suggestion.reasonCodes}
                    stateName={(iso3) => (request.state?.iso3 === iso3 ? request.state.name : undefined)}
                  />
                )}
                <p className="muted">{shortText(a.description)}</p>
                <button
                  type="button"
                  className="button button--primary button--small"
                  disabled={linkState.loading}
                  onClick={() => void linkTo(a.id)}
                  data-testid="link-candidate-submit"
                >
                  {t('triage.link')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('triage.unlinkTitle')}
        testId="unlink-confirm"
      >
        {confirming && (
          <>
            <p>{t('triage.unlinkConfirm', { code: confirming.code, title: confirming.title })}</p>
            <div className="actions">
              <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                {t('form.cancel')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={unlinkState.loading}
                onClick={() => void confirmUnlink()}
                data-testid="unlink-confirm-submit"
              >
                {t('triage.unlinkSubmit')}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}
