import { useQuery } from '../../graphql/hooks';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEditProgramme } from '../../app/access';
import { navigate, pathOf } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { Illustrative } from '../../components/Illustrative';
import { UnofficialTranslationsNote } from '../../components/UnofficialTranslation';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Pager } from '../../components/Pager';
import { formatPeriod } from '../../format';
import { apiLanguage } from '../../i18n';
import { sourceLabel } from '../reference/labels';
import { workshopsQuery } from './workshops.graphql';
import { CardTable } from '../../components/CardTable';
import type { CreatedWorkshop } from './NewWorkshopDialog';

const NewWorkshopDialog = lazy(() => import('./NewWorkshopDialog').then((m) => ({ default: m.NewWorkshopDialog })));

const PAGE_SIZE = 25;

/** Workshops, earliest first: the regional workshops of 2007–2008 and those the programme funds. */
export function WorkshopsPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const [formOpen, setFormOpen] = useState(false);
  // The list is asked again (the mutation made it stale); the new workshop opens on its own page.
  const onCreated = (workshop: CreatedWorkshop): void => {
    setFormOpen(false);
    navigate(pathOf({ page: 'workshop', id: workshop.id }));
  };
  const lang = i18n.resolvedLanguage ?? 'en';
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const { data, previousData, loading, error, refetch } = useQuery(workshopsQuery, {
    variables: { first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null, lang: apiLanguage(lang) },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.workshops;
  const rows = connection?.nodes ?? [];

  return (
    <section className="page" aria-labelledby="workshops-title">
      <div className="page__head">
        <div>
          <h1 id="workshops-title">{t('workshops.title')}</h1>
          <p className="page__intro">{t('workshops.intro')}</p>
        </div>
        {mayEditProgramme(user.can) && (
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setFormOpen(true)}
              data-testid="new-workshop-open"
            >
              {t('newWorkshop.open')}
            </button>
          </div>
        )}
      </div>

      {/* Mounted while open only: what was typed stays in its draft on the device (Cancel, Escape, a reload). */}
      {mayEditProgramme(user.can) && formOpen && (
        <Suspense fallback={null}>
          <NewWorkshopDialog
            open={formOpen}
            onClose={() => setFormOpen(false)}
            onCreated={onCreated}
            userId={user.id}
          />
        </Suspense>
      )}
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      <UnofficialTranslationsNote shown={rows.some((w) => w.unofficialTranslation)} />
      <p className="results-bar__total" data-testid="workshops-total" data-count={connection?.totalCount ?? ''}>
        {connection ? t('workshops.count', { count: connection.totalCount }) : ''}
      </p>
      <div className="table-wrap" aria-busy={loading} data-busy={loading}>
        <CardTable className="requests-table" data-testid="workshops-table" aria-labelledby="workshops-title">
          <thead>
            <tr>
              <th scope="col">{t('workshops.workshop')}</th>
              <th scope="col">{t('workshops.dates')}</th>
              <th scope="col">{t('workshops.venue')}</th>
              <th scope="col">{t('workshops.participants')}</th>
              <th scope="col">{t('columns.status')}</th>
              <th scope="col">{t('columns.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <tr key={w.id} data-testid="workshop-row" data-id={w.id} data-city={w.city}>
                <th scope="row">
                  <Link to={pathOf({ page: 'workshop', id: w.id })} testId="workshop-link">
                    {w.title}
                  </Link>
                  <div className="muted">{t(`workshopKinds.${w.kind}`)}</div>
                </th>
                <td className="cell-date">
                  {formatPeriod(w.startsOn, w.endsOn, w.datePrecision, lang, (quarter, year) =>
                    t('datePrecisions.quarter', { quarter, year }),
                  )}
                </td>
                <td>
                  {w.city}
                  {w.country ? `, ${w.country.name}` : ''}
                </td>
                <td>{w.participants.length || '—'}</td>
                <td>
                  <span className="chip">
                    {t(`workshopStatuses.${w.status as 'HELD'}`, { defaultValue: w.status })}
                  </span>
                  {w.outcome && <span className="chip chip--ok">{t('workshops.outcomeRecorded')}</span>}
                </td>
                <td className="cell-source">
                  {w.sourceParagraph && <span className="source">{sourceLabel(t, w.sourceParagraph)}</span>}
                  {w.illustrativeNote && <Illustrative note={w.illustrativeNote} />}
                </td>
              </tr>
            ))}
          </tbody>
        </CardTable>
      </div>
      {connection && (
        <Pager
          page={cursors.length}
          pageSize={PAGE_SIZE}
          shown={rows.length}
          total={connection.totalCount}
          hasNextPage={Boolean(data && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor)}
          onPrevious={() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c))}
          onNext={() => {
            const cursor = connection.pageInfo.endCursor;
            if (cursor) setCursors((c) => [...c, cursor]);
          }}
        />
      )}
    </section>
  );
}
