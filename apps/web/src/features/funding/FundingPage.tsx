import { evict, useMutation, useQuery } from '../../graphql/hooks';
import { useLiveChanges } from '../../graphql/live';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEditDonorPriorities, mayEditDonorProfile, mayManageFunding, mayRecordIntentions } from '../../app/access';
import { replaceQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { Dialog } from '../../components/Dialog';
import { LoadError } from '../../components/LoadError';
import { LiveMarker } from '../../components/LiveMarker';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { apiLanguage } from '../../i18n';
import { formatMoney } from '../../money';
import { ActivityDrawer } from '../programme/ActivityDrawer';
import { shareRegionLabel } from '../reference/labels';
import { useReferenceData } from '../reference/use-reference-data';
import { AllocationForm } from './AllocationForm';
import { CommitForm } from './CommitForm';
import { ContributionForm, type RecordedContribution } from './ContributionForm';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import {
  ContributionsTable,
  type AllocationRow,
  type ContributionAction,
  type ContributionRow,
} from './ContributionsTable';
import { DonorPriorities } from './DonorPriorities';
import { DonorProfile } from './DonorProfile';
import { ExchangeRateForm } from './ExchangeRateForm';
import { FundingMatches } from './FundingMatches';
import { GapsTable } from './GapsTable';
import { IntentionsPanel } from './IntentionsPanel';
import { PaymentForm } from './PaymentForm';
import { WhatIfPanel } from './WhatIfPanel';
import { FUNDING_FIELDS } from './evict-funding';
import {
  contributionsQuery,
  deallocateContributionMutation,
  fundingChanges,
  fundingOverviewQuery,
} from './funding.graphql';

const FundingCharts = lazy(() => import('./FundingCharts').then((m) => ({ default: m.FundingCharts })));

function fromUrl(): { area: string | null; activity: string | null } {
  const params = new URLSearchParams(window.location.search);
  const area = params.get('area');
  const activity = params.get('activity');
  return {
    area: area && /^[A-Z]$/.test(area) ? area : null,
    activity: activity && /^[0-9a-f-]{36}$/i.test(activity) ? activity : null,
  };
}

/**
 * Where the money is missing: cost against pledged, committed and paid funds, by priority area and year, down
 * to each activity. A donor sees its own contributions and profile; the secretariat records the money.
 */
export function FundingPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [{ area, activity }, setView] = useState(fromUrl);
  useEffect(() => replaceQuery({ area, activity }), [area, activity]);
  const overview = useQuery(fundingOverviewQuery, { variables: { lang: apiLanguage(lang) } });
  const source = overview.data ?? overview.previousData;
  /** A donor's representative sees its own contributions. */
  const donor = user.donor !== null;
  const reference = useReferenceData();
  const openActivity = (id: string) => setView((v) => ({ ...v, activity: id }));
  // Live: money recorded, moved or allocated elsewhere is counted, not slotted in, until the reader shows it; a
  // fresh answer (after one's own change) shows it too. No socket: the page works as before.
  const changes = useLiveChanges(fundingChanges, undefined, isNewContribution);
  const { seen } = changes;
  useEffect(() => seen(), [overview.data, seen]);

  return (
    <section className="page" aria-labelledby="funding-title">
      <div className="page__head">
        <div>
          <h1 id="funding-title">{t('funding.title')}</h1>
          <p className="page__intro">{t('funding.intro')}</p>
        </div>
      </div>
      <LiveMarker
        newSince={changes.newSince > 0 ? t('live.newContributionsSinceOpened', { count: changes.newSince }) : null}
        unseen={changes.unseen}
        onShow={() => void evict(FUNDING_FIELDS).then(seen)}
        testId="live-funding"
      />
      {user.donor && <FundingMatches donorId={user.donor.id} onActivity={openActivity} />}
      {overview.error && <LoadError error={overview.error} onRetry={() => void overview.refetch()} />}
      {source ? (
        <>
          <Suspense fallback={<Loading testId="charts-loading" />}>
            <FundingCharts
              byArea={source.byArea.map((r) => ({
                ...r,
                key: r.priorityArea?.code,
                label: r.priorityArea?.code ?? '?',
              }))}
              byYear={source.byYear.map((r) => ({ ...r, label: String(r.year ?? '?') }))}
              byRegion={source.byRegion.map((r) => ({
                ...r,
                key: r.region ?? 'Global',
                label: shareRegionLabel(t, r.region),
              }))}
              onArea={(code) => {
                setView((v) => ({ ...v, area: code }));
                document.getElementById('gaps-title')?.scrollIntoView({ block: 'start' });
              }}
            />
          </Suspense>
          <GapsTable
            byArea={source.byArea}
            area={area}
            onArea={(code) => setView((v) => ({ ...v, area: code }))}
            onActivity={openActivity}
          />
        </>
      ) : (
        !overview.error && <Loading />
      )}

      {user.donor && user.can.recordIntentions && (
        <WhatIfPanel donorId={user.donor.id} reference={reference} canSave={user.can.recordIntentions} />
      )}

      {(mayManageFunding(user.can) || (user.donor && mayRecordIntentions(user.can))) && (
        <IntentionsPanel pledges={mayManageFunding(user.can)} withdraws={mayRecordIntentions(user.can)} />
      )}

      <Contributions user={user} title={donor ? t('funding.myContributions') : t('funding.contributions')} />
      {user.donor && mayEditDonorPriorities(user.can) && (
        <DonorPriorities donorId={user.donor.id} reference={reference} />
      )}
      {user.donor && mayEditDonorProfile(user.can) && <DonorProfile donorId={user.donor.id} />}

      <ActivityDrawer id={activity} onClose={() => setView((v) => ({ ...v, activity: null }))} user={user} />
    </section>
  );
}

