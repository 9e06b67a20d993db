import { useMutation, useQuery } from '../../graphql/hooks';
import { useTranslation } from 'react-i18next';
import { mayEditProgramme, seesRequests } from '../../app/access';
import { pathOf, withQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { ActivityPhaseChip } from '../../components/ActivityPhaseChip';
import { ActivityStatusBadge } from '../../components/ActivityStatusBadge';
import { LegalSystemField } from '../../components/LegalSystemField';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Money } from '../../components/Money';
import { Notice } from '../../components/Notice';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { apiLanguage } from '../../i18n';
import { UnofficialTranslationsNote } from '../../components/UnofficialTranslation';
import { regionPath, sourceLabel, topicLabel } from '../reference/labels';
import { setStateLegalSystemMutation, stateProfileQuery } from './states.graphql';
import { TreatyStatusList } from './TreatyStatusList';

/** A State's whole picture: its names, its needs (not for donors), what reached it, its experts. */
export function StatePage({ iso3, user }: { iso3: string; user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const withRequests = seesRequests(user.can);
  const { data, loading, error, refetch } = useQuery(stateProfileQuery, {
    variables: { iso3, lang: apiLanguage(lang), withRequests },
  });
  const [setLegalSystem] = useMutation(setStateLegalSystemMutation, {
    refetchQueries: ['StateProfile'],
    evict: ['suggestedExperts', 'states'],
  });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const profile = data?.stateProfile;
  if (!profile) return loading ? <Loading /> : <Notice tone="warning">{t('stateProfile.notFound', { iso3 })}</Notice>;
  const { state } = profile;
  const name = lang === 'fr' ? state.nameFr : lang === 'es' ? state.nameEs : state.nameEn;

  return (
    <section className="page" aria-labelledby="state-title" data-testid="state-page" data-iso3={state.iso3}>
      <div className="page__head">
        <div>
          <h1 id="state-title">{name}</h1>
          <p className="page__intro" data-testid="state-names" lang="">
            <span lang="en">{state.nameEn}</span> · <span lang="fr">{state.nameFr}</span> ·{' '}
            <span lang="es">{state.nameEs}</span>
          </p>
        </div>
      </div>
      <div className="card">
        <dl className="facts">
          <dt>{t('stateProfile.codes')}</dt>
          <dd>
            {state.iso3} · M49 {state.m49}
          </dd>
          <dt>{t('filters.region')}</dt>
          <dd data-testid="state-region-path">
            {regionPath(t, [state.region, state.subregion, state.intermediateRegion])}
          </dd>
          <dt>{t('stateProfile.unStatus')}</dt>
          <dd>{t(`stateProfile.unStatuses.${state.unStatus as 'MEMBER'}`, { defaultValue: state.unStatus })}</dd>
          <dt>{t('experts.legalSystem')}</dt>
          <dd data-testid="state-legal-system" data-legal-system={state.legalSystem ?? ''}>
            {state.legalSystem
              ? `${t(`legalSystems.${state.legalSystem}`)} (${t('stateProfile.legalSystemNote')})`
              : '—'}
          </dd>
          {mayEditProgramme(user.can) && (
            <>
              <dt>{t('legalSystemField.set')}</dt>
              <dd>
                <LegalSystemField
                  value={state.legalSystem ?? null}
                  label={t('legalSystemField.ofState', { name })}
                  onSave={(legalSystem) => setLegalSystem({ variables: { iso3: state.iso3, legalSystem } })}
                  testId="state-legal-system-field"
                />
              </dd>
            </>
          )}
          <dt>{t('stateProfile.instruments')}</dt>
          <dd data-testid="state-treaty-status">
            <TreatyStatusList
              stateIso3={state.iso3}
              stateName={name}
              treatyStatus={state.treatyStatus}
              instruments={data.instruments}
              user={user}
            />
          </dd>
        </dl>
      </div>

      {withRequests && profile.requestsByStatus && (
        <section className="card" data-testid="state-requests-by-status">
          <div className="section-head">
            <h2>{t('stateProfile.requestsByStatus')}</h2>
            <Link to={withQuery('/requests', { state: state.iso3 })} testId="state-requests-link">
              {t('stateProfile.allRequests')}
            </Link>
          </div>
          {profile.requestsByStatus.length ? (
            <ul className="status-counts">
              {profile.requestsByStatus.map((s) => (
                <li key={s.status} data-status={s.status} data-count={s.count}>
                  <StatusBadge status={s.status} /> <strong>{s.count}</strong>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('stateProfile.noRequests')}</p>
          )}
        </section>
      )}

      {withRequests && profile.unansweredNeeds && (
        <section className="card" data-testid="state-unanswered">
          <h2>{t('stateProfile.unanswered', { count: profile.unansweredNeeds.length })}</h2>
          {profile.unansweredNeeds.length ? (
            <ul className="plain-list">
              {profile.unansweredNeeds.map((r) => (
                <li key={r.id}>
                  {t(`kinds.${r.kind}`)} · {r.priorityArea.code} ·{' '}
                  {r.topics.map((topic) => topicLabel(t, topic)).join(', ') || '—'} · {formatDate(r.receivedOn, lang)}{' '}
                  <StatusBadge status={r.status} />
                  {r.sourceParagraph && <span className="source"> · {sourceLabel(t, r.sourceParagraph)}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('stateProfile.allAnswered')}</p>
          )}
        </section>
      )}

      <UnofficialTranslationsNote
        shown={
          profile.activities.some((a) => a.unofficialTranslation) ||
          profile.workshops.some((w) => w.unofficialTranslation)
        }
      />
      <div className="two-columns">
        <section className="card" data-testid="state-activities">
          <h2>{t('stateProfile.activities', { count: profile.activities.length })}</h2>
          <ul className="plain-list">
            {profile.activities.map((a) => (
              <li key={a.id} data-testid="state-activity" data-code={a.code}>
                {/* Current work is not on the programme grid's default (the proposals): open it with both phases. */}
                <Link to={withQuery('/programme', { phase: 'all', activity: a.id })}>
                  {a.code} — {a.title}
                </Link>{' '}
                <ActivityStatusBadge status={a.status} /> <ActivityPhaseChip phase={a.phase} />
                {/* Current activities carry no cost of their own (the document gives none). */}
                {a.phase === 'PROPOSED' && <Money value={a.totalCost} currency="USD" />}
              </li>
            ))}
          </ul>
          {profile.activities.length === 0 && <p className="muted">{t('stateProfile.none')}</p>}
        </section>
        <section className="card" data-testid="state-workshops">
          <h2>{t('stateProfile.workshops', { count: profile.workshops.length })}</h2>
          <ul className="plain-list">
            {profile.workshops.map((w) => (
              <li key={w.id}>
                <Link to={pathOf({ page: 'workshop', id: w.id })}>{w.title}</Link> · {w.city} ·{' '}
                {formatDate(w.startsOn, lang)}
              </li>
            ))}
          </ul>
          {profile.workshops.length === 0 && <p className="muted">{t('stateProfile.none')}</p>}
        </section>
      </div>
      <section className="card" data-testid="state-authorities">
        <h2>{t('authorities.title', { count: state.authorities.length })}</h2>
        <ul className="plain-list">
          {state.authorities.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong> · {t(`authorities.kinds.${a.kind}`)} ({a.instrumentCode})
              <br />
              {t('authorities.languages')}: {a.languages.join(', ') || '—'} · {t('authorities.channels')}:{' '}
              {a.channels.map((c) => t(`authorities.channelNames.${c}`)).join(', ') || '—'}
              {a.email ? (
                <>
                  {' '}
                  · <a href={`mailto:${a.email}`}>{a.email}</a>
                </>
              ) : null}
              {a.lastConfirmedOn
                ? ` · ${t('authorities.confirmed', { date: formatDate(a.lastConfirmedOn, lang) })}`
                : ''}
              {a.illustrative ? <span className="muted"> · {t('authorities.illustrative')}</span> : null}
            </li>
          ))}
        </ul>
        {state.authorities.length === 0 && <p className="muted">{t('stateProfile.none')}</p>}
      </section>
      <section className="card" data-testid="state-legislation">
        <h2>{t('legislation.ofState')}</h2>
        <ul className="plain-list">
          {state.legislation.map((l) => (
            <li key={l.id} lang={l.language}>
              <strong>{l.title}</strong>
              {l.enactedOn ? ` · ${formatDate(l.enactedOn, lang)}` : ''}
              {l.articles.length ? ` · ${l.articles.join(', ')}` : ''}
              {l.illustrative ? (
                <span className="muted" lang={lang}>
                  {' '}
                  · {t('legislation.illustrative')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {state.legislation.length === 0 && <p className="muted">{t('stateProfile.none')}</p>}
      </section>
      <section className="card" data-testid="state-cooperation">
        <h2>{t('cooperation.title')}</h2>
        {data.cooperationStatistics.length ? (
          <table className="mini-table" data-testid="state-cooperation-table">
            <caption className="visually-hidden">{t('cooperation.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cooperation.year')}</th>
                <th scope="col">{t('cooperation.requests')}</th>
                <th scope="col">{t('cooperation.refusals')}</th>
                <th scope="col">{t('cooperation.medianDays')}</th>
              </tr>
            </thead>
            <tbody>
              {data.cooperationStatistics.map((r) => (
                <tr key={r.year ?? 'all'}>
                  <th scope="row">{r.year}</th>
                  <td>{r.requests}</td>
                  <td>{r.refusals}</td>
                  <td>{r.medianDaysToExecute ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('cooperation.none')}</p>
        )}
      </section>
      <section className="card" data-testid="state-experts">
        <h2>{t('stateProfile.experts', { count: profile.experts.length })}</h2>
        <ul className="plain-list">
          {profile.experts.map((e) => (
            <li key={e.id}>
              {e.name}
              {e.organisation ? ` · ${e.organisation}` : ''}
              {e.advisoryGroup ? ` · ${t('experts.member')}` : ''}
            </li>
          ))}
        </ul>
        {profile.experts.length === 0 && <p className="muted">{t('stateProfile.none')}</p>}
      </section>
    </section>
  );
}
