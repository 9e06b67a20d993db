import { mayAssignTo } from '@ta/domain';
import { useQuery } from '../../graphql/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SuggestionReasons } from '../../components/SuggestionReasons';
import { useApiLanguage } from '../../i18n';
import { suggestedExpertsQuery, suggestionNeedsQuery } from './experts.graphql';
import { expertChoice, workshopChoice, type AssignPreset } from './assign-expert-form';

/**
 * Experts ranked for a chosen workshop or request, with why; "Show in the balance" adds an expert to the choice
 * whose effect the balance charts below show; "Assign" opens the assignment for that expert, to the workshop ranked
 * for (a planned one) or, for a request, to the workshop or activity the planner then picks. Shown only to those
 * who may book experts.
 */
export function ExpertRanking({
  chosen,
  onChoose,
  onAssign,
}: {
  chosen: readonly string[];
  onChoose: (ids: string[]) => void;
  onAssign: (preset: AssignPreset) => void;
}) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const [need, setNeed] = useState<{ workshopId: string; requestId: string }>({ workshopId: '', requestId: '' });
  const needs = useQuery(suggestionNeedsQuery, { variables: { lang } });
  const ranked = useQuery(suggestedExpertsQuery, {
    variables: { workshopId: need.workshopId || null, requestId: need.requestId || null },
    skip: !need.workshopId && !need.requestId,
  });
  const rankedFor = (needs.data?.workshops.nodes ?? []).find((w) => w.id === need.workshopId);
  // Only a workshop still to come takes new experts (`mayAssignTo`); a request's need is met where the planner chooses.
  const target =
    rankedFor && mayAssignTo('WORKSHOP', rankedFor)
      ? { kind: 'WORKSHOP' as const, choice: workshopChoice(rankedFor) }
      : null;
  const kindLabel = (kind: string) => t(`kinds.${kind as 'TRAINING'}`, { defaultValue: kind });
  return (
    <section className="card" aria-labelledby="rank-title" data-testid="expert-ranking">
      <h2 id="rank-title">{t('experts.rankTitle')}</h2>
      <p className="page__intro">{t('experts.rankIntro')}</p>
      {needs.error && <LoadError error={needs.error} onRetry={() => void needs.refetch()} />}
      <div className="filters">
        <div className="field">
          <label htmlFor="rank-workshop">{t('experts.rankWorkshop')}</label>
          <select
            id="rank-workshop"
            data-testid="rank-workshop"
            value={need.workshopId}
            onChange={(e) => setNeed({ workshopId: e.target.value, requestId: '' })}
          >
            <option value="">{t('experts.rankNone')}</option>
            {(needs.data?.workshops.nodes ?? []).map((w) => (
              <option key={w.id} value={w.id}>
                {w.title} ({w.startsOn})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rank-request">{t('experts.rankRequest')}</label>
          <select
            id="rank-request"
            data-testid="rank-request"
            value={need.requestId}
            onChange={(e) => setNeed({ workshopId: '', requestId: e.target.value })}
          >
            <option value="">{t('experts.rankNone')}</option>
            {(needs.data?.assistanceRequests.nodes ?? []).map((r) => (
              <option key={r.id} value={r.id} data-state={r.state.iso3} data-kind={r.kind}>
                {r.state.name} — {kindLabel(r.kind)} ({r.receivedOn})
              </option>
            ))}
          </select>
        </div>
      </div>
      {ranked.error && <LoadError error={ranked.error} onRetry={() => void ranked.refetch()} />}
      {ranked.loading && <Loading />}
      {ranked.data && ranked.data.suggestedExperts.length === 0 && <p className="empty">{t('experts.rankEmpty')}</p>}
      {ranked.data && ranked.data.suggestedExperts.length > 0 && (
        <CardTable className="mini-table" data-testid="ranked-experts" aria-labelledby="rank-title">
          <thead>
            <tr>
              <th scope="col">{t('experts.name')}</th>
              <th scope="col">{t('experts.legalSystem')}</th>
              <th scope="col">{t('experts.reasons')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('experts.tryChoice')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.data.suggestedExperts.map((s) => {
              const isChosen = chosen.includes(s.expert.id);
              return (
                <tr key={s.expert.id} data-testid="ranked-expert" data-id={s.expert.id} data-score={s.score}>
                  <th scope="row">{s.expert.name}</th>
                  <td>{s.expert.legalSystem ? t(`legalSystems.${s.expert.legalSystem}`) : '—'}</td>
                  <td>
                    <SuggestionReasons score={s.score} reasons={s.reasonCodes} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--primary button--small"
                      onClick={() => onAssign({ expert: expertChoice(s.expert), target })}
                      aria-label={t('assignExpert.fromRankingLabel', { name: s.expert.name })}
                      data-testid="ranked-expert-assign"
                    >
                      {t('assignExpert.fromRanking')}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-pressed={isChosen}
                      onClick={() =>
                        onChoose(isChosen ? chosen.filter((id) => id !== s.expert.id) : [...chosen, s.expert.id])
                      }
                      data-testid="ranked-expert-choose"
                    >
                      {isChosen ? t('experts.choiceShown') : t('experts.tryChoice')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </CardTable>
      )}
      {chosen.length > 0 && (
        <p data-testid="expert-choice" data-count={chosen.length}>
          {t('experts.choiceCount', { count: chosen.length })}{' '}
          <button type="button" className="link-button" onClick={() => onChoose([])} data-testid="expert-choice-clear">
            {t('experts.clearChoice')}
          </button>
        </p>
      )}
    </section>
  );
}
