import { useMutation, useQuery } from '../../graphql/hooks';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { Illustrative } from '../../components/Illustrative';
import { LegalSystemField } from '../../components/LegalSystemField';
import { LoadError } from '../../components/LoadError';
import { Pager } from '../../components/Pager';
import { StateLink } from '../../components/StateLink';
import { apiLanguage } from '../../i18n';
import { topicLabel } from '../reference/labels';
import { mayEditProgramme } from '../../app/access';
import { pathOf, withQuery } from '../../app/router';
import { Link } from '../../components/Link';
import { Notice } from '../../components/Notice';
import type { SignedInUser } from '../../app/session';
import { ExpertBalance } from './ExpertBalance';
import { ExpertRanking } from './ExpertRanking';
import { ExpertFilters } from './ExpertFilters';
import { EMPTY_EXPERT_FILTERS, toExpertFilter, type ExpertFilterValues } from './expert-filters';
import { expertsQuery, setExpertLegalSystemMutation } from './experts.graphql';
import type { Assignment } from './AssignExpertDialog';
import { expertChoice, type AssignPreset } from './assign-expert-form';
import type { CreatedExpert } from './NewExpertDialog';

const NewExpertDialog = lazy(() => import('./NewExpertDialog').then((m) => ({ default: m.NewExpertDialog })));
const AssignExpertDialog = lazy(() => import('./AssignExpertDialog').then((m) => ({ default: m.AssignExpertDialog })));

const PAGE_SIZE = 25;

