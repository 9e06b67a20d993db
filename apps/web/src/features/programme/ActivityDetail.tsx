import { mayAssignTo, mayEditActivity, type ActivityStatus } from '@ta/domain';
import { lazy, Suspense, useState } from 'react';
import { useQuery } from '../../graphql/hooks';
import { useTranslation } from 'react-i18next';
import { mayEditProgramme, mayManageFunding, mayReadHistory, seesRequests } from '../../app/access';
import { LegislationLinks } from '../legislation/LegislationLinks';
import type { SignedInUser } from '../../app/session';
import { ActivityStatusBadge } from '../../components/ActivityStatusBadge';
import { Illustrative } from '../../components/Illustrative';
import { UnofficialTranslation } from '../../components/UnofficialTranslation';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Money } from '../../components/Money';
import { StateLink } from '../../components/StateLink';
import { pathOf, withQuery } from '../../app/router';
import { formatDate } from '../../format';
import { apiLanguage } from '../../i18n';
import { HistoryButton } from '../audit/HistoryButton';
import { sourceLabel } from '../reference/labels';
import { usePlanYears } from '../reference/use-reference-data';
import { ActivityDelivery } from './ActivityDelivery';
import { ActivityRequests } from './ActivityRequests';
import { ActivityResults } from './ActivityResults';
import { ExpenditureForm } from './ExpenditureForm';
import { CostLinesSection } from './CostLinesSection';
import { MoveActivityForm } from './MoveActivityForm';
import { ReopenActivityForm } from './ReopenActivityForm';
import { ParticipantsEditor } from './ParticipantsEditor';
import { activityDetailQuery } from './programme.graphql';
import { activityChoice, type AssignChoice } from '../experts/assign-expert-form';
import type { Assignment } from '../experts/AssignExpertDialog';
import { Notice } from '../../components/Notice';

const EditActivityDialog = lazy(() => import('./EditActivityDialog').then((m) => ({ default: m.EditActivityDialog })));
const AssignExpertDialog = lazy(() =>
  import('../experts/AssignExpertDialog').then((m) => ({ default: m.AssignExpertDialog })),
);

