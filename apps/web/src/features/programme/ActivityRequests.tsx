import { useMutation, useQuery } from '../../graphql/hooks';
import type { ActivityDetailQuery } from '@ta/graphql-types/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StateLink } from '../../components/StateLink';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDate } from '../../format';
import { useForm } from '../../components/use-form';
import { apiProblems } from '../../graphql/errors';
import { apiLanguage } from '../../i18n';
import { useDebouncedSearch } from '../../use-debounced-search';
import { linkRequestsMutation, requestChoicesQuery, unlinkRequestMutation } from './programme.graphql';

type LinkedRequest = NonNullable<NonNullable<ActivityDetailQuery['activity']>['requests']>[number];

const REFETCH = ['ActivityDetail', 'AssistanceRequests'];

/** The needs an activity answers; the secretariat links more (ACCEPTED ones move to PLANNED) or unlinks one. */
export function ActivityRequests({
  activityId,
  requests,
  editable,
}: {
  activityId: string;
  requests: readonly LinkedRequest[];
  /** Links and unlinks offered: not on a finished activity (the API refuses both, ACTIVITY_CLOSED). */
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [linking, setLinking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [unlink] = useMutation(unlinkRequestMutation, { refetchQueries: REFETCH });

  const remove = async (requestId: string): Promise<void> => {
    try {
      setError(null);
      await unlink({ variables: { activityId, requestId } });
    } catch (e) {
      setError(
        apiProblems(e)
          .map((p) => p.message)
          .join(' '),
      );
    }
  };

  return (
    <section>
      <div className="section-head">
        <h3>{t('activity.requests')}</h3>
        {editable && !linking && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setLinking(true)}
            data-testid="link-requests-open"
          >
            {t('activity.linkRequests')}
          </button>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {requests.length ? (
        <ul className="plain-list" data-testid="activity-requests">
          {requests.map((r) => (
            <li key={r.id} data-id={r.id}>
              <StateLink iso3={r.state.iso3} name={r.state.name} /> · {t(`kinds.${r.kind}`)} ·{' '}
              {formatDate(r.receivedOn, lang)} <StatusBadge status={r.status} />
              {editable && (
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => void remove(r.id)}
                  data-testid="request-unlink"
                >
                  {t('activity.unlink')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('activity.noRequests')}</p>
      )}
      {editable && linking && (
        <LinkRequestsForm activityId={activityId} linked={requests.map((r) => r.id)} onDone={() => setLinking(false)} />
      )}
    </section>
  );
}

function LinkRequestsForm({
  activityId,
  linked,
  onDone,
}: {
  activityId: string;
  linked: string[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [applied, setApplied] = useState('');
  const search = useDebouncedSearch(applied, setApplied);
  // The choice has no field of its own to carry an error: every refusal is said above it.
  const form = useForm<{ requestIds: string[] }>({
    initial: { requestIds: [] },
    validate: () => ({}),
    isField: () => false,
  });
  const chosen = form.values.requestIds;
  const error = form.formError;
  const { data, loading } = useQuery(requestChoicesQuery, {
    variables: { search: applied.trim() || null, lang: apiLanguage(lang) },
  });
  const [link, { loading: saving }] = useMutation(linkRequestsMutation, { refetchQueries: REFETCH });
  const choices = (data?.assistanceRequests.nodes ?? []).filter((r) => !linked.includes(r.id));

  const submit = form.handleSubmit(async ({ requestIds }) => {
    await link({ variables: { activityId, requestIds } });
    onDone();
  });

  return (
    <div className="sub-form" data-testid="link-requests-form">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`link-search-${activityId}`}>{t('activity.findRequests')}</label>
        <input
          id={`link-search-${activityId}`}
          type="search"
          value={search.value}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => search.set(e.target.value)}
          data-testid="link-requests-search"
        />
      </div>
      <ul className="plain-list choice-list" aria-busy={loading}>
        {choices.map((r) => (
          <li key={r.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(r.id)}
                onChange={(e) =>
                  form.set('requestIds', e.target.checked ? [...chosen, r.id] : chosen.filter((x) => x !== r.id))
                }
                data-testid="link-request-choice"
              />
              {r.state.name} · {t(`kinds.${r.kind}`)} · {formatDate(r.receivedOn, lang)} · {t(`statuses.${r.status}`)}
            </label>
          </li>
        ))}
        {!loading && choices.length === 0 && <li className="muted">{t('requests.empty')}</li>}
      </ul>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={chosen.length === 0 || saving}
          onClick={submit}
          data-testid="link-requests-submit"
        >
          {t('activity.linkChosen', { count: chosen.length })}
        </button>
      </div>
    </div>
  );
}
