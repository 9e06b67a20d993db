import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { LoadError } from '../../components/LoadError';
import { useMutation, useQuery } from '../../graphql/hooks';
import { apiProblems } from '../../graphql/errors';
import { authorityProposalsQuery, decideAuthorityProposalMutation } from './authorities.graphql';

/**
 * Changes proposed to the directory and still pending: a field office sees its own States' (what it sent); the
 * secretariat confirms one (the entry takes the proposed values) or rejects it with a reason the office reads.
 */
export function ProposalsPanel({ mayDecide, stateName }: { mayDecide: boolean; stateName: (iso3: string) => string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { data, error, refetch } = useQuery(authorityProposalsQuery, {
    variables: { filter: { status: 'PENDING' }, first: 50 },
  });
  const proposals = data?.authorityProposals.nodes ?? [];
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  return (
    <section className="card" aria-labelledby="proposals-title" data-testid="authority-proposals">
      <h2 id="proposals-title">{t('authorities.proposals', { count: proposals.length })}</h2>
      {proposals.length === 0 ? (
        <p className="empty" data-testid="authority-proposals-empty">
          {t('authorities.noProposals')}
        </p>
      ) : (
        <ul className="plain-list">
          {proposals.map((p) => (
            <li key={p.id} className="proposal" data-testid="authority-proposal" data-id={p.id}>
              <p>
                <strong>{p.proposed.name}</strong> · {stateName(p.stateIso3)} · {p.proposed.instrumentCode} ·{' '}
                {t(`authorities.kinds.${p.proposed.kind}`)}
              </p>
              <dl className="facts">
                <dt>{t('authorities.fields.email')}</dt>
                <dd>{p.proposed.email ?? '—'}</dd>
                <dt>{t('authorities.fields.phone')}</dt>
                <dd>{p.proposed.phone ?? '—'}</dd>
                <dt>{t('authorities.fields.languages')}</dt>
                <dd>{p.proposed.languages.join(', ').toUpperCase() || '—'}</dd>
                <dt>{t('authorities.fields.channels')}</dt>
                <dd>{p.proposed.channels.map((c) => t(`authorities.channelNames.${c}`)).join(', ') || '—'}</dd>
                <dt>{t('authorities.proposedAt')}</dt>
                <dd>{formatDate(p.proposedAt.slice(0, 10), lang)}</dd>
                {p.note && (
                  <>
                    <dt>{t('authorities.fields.note')}</dt>
                    <dd data-testid="authority-proposal-note">{p.note}</dd>
                  </>
                )}
              </dl>
              {mayDecide && <Decision id={p.id} version={p.version} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Confirm, or reject with a reason (required: the office reads it). */
function Decision({ id, version }: { id: string; version: number }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [decide, { loading }] = useMutation(decideAuthorityProposalMutation, {
    refetchQueries: ['AuthorityProposals', 'Authorities'],
  });
  const send = async (confirm: boolean): Promise<void> => {
    if (!confirm && !reason.trim()) {
      setProblem(t('validation.reasonRequiredToReject'));
      return;
    }
    setProblem(null);
    try {
      await decide({ variables: { id, expectedVersion: version, confirm, reason: reason.trim() || null } });
    } catch (error) {
      setProblem(
        apiProblems(error)
          .map((p) => p.message)
          .join(' '),
      );
    }
  };
  return (
    <div className="proposal__decision">
      <div className={`field${problem ? ' field--invalid' : ''}`}>
        <label htmlFor={inputId}>{t('authorities.rejectReason')}</label>
        <input
          id={inputId}
          type="text"
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setProblem(null);
          }}
          aria-describedby={problem ? `${inputId}-error` : undefined}
          aria-invalid={Boolean(problem)}
          data-testid="authority-proposal-reason"
        />
        {problem && (
          <p className="field-error" id={`${inputId}-error`} role="alert" data-testid="authority-proposal-problem">
            {problem}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={loading}
        onClick={() => void send(true)}
        data-testid="authority-proposal-confirm"
      >
        {t('authorities.confirm')}
      </button>{' '}
      <button
        type="button"
        className="button button--secondary"
        disabled={loading}
        onClick={() => void send(false)}
        data-testid="authority-proposal-reject"
      >
        {t('authorities.reject')}
      </button>
    </div>
  );
}