/** The roster: find experts for a need (topic, language, region, free dates), and see the group's balance. */
export function ExpertsPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const lang = i18n.resolvedLanguage ?? 'en';
  const [filters, setFilters] = useState<ExpertFilterValues>(EMPTY_EXPERT_FILTERS);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filter = useMemo(() => toExpertFilter(filters), [filters]);
  const { data, previousData, loading, error, refetch } = useQuery(expertsQuery, {
    variables: { filter, first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null, lang: apiLanguage(lang) },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.experts;
  const rows = connection?.nodes ?? [];
  const classifies = mayEditProgramme(user.can);
  // The balance by legal system and the suggestions read the expert's legal system: both are asked again.
  const [setLegalSystem] = useMutation(setExpertLegalSystemMutation, {
    evict: ['expertLegalSystemBalance', 'expertBalance', 'suggestedExperts'],
  });
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<CreatedExpert | null>(null);
  const [assigning, setAssigning] = useState<AssignPreset | null>(null);
  const [assigned, setAssigned] = useState<Assignment | null>(null);

  // The roster is asked again (the mutation made it stale), searched for the new expert so the row shows.
  const onCreated = (expert: CreatedExpert): void => {
    setFormOpen(false);
    setCreated(expert);
    setAssigned(null);
    setFilters({ ...EMPTY_EXPERT_FILTERS, search: expert.name });
    setCursors([null]);
  };
  const onAssigned = (assignment: Assignment): void => {
    setAssigning(null);
    setAssigned(assignment);
    setCreated(null);
  };

  return (
    <section className="page" aria-labelledby="experts-title">
      <div className="page__head">
        <div>
          <h1 id="experts-title">{t('experts.title')}</h1>
          <p className="page__intro">{t('experts.intro')}</p>
        </div>
        {classifies && (
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setFormOpen(true)}
              data-testid="new-expert-open"
            >
              {t('newExpert.open')}
            </button>
          </div>
        )}
      </div>

      {created && (
        <Notice
          tone="success"
          onDismiss={() => setCreated(null)}
          testId="notice-expert-created"
          data={{ 'data-expert-id': created.id }}
        >
          <p>{t('newExpert.created', { name: created.name })}</p>
        </Notice>
      )}
      {assigned && (
        <Notice tone="success" onDismiss={() => setAssigned(null)} testId="notice-expert-assigned">
          <p>
            {t('assignExpert.assigned', { name: assigned.expertName, target: assigned.targetTitle })}{' '}
            {assigned.target === 'WORKSHOP' ? (
              <Link to={pathOf({ page: 'workshop', id: assigned.targetId })} testId="assigned-workshop-link">
                {t('assignExpert.openWorkshop')}
              </Link>
            ) : (
              <Link
                to={withQuery(pathOf({ page: 'programme' }), { phase: 'all', activity: assigned.targetId })}
                testId="assigned-activity-link"
              >
                {t('assignExpert.openActivity')}
              </Link>
            )}
          </p>
        </Notice>
      )}

      {/* Mounted while open only: what was typed stays in its draft on the device (Cancel, Escape, a reload). */}
      {classifies && formOpen && (
        <Suspense fallback={null}>
          <NewExpertDialog open={formOpen} onClose={() => setFormOpen(false)} onCreated={onCreated} userId={user.id} />
        </Suspense>
      )}
      {classifies && assigning && (
        <Suspense fallback={null}>
          <AssignExpertDialog
            key={`${assigning.expert?.id ?? ''}:${assigning.target?.choice.id ?? ''}`}
            preset={assigning}
            onClose={() => setAssigning(null)}
            onAssigned={onAssigned}
            userId={user.id}
          />
        </Suspense>
      )}
      <ExpertFilters
        values={filters}
        onChange={(patch) => {
          setFilters((f) => ({ ...f, ...patch }));
          setCursors([null]);
        }}
      />
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      <p className="results-bar__total" data-testid="experts-total" data-count={connection?.totalCount ?? ''}>
        {connection ? t('experts.count', { count: connection.totalCount }) : ''}
      </p>
      <div className="table-wrap" aria-busy={loading} data-busy={loading}>
        <CardTable className="requests-table" data-testid="experts-table" aria-labelledby="experts-title">
          <thead>
            <tr>
              <th scope="col">{t('experts.name')}</th>
              <th scope="col">{t('experts.nationality')}</th>
              <th scope="col">{t('experts.organisation')}</th>
              <th scope="col">{t('experts.expertise')}</th>
              <th scope="col">{t('experts.languages')}</th>
              <th scope="col">{t('experts.advisoryGroup')}</th>
              <th scope="col">{t('experts.legalSystem')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.id} data-testid="expert-row" data-id={e.id} data-nationality={e.nationality?.iso3 ?? ''}>
                <th scope="row">
                  {e.name} {e.illustrativeNote && <Illustrative note={e.illustrativeNote} />}
                  {classifies && (
                    <div>
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setAssigning({ expert: expertChoice(e) })}
                        aria-label={t('assignExpert.openLabel', { name: e.name })}
                        data-testid="assign-expert-open"
                      >
                        {t('assignExpert.open')}
                      </button>
                    </div>
                  )}
                </th>
                <td>{e.nationality ? <StateLink iso3={e.nationality.iso3} name={e.nationality.name} /> : '—'}</td>
                <td>{e.organisation ?? '—'}</td>
                <td>
                  <ul className="chips">
                    {e.expertise.map((topic) => (
                      <li key={topic} className="chip">
                        {topicLabel(t, topic)}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{e.languages.join(', ').toUpperCase()}</td>
                <td>{e.advisoryGroup ? t('experts.member') : '—'}</td>
                <td>
                  {classifies ? (
                    <LegalSystemField
                      value={e.legalSystem ?? null}
                      label={t('legalSystemField.ofExpert', { name: e.name })}
                      onSave={(legalSystem) =>
                        setLegalSystem({ variables: { id: e.id, expectedVersion: e.version, legalSystem } })
                      }
                      testId="expert-legal-system"
                    />
                  ) : e.legalSystem ? (
                    t(`legalSystems.${e.legalSystem}`)
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </CardTable>
      </div>
      {connection && rows.length === 0 && !loading && <p className="empty">{t('experts.empty')}</p>}
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
      {classifies && <ExpertRanking chosen={chosen} onChoose={setChosen} onAssign={setAssigning} />}
      <ExpertBalance
        withExpertIds={chosen}
        onRegion={(region) => {
          setFilters((f) => ({ ...f, region }));
          setCursors([null]);
          document.getElementById('experts-title')?.scrollIntoView({ block: 'start' });
        }}
      />
    </section>
  );
}
