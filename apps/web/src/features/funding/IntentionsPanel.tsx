import type { IntentionsQuery } from '@ta/graphql-types/graphql';
import { useMutation, useQuery } from '../../graphql/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { LoadError } from '../../components/LoadError';
import { Money } from '../../components/Money';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../format';
import { apiProblems, problemMessages } from '../../graphql/errors';
import { useApiLanguage } from '../../i18n';
import { formatMoney } from '../../money';
import { FUNDING_FIELDS } from './evict-funding';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { intentionsQuery, pledgeIntentionMutation, withdrawIntentionMutation } from './funding.graphql';

type Intention = IntentionsQuery['contributions']['nodes'][number];

/**
 * Donors' intentions (stage INTENDED: never counted as money), those the user sees (a donor its own). The
 * secretariat (`pledges`) turns one into a pledge once the donor confirms it; whoever records intentions
 * (`withdraws`: a donor for itself) withdraws one after a confirmation.
 */
export function IntentionsPanel({ pledges, withdraws }: { pledges: boolean; withdraws: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const apiLang = useApiLanguage();
  const { data, error, refetch } = useQuery(intentionsQuery, { variables: { lang: apiLang } });
  const [pledge, { loading }] = useMutation(pledgeIntentionMutation, { evict: FUNDING_FIELDS });
  const [withdraw] = useMutation(withdrawIntentionMutation, { evict: FUNDING_FIELDS });
  const [withdrawing, setWithdrawing] = useState<Intention | null>(null);
  // What was last done, said until dismissed: a pledge or a withdrawal, each with its own test id.
  const [notice, setNotice] = useState<{ kind: 'pledged' | 'withdrawn'; text: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const intentions = data?.contributions.nodes ?? [];
  return (
    <section className="card" aria-labelledby="intentions-title" data-testid="intentions">
      <div className="section-head">
        <h2 id="intentions-title">{t(pledges ? 'funding.intentions.title' : 'funding.intentions.ownTitle')}</h2>
      </div>
      <p className="muted">{t(pledges ? 'funding.intentions.intro' : 'funding.intentions.ownIntro')}</p>
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {notice && (
        <Notice tone="success" onDismiss={() => setNotice(null)} testId={`intention-${notice.kind}`}>
          <p>{notice.text}</p>
        </Notice>
      )}
      {failure && (
        <p className="form-error" role="alert" data-testid="intention-error">
          {failure}
        </p>
      )}
      {data && intentions.length === 0 && <p className="empty">{t('funding.intentions.none')}</p>}
      {intentions.length > 0 && (
        <div className="table-wrap">
          <CardTable className="requests-table" data-testid="intentions-table">
            <thead>
              <tr>
                <th scope="col">{t('funding.donor')}</th>
                <th scope="col">{t('funding.date')}</th>
                <th scope="col" className="cell-amount">
                  {t('funding.amount')}
                </th>
                <th scope="col">{t('funding.earmarking')}</th>
                <th scope="col">{t('funding.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {intentions.map((c) => (
                <tr key={c.id} data-testid="intention-row" data-id={c.id} data-amount={c.amount}>
                  <th scope="row">{c.donor.name}</th>
                  <td className="cell-date">{formatDate(c.date, lang)}</td>
                  <td className="cell-amount">
                    <Money value={c.amount} currency={c.currency} />
                    <div className="muted small">
                      <Money value={c.amountUsd} />
                    </div>
                  </td>
                  <td>
                    {t(`earmarkings.${c.earmarking}`)}
                    {c.priorityArea && <div className="small">{c.priorityArea.code}</div>}
                    {c.activity && <div className="small">{c.activity.code}</div>}
                  </td>
                  <td>
                    {pledges && (
                      <button
                        type="button"
                        className="button button--primary button--small"
                        disabled={loading}
                        data-testid="intention-pledge"
                        onClick={() => {
                          setFailure(null);
                          pledge({ variables: { id: c.id, expectedVersion: c.version } })
                            .then(() =>
                              setNotice({
                                kind: 'pledged',
                                text: t('funding.intentions.pledged', {
                                  donor: c.donor.name,
                                  amount: formatMoney(c.amount, lang, c.currency),
                                }),
                              }),
                            )
                            .catch((e: unknown) => setFailure(problemMessages(apiProblems(e))));
                        }}
                      >
                        {t('funding.intentions.pledge')}
                      </button>
                    )}
                    {withdraws && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        data-testid="intention-withdraw"
                        onClick={() => setWithdrawing(c)}
                      >
                        {t('funding.intentions.withdraw')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </CardTable>
        </div>
      )}
      <ConfirmDialog
        open={withdrawing !== null}
        title={t('funding.intentions.withdrawTitle')}
        message={
          withdrawing
            ? t('funding.intentions.withdrawConfirm', {
                donor: withdrawing.donor.name,
                amount: formatMoney(withdrawing.amount, lang, withdrawing.currency),
              })
            : ''
        }
        confirmLabel={t('funding.intentions.withdrawSubmit')}
        onConfirm={async () => {
          if (!withdrawing) return;
          await withdraw({ variables: { id: withdrawing.id, expectedVersion: withdrawing.version } });
          setNotice({
            kind: 'withdrawn',
            text: t('funding.intentions.withdrawn', {
              donor: withdrawing.donor.name,
              amount: formatMoney(withdrawing.amount, lang, withdrawing.currency),
            }),
          });
        }}
        onClose={() => setWithdrawing(null)}
        testId="intention-withdraw-confirm"
      />
    </section>
  );
}
