import { hasReported, type ChecklistStatus } from '@ta/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayPublishQuestionnaires } from '../../app/access';
import { pathOf, replaceQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { useQuery } from '../../graphql/hooks';
import { regionLabel } from '../reference/labels';
import { useReferenceData } from '../reference/use-reference-data';
import { cycleReportingQuery, reportingCyclesQuery } from './checklists.graphql';
import { QuestionnaireVersion } from './QuestionnaireVersionForm';

type Show = 'all' | 'reported' | 'notReported';

/** The reporting cycles and who has reported in each (para. 5: "States that have not yet reported"). */
export function CyclesPage({ user }: { user: SignedInUser }) {
  const { t } = useTranslation();
  const cycles = useQuery(reportingCyclesQuery);
  const [chosen, setChosen] = useState<string | null>(() => new URLSearchParams(window.location.search).get('cycle'));
  if (cycles.error) return <LoadError error={cycles.error} onRetry={() => void cycles.refetch()} />;
  const list = cycles.data?.reportingCycles;
  if (!list) return <Loading />;
  const cycleId = chosen && list.some((c) => c.id === chosen) ? chosen : (list[0]?.id ?? null);
  return (
    <section className="page" aria-labelledby="cycles-title" data-testid="cycles-page">
      <div className="page__head">
        <div>
          <h1 id="cycles-title">{t('checklists.title')}</h1>
          <p className="page__intro">{t('checklists.intro')}</p>
        </div>
      </div>
      {list.length === 0 ? (
        <Notice tone="warning">
          <p>{t('checklists.noCycles')}</p>
        </Notice>
      ) : (
        <>
          <div className="field">
            <label htmlFor="cycle-choice">{t('checklists.cycle')}</label>
            <select
              id="cycle-choice"
              value={cycleId ?? ''}
              onChange={(e) => {
                setChosen(e.target.value);
                replaceQuery({ cycle: e.target.value });
              }}
              data-testid="cycle-choice"
            >
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.openedYear})
                </option>
              ))}
            </select>
          </div>
          {cycleId && <CycleReporting key={cycleId} cycleId={cycleId} user={user} />}
        </>
      )}
    </section>
  );
}

function CycleReporting({ cycleId, user }: { cycleId: string; user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { states } = useReferenceData();
  const [show, setShow] = useState<Show>('all');
  const { data, error, refetch } = useQuery(cycleReportingQuery, { variables: { id: cycleId } });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const cycle = data?.reportingCycle;
  if (!cycle) return <Loading />;
  const nameOf = (iso3: string) => states.find((s) => s.iso3 === iso3)?.name ?? iso3;
  const rows = cycle.reportedByState.filter((s) =>
    show === 'all' ? true : show === 'reported' ? hasReported(s.status) : !hasReported(s.status),
  );
  const opensChecklist = user.can.readRequests;
  return (
    <>
      <p className="page__intro" data-testid="cycle-facts">
        {t('checklists.openedBy', { by: cycle.openedBy, year: cycle.openedYear })} · {cycle.instruments.join(', ')}
        {cycle.sourceParagraph ? ` · ${cycle.sourceParagraph}` : ''}
      </p>
      <QuestionnaireVersion cycleId={cycleId} mayPublish={mayPublishQuestionnaires(user.can)} />
      <div className="card">
        <table className="table" data-testid="reported-counts">
          <caption>{t('checklists.byRegion')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('filters.region')}</th>
              <th scope="col">{t('checklists.states')}</th>
              <th scope="col">{t('checklists.reported')}</th>
              <th scope="col">{t('checklists.updated')}</th>
              <th scope="col">{t('checklists.inProgress')}</th>
              <th scope="col">{t('checklists.notReported')}</th>
            </tr>
          </thead>
          <tbody>
            {cycle.reportedCounts.map((r) => (
              <tr key={r.region} data-testid={`region-${r.region}`}>
                <th scope="row">{regionLabel(t, r.region)}</th>
                <td>{r.states}</td>
                <td data-testid="region-submitted">{r.submitted}</td>
                <td>{r.updated}</td>
                <td>{r.inProgress}</td>
                <td data-testid="region-not-reported">{r.notReported}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="field">
        <label htmlFor="reported-show">{t('checklists.show')}</label>
        <select
          id="reported-show"
          value={show}
          onChange={(e) => setShow(e.target.value as Show)}
          data-testid="reported-show"
        >
          <option value="all">{t('checklists.showAll')}</option>
          <option value="reported">{t('checklists.showReported')}</option>
          <option value="notReported">{t('checklists.showNotReported')}</option>
        </select>
      </div>
      <div className="card">
        <table className="table" data-testid="reported-by-state">
          <caption>{t('checklists.byState')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checklists.state')}</th>
              <th scope="col">{t('filters.region')}</th>
              <th scope="col">{t('checklists.status')}</th>
              <th scope="col">{t('checklists.submittedOnColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.stateIso3} data-testid={`reported-${s.stateIso3}`}>
                <th scope="row">
                  {opensChecklist ? (
                    <Link to={pathOf({ page: 'checklist', cycleId, iso3: s.stateIso3 })}>{nameOf(s.stateIso3)}</Link>
                  ) : (
                    nameOf(s.stateIso3)
                  )}
                </th>
                <td>{regionLabel(t, s.region)}</td>
                <td data-testid="reported-status">{t(`checklists.statuses.${s.status as ChecklistStatus}`)}</td>
                <td>{s.submittedOn ? formatDate(s.submittedOn, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