function isNewContribution(event: { fundingChanged: { kind: string } }): boolean {
  return event.fundingChanged.kind === 'CONTRIBUTION_RECORDED';
}

type OpenForm = { kind: 'record' } | { kind: 'rate' } | { kind: ContributionAction; row: ContributionRow } | null;

/** The contributions list (a donor's own, or all), with the secretariat's forms. */
function Contributions({ user, title }: { user: SignedInUser; title: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const reference = useReferenceData();
  const manage = mayManageFunding(user.can);
  const [open, setOpen] = useState<OpenForm>(null);
  const [notice, setNotice] = useState<{ text: string; id?: string } | null>(null);
  const [undoing, setUndoing] = useState<{ allocation: AllocationRow; row: ContributionRow } | null>(null);
  // The gaps, matches and activities count the money again (evict-funding.ts).
  const [deallocate] = useMutation(deallocateContributionMutation, { evict: FUNDING_FIELDS });
  const { data, previousData, loading, error, refetch } = useQuery(contributionsQuery, {
    variables: { first: 100, lang: apiLanguage(lang) },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.contributions;
  const close = (): void => setOpen(null);
  const formTitle = (form: NonNullable<OpenForm>): string => {
    switch (form.kind) {
      case 'record':
        return t('funding.recordTitle');
      case 'rate':
        return t('funding.rateTitle');
      case 'commit':
        return t('funding.commitTitle');
      case 'payment':
        return t('funding.paymentTitle');
      case 'allocate':
        return t('funding.allocateTitle');
    }
  };

  return (
    <section className="card" aria-labelledby="contributions-title" data-testid="contributions">
      <div className="section-head">
        <h2 id="contributions-title">{title}</h2>
        {manage && (
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setOpen({ kind: 'rate' })}
              data-testid="rate-open"
            >
              {t('funding.setRate')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setOpen({ kind: 'record' })}
              data-testid="contribution-open"
            >
              + {t('funding.recordContribution')}
            </button>
          </div>
        )}
      </div>
      <p
        className="results-bar__total"
        data-testid="contributions-total"
        data-count={connection?.totalCount ?? ''}
        aria-busy={loading}
      >
        {connection ? t('funding.contributionCount', { count: connection.totalCount }) : ''}
      </p>
      {notice && (
        <Notice
          tone="success"
          onDismiss={() => setNotice(null)}
          testId="funding-notice"
          data={notice.id ? { 'data-contribution-id': notice.id } : undefined}
        >
          <p>{notice.text}</p>
        </Notice>
      )}
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {connection && (
        <ContributionsTable
          rows={connection.nodes}
          showDonor={user.donor === null}
          onAction={manage ? (kind, row) => setOpen({ kind, row }) : undefined}
          onDeallocate={manage ? (allocation, row) => setUndoing({ allocation, row }) : undefined}
          testId="contributions-table"
        />
      )}
      {manage && (
        <ConfirmDialog
          open={undoing !== null}
          title={t('funding.deallocate.title')}
          message={
            undoing
              ? t('funding.deallocate.confirm', {
                  amount: formatMoney(undoing.allocation.amountUsd, lang, 'USD'),
                  code: undoing.allocation.activity.code,
                  year: undoing.allocation.year,
                  donor: undoing.row.donor.name,
                })
              : ''
          }
          confirmLabel={t('funding.deallocate.submit')}
          onConfirm={async () => {
            if (!undoing) return;
            await deallocate({ variables: { allocationId: undoing.allocation.id } });
            setNotice({
              text: t('funding.deallocate.done', {
                amount: formatMoney(undoing.allocation.amountUsd, lang, 'USD'),
                code: undoing.allocation.activity.code,
              }),
              id: undoing.row.id,
            });
          }}
          onClose={() => setUndoing(null)}
          testId="allocation-undo-confirm"
        />
      )}
      {connection && connection.nodes.length === 0 && <p className="empty">{t('funding.noContributions')}</p>}

      {manage && (
        <Dialog
          open={open !== null}
          onClose={close}
          title={open ? formTitle(open) : ''}
          testId="funding-dialog"
          wide={open?.kind === 'record'}
        >
          {open?.kind === 'record' && (
            <ContributionForm
              reference={reference}
              userId={user.id}
              onRecorded={(c: RecordedContribution) => {
                close();
                setNotice({
                  text: t('funding.recorded', { amount: formatMoney(c.amount, lang, c.currency) }),
                  id: c.id,
                });
              }}
            />
          )}
          {open?.kind === 'rate' && (
            <ExchangeRateForm
              initial={{}}
              onCancel={close}
              onSaved={(rate) => {
                close();
                setNotice({
                  text: t('funding.rateSaved', { currency: rate.currency, date: rate.date, rate: rate.rateToUsd }),
                });
              }}
            />
          )}
          {open?.kind === 'commit' && <CommitForm contribution={open.row} onDone={close} />}
          {open?.kind === 'payment' && <PaymentForm contribution={open.row} onDone={close} />}
          {open?.kind === 'allocate' && (
            <AllocationForm
              contribution={open.row}
              onDone={(amount) => {
                close();
                setNotice({
                  text: t('funding.allocated', { amount: formatMoney(amount, lang, 'USD') }),
                  id: open.row.id,
                });
              }}
            />
          )}
        </Dialog>
      )}
    </section>
  );
}
