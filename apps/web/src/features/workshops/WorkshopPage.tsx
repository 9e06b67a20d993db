import { useQuery } from '../../graphql/hooks';
import { todayUtc } from '@ta/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayRecordOutcome, recordsOutcomes, seesRequests } from '../../app/access';
import { withQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { Illustrative } from '../../components/Illustrative';
import { UnofficialTranslation } from '../../components/UnofficialTranslation';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { StateLink } from '../../components/StateLink';
import { formatDate, formatPeriod } from '../../format';
import { apiLanguage } from '../../i18n';
import { regionLabel, sourceLabel } from '../reference/labels';
import { useReferenceData } from '../reference/use-reference-data';
import { FollowUpRequests } from './FollowUpRequests';
import { OutcomeForm, type SavedOutcome } from './OutcomeForm';
import { workshopQuery } from './workshops.graphql';

/** One workshop: when and where, who organised and came, the resource persons, and its outcome. */
export function WorkshopPage({ id, user }: { id: string; user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const reference = useReferenceData();
  const [saved, setSaved] = useState<SavedOutcome | null>(null);
  const { data, loading, error, refetch } = useQuery(workshopQuery, { variables: { id, lang: apiLanguage(lang) } });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const workshop = data?.workshop;
  if (!workshop) return loading ? <Loading /> : <Notice tone="warning">{t('workshops.notFound')}</Notice>;

  const offered = mayRecordOutcome(workshop);
  const started = workshop.startsOn <= todayUtc();
  const followUps = workshop.outcome?.followUpRequests ?? [];

  return (
    <section className="page" aria-labelledby="workshop-title" data-testid="workshop-page" data-id={workshop.id}>
      <p>
        <Link to="/workshops">← {t('workshops.title')}</Link>
      </p>
      <div className="page__head">
        <div>
          <h1 id="workshop-title">
            {workshop.title} {workshop.unofficialTranslation && <UnofficialTranslation />}
          </h1>
          <p className="page__intro">
            {t(`workshopKinds.${workshop.kind}`)}
            {workshop.sourceParagraph ? ` · ${sourceLabel(t, workshop.sourceParagraph)}` : ''}{' '}
            {workshop.illustrativeNote && <Illustrative note={workshop.illustrativeNote} />}
          </p>
        </div>
      </div>

      <div className="card">
        <dl className="facts">
          <dt>{t('workshops.dates')}</dt>
          <dd data-testid="workshop-dates">
            {formatPeriod(workshop.startsOn, workshop.endsOn, workshop.datePrecision, lang, (quarter, year) =>
              t('datePrecisions.quarter', { quarter, year }),
            )}
          </dd>
          <dt>{t('workshops.venue')}</dt>
          <dd data-testid="workshop-venue">
            {workshop.city}
            {workshop.country && (
              <>
                {', '}
                <StateLink iso3={workshop.country.iso3} name={workshop.country.name} />
              </>
            )}
            {workshop.region ? ` · ${regionLabel(t, workshop.region)}` : ''}
          </dd>
          <dt>{t('workshops.organisers')}</dt>
          <dd>{workshop.organisers.join(', ') || '—'}</dd>
          <dt>{t('workshops.languages')}</dt>
          <dd>{workshop.languages.join(', ').toUpperCase() || '—'}</dd>
          <dt>{t('columns.status')}</dt>
          <dd>{t(`workshopStatuses.${workshop.status as 'HELD'}`, { defaultValue: workshop.status })}</dd>
          {workshop.activity && (
            <>
              <dt>{t('workshops.activity')}</dt>
              <dd>
                <Link to={withQuery('/programme', { activity: workshop.activity.id })}>
                  {workshop.activity.code} — {workshop.activity.title}
                </Link>
              </dd>
            </>
          )}
        </dl>
      </div>

      <div className="two-columns">
        <section className="card">
          <h2>{t('workshops.participantsTitle', { count: workshop.participants.length })}</h2>
          {workshop.participants.length ? (
            <table className="mini-table" data-testid="workshop-participants">
              <thead>
                <tr>
                  <th scope="col">{t('columns.state')}</th>
                  <th scope="col">{t('outcome.participantCount')}</th>
                  <th scope="col">{t('outcome.women')}</th>
                </tr>
              </thead>
              <tbody>
                {workshop.participants.map((p) => (
                  <tr key={p.state.iso3} data-state={p.state.iso3}>
                    <td>
                      <StateLink iso3={p.state.iso3} name={p.state.name} />
                    </td>
                    <td>{p.participants ?? '—'}</td>
                    <td>{p.women ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="muted">{t('workshops.noParticipants')}</p>
          )}
        </section>
        <section className="card">
          <h2>{t('workshops.experts')}</h2>
          {workshop.experts.length ? (
            <ul className="plain-list" data-testid="workshop-experts">
              {workshop.experts.map((e) => (
                <li key={e.id}>
                  {e.name}
                  {e.organisation ? ` · ${e.organisation}` : ''}
                  {e.nationality ? (
                    <>
                      {' · '}
                      <StateLink iso3={e.nationality.iso3} name={e.nationality.name} />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('workshops.noExperts')}</p>
          )}
        </section>
      </div>

      <section className="card" data-testid="workshop-outcome">
        <h2>{t('outcome.title')}</h2>
        {workshop.outcome ? (
          <dl className="facts">
            <dt>{t('outcome.checklistsCompleted')}</dt>
            <dd data-testid="outcome-checklists">{workshop.outcome.checklistsCompleted ?? '—'}</dd>
            <dt>{t('outcome.statesUpdated')}</dt>
            <dd>{workshop.outcome.statesUpdated ?? '—'}</dd>
            <dt>{t('outcome.casesProgressed')}</dt>
            <dd>{workshop.outcome.casesProgressed ?? '—'}</dd>
            <dt>{t('outcome.conclusions')}</dt>
            <dd>{workshop.outcome.conclusions || '—'}</dd>
            <dt>{t('outcome.recorded')}</dt>
            <dd>
              {formatDate(workshop.outcome.recordedAt.slice(0, 10), lang)} · {workshop.outcome.recordedBy}
            </dd>
          </dl>
        ) : (
          <p className="muted">{t('outcome.none')}</p>
        )}
      </section>

      {saved && (
        <Notice tone="success" onDismiss={() => setSaved(null)} testId="outcome-saved">
          <p>{t('outcome.saved', { count: saved.outcome?.followUpRequests.length ?? 0 })}</p>
        </Notice>
      )}

      <FollowUpRequests workshopId={workshop.id} requests={followUps} linkToRequests={seesRequests(user.can)} />

      {offered && started && (
        <OutcomeForm
          userId={user.id}
          actableStates={user.actableStates ?? null}
          key={workshop.version}
          workshop={workshop}
          reference={reference}
          onSaved={(result) => {
            setSaved(result);
            window.scrollTo?.(0, 0);
          }}
        />
      )}
      {offered && !started && <p className="muted">{t('outcome.notYet')}</p>}
      {!offered && recordsOutcomes(user.can) && (
        <Notice tone="warning" testId="outcome-not-offered">
          <p>{t('outcome.otherOffice')}</p>
        </Notice>
      )}
    </section>
  );
}
