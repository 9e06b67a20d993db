import { useQuery } from '../../graphql/hooks';
import { isOpen } from '@ta/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  mayActOnState,
  mayEditProgramme,
  mayLogRequests,
  mayMergeRequests,
  mayMoveRequests,
  mayReadHistory,
} from '../../app/access';
import { withQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { ActivityStatusBadge } from '../../components/ActivityStatusBadge';
import { Dialog } from '../../components/Dialog';
import { Illustrative } from '../../components/Illustrative';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { StateLink } from '../../components/StateLink';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { apiLanguage } from '../../i18n';
import { HistoryButton } from '../audit/HistoryButton';
import { channelLabel, sourceLabel, topicLabel } from '../reference/labels';
import { LegislationLinks } from '../legislation/LegislationLinks';
import { ActivityLinks } from './ActivityLinks';
import { DuplicateList } from './DuplicateList';
import { EditRequestForm } from './EditRequestForm';
import { TriagePanel } from './TriagePanel';
import { requestDetailQuery } from './requests.graphql';

/** A request's details beside the table: its words, every move, the activities that answer it, its history. */
export function RequestDrawer({
  id,
  onClose,
  onOpen,
  onMerge,
  user,
}: {
  id: string | null;
  onClose: () => void;
  /** Opens another request (a duplicate) in the drawer. */
  onOpen: (id: string) => void;
  /** Compares this request with a duplicate before merging them. */
  onMerge: (pair: { first: string; second: string }) => void;
  user: SignedInUser;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={id !== null}
      onClose={onClose}
      title={t('requestDetail.title')}
      variant="drawer"
      testId="request-drawer"
    >
      {id && <RequestDetail key={id} id={id} user={user} onOpen={onOpen} onMerge={onMerge} />}
    </Dialog>
  );
}

function RequestDetail({
  id,
  user,
  onOpen,
  onMerge,
}: {
  id: string;
  user: SignedInUser;
  onOpen: (id: string) => void;
  onMerge: (pair: { first: string; second: string }) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { data, loading, error, refetch } = useQuery(requestDetailQuery, {
    variables: { id, lang: apiLanguage(lang) },
  });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const request = data?.assistanceRequest;
  if (!request) return loading ? <Loading /> : <p className="empty">{t('requestDetail.notFound')}</p>;

  // A field office sees other offices' requests but acts only on its own States': no Edit, Move or Merge there.
  const inScope = mayActOnState(user, request.state.iso3);
  return (
    <div className="detail" data-testid="request-detail" data-id={request.id} data-status={request.status}>
      <p className="detail__lead">
        <StateLink iso3={request.state.iso3} name={request.state.name} /> · {t(`kinds.${request.kind}`)} ·{' '}
        <StatusBadge status={request.status} />
        {request.illustrativeNote && <Illustrative note={request.illustrativeNote} />}
      </p>
      {mayLogRequests(user.can) && inScope && isOpen(request.status) && request.description !== null && !editing && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
          data-testid="edit-request-open"
        >
          {t('triage.edit')}
        </button>
      )}
      {editing && (
        <EditRequestForm
          actableStates={user.actableStates ?? null}
          request={request}
          onDone={(changed) => {
            setEditing(false);
            setSaved(changed);
          }}
          onReload={() => void refetch()}
        />
      )}
      {saved && (
        <Notice tone="success" onDismiss={() => setSaved(false)} testId="request-saved">
          <p>{t('triage.saved')}</p>
        </Notice>
      )}
      <dl className="facts">
        <dt>{t('columns.receivedOn')}</dt>
        <dd>{formatDate(request.receivedOn, lang)}</dd>
        <dt>{t('columns.channel')}</dt>
        <dd>{channelLabel(t, request.channel)}</dd>
        <dt>{t('columns.priorityArea')}</dt>
        <dd>
          {request.priorityArea.code} — {request.priorityArea.title}
        </dd>
        <dt>{t('columns.topics')}</dt>
        <dd>{request.topics.map((topic) => topicLabel(t, topic)).join(', ') || '—'}</dd>
        <dt>{t('requestDetail.instruments')}</dt>
        <dd>{request.instruments.map((i) => i.shortTitle).join(', ') || '—'}</dd>
        <dt>{t('requestDetail.loggedBy')}</dt>
        <dd>
          {request.loggedBy}
          {request.fieldOffice ? ` · ${request.fieldOffice.name}` : ''}
        </dd>
        {request.sourceParagraph && (
          <>
            <dt>{t('columns.source')}</dt>
            <dd>{sourceLabel(t, request.sourceParagraph)}</dd>
          </>
        )}
      </dl>
      <section>
        <h3>{t('form.description')}</h3>
        <p data-testid="request-description">{request.description ?? <em>{t('requestDetail.confidential')}</em>}</p>
      </section>
      {request.duplicates.length > 0 && (
        <section className="duplicate-warning" data-testid="drawer-duplicates">
          <h3>{t('requests.duplicateWarning', { count: request.duplicates.length })}</h3>
          <DuplicateList
            duplicates={request.duplicates}
            onOpen={onOpen}
            onMerge={
              mayMergeRequests(user.can) && inScope
                ? (other) => onMerge({ first: request.id, second: other })
                : undefined
            }
          />
        </section>
      )}
      {mayMoveRequests(user.can) && inScope && <TriagePanel request={request} onReload={() => void refetch()} />}
      <section>
        <h3>{t('requestDetail.answeredBy')}</h3>
        {request.activities.length ? (
          <ul className="plain-list" data-testid="request-activities">
            {request.activities.map((a) => (
              <li key={a.id} data-testid="request-activity" data-activity-id={a.id}>
                <Link to={withQuery('/programme', { activity: a.id })}>
                  {a.code} — {a.title}
                </Link>{' '}
                <ActivityStatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('requestDetail.noActivity')}</p>
        )}
        {mayEditProgramme(user.can) && <ActivityLinks request={request} />}
      </section>
      <LegislationLinks
        target={{ requestId: request.id }}
        laws={request.legislation}
        stateIso3={request.state.iso3}
        editable={mayEditProgramme(user.can)}
        refetch={['RequestDetail']}
      />
      <section>
        <h3>{t('requestDetail.moves')}</h3>
        <ol className="moves" data-testid="request-moves">
          {request.history.map((move, i) => (
            <li key={i}>
              {formatDate(move.at.slice(0, 10), lang)} · {move.by}:{' '}
              {move.from ? `${t(`statuses.${move.from}`)} → ` : ''}
              {t(`statuses.${move.to}`)}
              {move.reason ? ` — ${move.reason}` : ''}
            </li>
          ))}
        </ol>
      </section>
      {mayReadHistory(user.can) && (
        <HistoryButton
          entityType="assistance_request"
          entityId={request.id}
          title={`${request.state.name} · ${t(`kinds.${request.kind}`)}`}
        />
      )}
    </div>
  );
}
