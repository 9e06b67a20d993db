import { useQuery } from '../../graphql/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEditProgramme } from '../../app/access';
import type { SignedInUser } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { apiLanguage } from '../../i18n';
import { useReferenceData } from '../reference/use-reference-data';
import { ActivitiesGrid } from './ActivitiesGrid';
import { ActivityDrawer } from './ActivityDrawer';
import { ProgrammeFilters } from './ProgrammeFilters';
import { PROGRAMME_PAGE_SIZE, useProgrammeState } from './programme-list-state';
import { activitiesQuery } from './programme.graphql';
import type { CreatedActivity } from './NewActivityDialog';

const NewActivityDialog = lazy(() => import('./NewActivityDialog').then((m) => ({ default: m.NewActivityDialog })));

/** The 2009–2011 programme as a planner's grid: activities × years, filtered and paged by the API. */
export function ProgrammePage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const state = useProgrammeState();
  const reference = useReferenceData();
  const { data, previousData, loading, error, refetch } = useQuery(activitiesQuery, {
    variables: { ...state.variables, lang: apiLanguage(lang) },
    notifyOnNetworkStatusChange: true,
  });
  const source = data ?? previousData;
  const connection = source?.activities;
  const rows = connection?.nodes ?? [];
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<CreatedActivity | null>(null);

  // The grid is asked again (the mutation made it stale); the new activity opens in the drawer.
  const onCreated = (activity: CreatedActivity): void => {
    setFormOpen(false);
    setCreated(activity);
    state.open(activity.id);
  };

  return (
    <section className="page" aria-labelledby="programme-title">
      <div className="page__head">
        <div>
          <h1 id="programme-title">{t('programme.title')}</h1>
          <p className="page__intro">{t('programme.intro')}</p>
        </div>
        {mayEditProgramme(user.can) && (
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setFormOpen(true)}
              data-testid="new-activity-open"
            >
              {t('newActivity.open')}
            </button>
          </div>
        )}
      </div>

      {created && (
        <Notice
          tone="success"
          onDismiss={() => setCreated(null)}
          testId="notice-activity-created"
          data={{ 'data-activity-id': created.id }}
        >
          <p>{t('newActivity.created', { code: created.code })}</p>
        </Notice>
      )}

      {/* Mounted while open only: what was typed stays in its draft on the device (Cancel, Escape, a reload). */}
      {mayEditProgramme(user.can) && formOpen && (
        <Suspense fallback={null}>
          <NewActivityDialog
            open={formOpen}
            onClose={() => setFormOpen(false)}
            onCreated={onCreated}
            reference={reference}
            userId={user.id}
          />
        </Suspense>
      )}

      <ProgrammeFilters
        filters={state.filters}
        onChange={state.setFilter}
        onClear={state.clear}
        reference={reference}
      />

      <div className="results-bar">
        <p className="results-bar__total" data-testid="activities-total" data-count={connection?.totalCount ?? ''}>
          {connection ? t('programme.count', { count: connection.totalCount }) : ''}
        </p>
        <p className="muted">{t('programme.usd')}</p>
      </div>

      {error && <LoadError error={error} onRetry={() => void refetch()} testId="activities-error" />}

      <ActivitiesGrid
        rows={rows}
        totals={source?.programmeTotals ?? []}
        years={reference.planYears}
        busy={loading}
        onOpen={(id) => state.open(id)}
      />
      {connection && (
        <Pager
          page={state.page}
          pageSize={PROGRAMME_PAGE_SIZE}
          shown={rows.length}
          total={connection.totalCount}
          hasNextPage={Boolean(data && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor)}
          onPrevious={state.previousPage}
          onNext={() => connection.pageInfo.endCursor && state.nextPage(connection.pageInfo.endCursor)}
        />
      )}

      <ActivityDrawer id={state.activityId} onClose={() => state.open(null)} user={user} />
    </section>
  );
}
