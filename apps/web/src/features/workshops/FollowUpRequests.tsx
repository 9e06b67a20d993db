import type { WorkshopQuery } from '@ta/graphql-types/graphql';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../app/router';
import { Link } from '../../components/Link';
import { StateLink } from '../../components/StateLink';
import { StatusBadge } from '../../components/StatusBadge';
import { topicLabel } from '../reference/labels';

type FollowUp = NonNullable<NonNullable<WorkshopQuery['workshop']>['outcome']>['followUpRequests'][number];

/** The requests raised at a workshop, each leading to the requests page filtered by the workshop (and State). */
export function FollowUpRequests({
  workshopId,
  requests,
  linkToRequests,
}: {
  workshopId: string;
  requests: readonly FollowUp[];
  linkToRequests: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" data-testid="followup-requests" data-count={requests.length}>
      <div className="section-head">
        <h2>{t('outcome.followUpRequests', { count: requests.length })}</h2>
        {linkToRequests && requests.length > 0 && (
          <Link to={withQuery('/requests', { workshop: workshopId })} testId="followups-requests-link">
            {t('outcome.seeOnRequestsPage')}
          </Link>
        )}
      </div>
      {requests.length === 0 ? (
        <p className="muted">{t('outcome.noFollowUps')}</p>
      ) : (
        <ul className="plain-list">
          {requests.map((r) => (
            <li key={r.id} data-testid="followup-request" data-id={r.id} data-state={r.state.iso3} data-kind={r.kind}>
              <StateLink iso3={r.state.iso3} name={r.state.name} /> · {t(`kinds.${r.kind}`)} ·{' '}
              {r.topics.map((topic) => topicLabel(t, topic)).join(', ') || '—'} · {r.priorityArea.code}{' '}
              <StatusBadge status={r.status} />{' '}
              {linkToRequests && (
                <Link
                  to={withQuery('/requests', { workshop: workshopId, state: r.state.iso3 })}
                  testId="followup-request-link"
                >
                  {t('outcome.openInRequests')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
