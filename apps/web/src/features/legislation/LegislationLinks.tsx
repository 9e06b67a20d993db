import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathOf } from '../../app/router';
import { Link } from '../../components/Link';
import { Notice } from '../../components/Notice';
import { apiProblems } from '../../graphql/errors';
import { useMutation, useQuery } from '../../graphql/hooks';
import { legislationChoicesQuery, linkLegislationMutation } from './legislation.graphql';

interface LegislationLinksProps {
  /** The request or the activity the laws concern (one of the two). */
  target: { requestId: string } | { activityId: string };
  laws: readonly { id: string; title: string; language: string }[];
  /** The State whose laws are offered (a request's); all laws when none (an activity's). */
  stateIso3?: string | null;
  /** The programme's planners link laws; everyone else reads the list. */
  editable: boolean;
  /** The queries that show `laws` again after a link. */
  refetch: string[];
}

/** The laws a request or an activity concerns (the legal library), and for the planners a way to link one more. */
export function LegislationLinks({ target, laws, stateIso3, editable, refetch }: LegislationLinksProps) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const choices = useQuery(legislationChoicesQuery, { variables: { stateIso3: stateIso3 ?? null }, skip: !editable });
  const [link, { loading }] = useMutation(linkLegislationMutation, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  const linked = new Set(laws.map((l) => l.id));
  const offered = (choices.data?.legislation.nodes ?? []).filter((l) => !linked.has(l.id));

  const submit = async () => {
    if (!chosen) return;
    setError(null);
    try {
      await link({ variables: { legislationId: chosen, ...target } });
      setChosen('');
    } catch (e) {
      setError(
        t('legislation.linkError', {
          message: apiProblems(e)
            .map((p) => p.message)
            .join(' '),
        }),
      );
    }
  };

  return (
    <section data-testid="legislation-links">
      <h3>{t('legislation.linked')}</h3>
      {laws.length ? (
        <ul className="plain-list" data-testid="legislation-linked">
          {laws.map((l) => (
            <li key={l.id} lang={l.language}>
              <Link to={pathOf({ page: 'legislation' })}>{l.title}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('legislation.noneLinked')}</p>
      )}
      {editable && offered.length > 0 && (
        <div className="inline-form">
          <div className="field">
            <label htmlFor={`${id}-law`}>{t('legislation.chooseLaw')}</label>
            <select
              id={`${id}-law`}
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
              data-testid="legislation-link-choice"
            >
              <option value="">{t('legislation.pickLaw')}</option>
              {offered.map((l) => (
                <option key={l.id} value={l.id} lang={l.language}>
                  {l.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={!chosen || loading}
            onClick={() => void submit()}
            data-testid="legislation-link"
          >
            {t('legislation.linkLaw')}
          </button>
        </div>
      )}
      {error && (
        <Notice tone="error" testId="legislation-link-error">
          <p>{error}</p>
        </Notice>
      )}
    </section>
  );
}