export function ActivityDetail({ id, user }: { id: string; user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const withRequests = seesRequests(user.can);
  const { data, loading, error, refetch } = useQuery(activityDetailQuery, {
    variables: { id, lang: apiLanguage(lang), withRequests },
  });
  const planYears = usePlanYears();
  const [assigning, setAssigning] = useState<AssignChoice | null>(null);
  const [assigned, setAssigned] = useState<Assignment | null>(null);
  const [editing, setEditing] = useState(false);
  // The activity whose change was just saved (the drawer may since show another).
  const [saved, setSaved] = useState<string | null>(null);
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const activity = data?.activity;
  if (!activity) return loading ? <Loading /> : <p className="empty">{t('activity.notFound')}</p>;
  const editor = mayEditProgramme(user.can);
  // A finished (completed or cancelled) activity is kept as recorded: the API refuses a change to its fields,
  // partners, cost lines or request links (ACTIVITY_CLOSED) until it is reopened.
  const editable = mayEditActivity(activity.status as ActivityStatus);

  return (
    <div className="detail" data-testid="activity-detail" data-id={activity.id} data-code={activity.code}>
      <p className="detail__lead">
        <strong>{activity.code}</strong> — <span data-testid="activity-detail-title">{activity.title}</span>{' '}
        {activity.unofficialTranslation && <UnofficialTranslation />} <ActivityStatusBadge status={activity.status} />
        {activity.illustrativeNote && <Illustrative note={activity.illustrativeNote} />}
      </p>
      {editor && editable && (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
            data-testid="activity-edit-open"
          >
            {t('editActivity.open')}
          </button>
        </div>
      )}
      {editor && !editable && (
        <p className="field-hint" data-testid="activity-edit-closed">
          {t('editActivity.closed', { status: t(`activityStatuses.${activity.status as ActivityStatus}`) })}
        </p>
      )}
      {saved === activity.id && (
        <Notice tone="success" onDismiss={() => setSaved(null)} testId="notice-activity-saved">
          <p>{t('editActivity.saved', { code: activity.code })}</p>
        </Notice>
      )}
      {/* Mounted while open only: what was typed stays in its draft on the device (Cancel, Escape, a reload). */}
      {editor && editable && editing && (
        <Suspense fallback={null}>
          <EditActivityDialog
            activityId={activity.id}
            userId={user.id}
            onClose={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved(activity.id);
            }}
          />
        </Suspense>
      )}
      <dl className="facts">
        <dt>{t('columns.priorityArea')}</dt>
        <dd>
          {activity.priorityArea.code} — {activity.priorityArea.title}
          {activity.subArea ? ` · ${activity.subArea.code} ${activity.subArea.title}` : ''}
        </dd>
        <dt>{t('activity.phase')}</dt>
        <dd data-testid="activity-phase">{t(`activityPhases.${activity.phase}`)}</dd>
        <dt>{t('programme.type')}</dt>
        <dd>{t(`activityTypes.${activity.activityType}`)}</dd>
        <dt>{t('activity.source')}</dt>
        <dd data-testid="activity-source">
          {[activity.section, activity.sourceParagraph && sourceLabel(t, activity.sourceParagraph)]
            .filter(Boolean)
            .join(' · ') || '—'}
        </dd>
        <dt>{t('activity.dates')}</dt>
        <dd>
          {activity.startsOn ? formatDate(activity.startsOn, lang) : '—'} –{' '}
          {activity.endsOn ? formatDate(activity.endsOn, lang) : '—'}
        </dd>
        <dt>{t('activity.beneficiaries')}</dt>
        <dd data-testid="activity-beneficiaries">
          {activity.beneficiaryStates.map((s, i) => (
            <span key={s.iso3}>
              {i > 0 && ', '}
              <StateLink iso3={s.iso3} name={s.name} />
            </span>
          ))}
          {activity.beneficiaryStates.length > 0 && activity.beneficiaryRegions.length > 0 && ' · '}
          {activity.beneficiaryRegions.join(', ')}
          {activity.beneficiaryStates.length === 0 && activity.beneficiaryRegions.length === 0 && '—'}
        </dd>
        <dt>{t('activity.partners')}</dt>
        <dd>{activity.partners.join(', ') || '—'}</dd>
        {activity.buildsOn.length > 0 && (
          <>
            <dt>{t('activity.buildsOn')}</dt>
            <dd data-testid="activity-builds-on">
              {activity.buildsOn.map((b, i) => (
                <span key={b.id}>
                  {i > 0 && ', '}
                  <Link
                    to={withQuery(pathOf({ page: 'programme' }), { phase: 'all', activity: b.id })}
                    testId="activity-builds-on-link"
                  >
                    {b.code} — {b.title}
                  </Link>
                  {b.unofficialTranslation && <UnofficialTranslation />}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('activity.leadOffice')}</dt>
        <dd>{activity.leadOffice?.name ?? t('activity.headquarters')}</dd>
        <dt>{t('programme.total')}</dt>
        <dd data-testid="activity-total">
          <Money value={activity.totalCost} currency="USD" />
        </dd>
      </dl>

      <section>
        <h3>{t('activity.description')}</h3>
        <p>{activity.description || '—'}</p>
      </section>

      {activity.figures.length > 0 && (
        <section>
          <h3>{t('activity.figures')}</h3>
          <ul data-testid="activity-figures">
            {activity.figures.map((f, i) => (
              <li key={i}>
                <strong>
                  {f.upTo != null
                    ? t('activity.figureRange', {
                        value: f.value.toLocaleString(lang),
                        upTo: f.upTo.toLocaleString(lang),
                      })
                    : f.value.toLocaleString(lang)}
                </strong>{' '}
                {f.label} <span className="source">{sourceLabel(t, f.sourceParagraph)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <ActivityDelivery
        status={activity.deliveryStatus}
        startedOn={activity.deliveryStartedOn}
        completedOn={activity.deliveryCompletedOn}
        spent={activity.spent}
        years={data?.activityMoney ?? []}
        movable={editor ? activity : undefined}
        userId={user.id}
      />

      {mayManageFunding(user.can) && activity.status !== 'CANCELLED' && activity.deliveryStatus !== 'CANCELLED' && (
        <ExpenditureForm
          activityId={activity.id}
          years={activity.costsByYear.length ? activity.costsByYear.map((y) => y.year) : planYears}
        />
      )}

      <ActivityResults results={activity.results} activityId={editor ? activity.id : undefined} userId={user.id} />

      <section aria-labelledby={`activity-experts-${activity.id}`}>
        <h3 id={`activity-experts-${activity.id}`}>{t('activity.experts')}</h3>
        {activity.experts.length ? (
          <ul data-testid="activity-experts">
            {activity.experts.map((e) => (
              <li key={e.id} data-id={e.id}>
                {e.name}
                {e.organisation ? ` — ${e.organisation}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('activity.noExperts')}</p>
        )}
        {assigned && (
          <Notice tone="success" onDismiss={() => setAssigned(null)} testId="notice-expert-assigned">
            <p>{t('assignExpert.assigned', { name: assigned.expertName, target: assigned.targetTitle })}</p>
          </Notice>
        )}
        {editor && mayAssignTo('ACTIVITY', activity) && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setAssigning(activityChoice(activity))}
            data-testid="activity-assign-expert"
          >
            {t('assignExpert.fromActivity')}
          </button>
        )}
        {/* Mounted while open only: what was chosen stays in its draft on the device (Cancel, Escape, a reload). */}
        {editor && assigning && (
          <Suspense fallback={null}>
            <AssignExpertDialog
              preset={{ target: { kind: 'ACTIVITY', choice: assigning } }}
              onClose={() => setAssigning(null)}
              onAssigned={(assignment) => {
                setAssigning(null);
                setAssigned(assignment);
              }}
              userId={user.id}
            />
          </Suspense>
        )}
      </section>

      <ParticipantsEditor activity={activity} editable={editor && editable} />

      {editor && <MoveActivityForm activity={activity} />}
      {editor && !editable && <ReopenActivityForm activity={activity} />}

      <CostLinesSection activity={activity} editable={editor && editable} />

      <section>
        <h3>{t('activity.history')}</h3>
        <ol className="moves" data-testid="activity-moves">
          {activity.history.map((move, i) => (
            <li key={i}>
              {formatDate(move.at.slice(0, 10), lang)} · {move.by}:{' '}
              {move.from ? `${t(`activityStatuses.${move.from}`)} → ` : ''}
              {t(`activityStatuses.${move.to}`)}
              {move.reason ? ` — ${move.reason}` : ''}
            </li>
          ))}
        </ol>
      </section>

      {withRequests && activity.requests && (
        <ActivityRequests activityId={activity.id} requests={activity.requests} editable={editor && editable} />
      )}

      <LegislationLinks
        target={{ activityId: activity.id }}
        laws={activity.legislation}
        editable={editor}
        refetch={['ActivityDetail']}
      />

      <section>
        <h3>{t('activity.allocations')}</h3>
        {activity.allocations.length ? (
          <table className="mini-table" data-testid="activity-allocations">
            <thead>
              <tr>
                <th scope="col">{t('funding.year')}</th>
                <th scope="col">{t('funding.donor')}</th>
                <th scope="col">{t('funding.stage')}</th>
                <th scope="col" className="cell-amount">
                  {t('funding.amountUsd')}
                </th>
              </tr>
            </thead>
            <tbody>
              {activity.allocations.map((a) => (
                <tr key={a.id} data-testid="allocation-row" data-year={a.year} data-stage={a.stage}>
                  <td>{a.year}</td>
                  <td>{a.contribution?.donor.name ?? t('funding.otherDonor')}</td>
                  <td>{t(`stages.${a.stage}`)}</td>
                  <td className="cell-amount">
                    <Money value={a.amountUsd} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('activity.noAllocations')}</p>
        )}
      </section>

      {mayReadHistory(user.can) && <HistoryButton entityType="activity" entityId={activity.id} title={activity.code} />}
    </div>
  );
}
