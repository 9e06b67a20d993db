import { useQuery } from '../../graphql/hooks';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayImportRequests, mayLogRequests, mayMergeRequests, mayMoveRequests } from '../../app/access';
import { pathOf } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { Link } from '../../components/Link';
import { LiveMarker } from '../../components/LiveMarker';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { formatDate } from '../../format';
import { apiProblems } from '../../graphql/errors';
import { isLogged, useLiveChanges } from '../../graphql/live';
import { apiLanguage } from '../../i18n';
import { useReferenceData } from '../reference/use-reference-data';
import { BulkMoveBar } from './BulkMoveBar';
import { DuplicateList } from './DuplicateList';
import type { LoggedRequest } from './LogRequestDialog';
import { RequestFilters } from './RequestFilters';
import { RequestsTable } from './RequestsTable';
import { PAGE_SIZE, useRequestListState } from './request-list-state';
import { assistanceRequestsQuery, requestListChanges } from './requests.graphql';

// The form, the drawer and the merge dialog load when first opened (then stay mounted, as before): the list's
// first rows do not wait for their code on a slow line. A failed load shows the page boundary's retry.
const LogRequestDialog = lazy(() => import('./LogRequestDialog').then((m) => ({ default: m.LogRequestDialog })));
const RequestDrawer = lazy(() => import('./RequestDrawer').then((m) => ({ default: m.RequestDrawer })));
const WorkshopFilterChip = lazy(() => import('./WorkshopFilterChip').then((m) => ({ default: m.WorkshopFilterChip })));
const MergeDialog = lazy(() => import('./MergeDialog').then((m) => ({ default: m.MergeDialog })));

/** True from the first render where `now` is true on. */
function useOnceTrue(now: boolean): boolean {
  const [was, setWas] = useState(now);
  if (now && !was) setWas(true);
  return now || was;
}

/** The home page: States' assistance requests, filtered and sorted by the API, and the form to log a new one. */
export function RequestsPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const list = useRequestListState();
  const reference = useReferenceData();
  const [formOpen, setFormOpen] = useState(false);
  const [logged, setLogged] = useState<LoggedRequest | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [mergePair, setMergePair] = useState<{ first: string; second: string } | null>(null);
  const [merged, setMerged] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const workshopId = list.filters.workshopId;

  const { data, previousData, loading, error, refetch } = useQuery(assistanceRequestsQuery, {
    variables: { ...list.variables, lang: apiLanguage(lang) },
    notifyOnNetworkStatusChange: true,
  });
  // While the next page or filter loads, keep showing the last answer (marked busy) rather than an empty table.
  const connection = (data ?? previousData)?.assistanceRequests;
  const rows = connection?.nodes ?? [];
  // Live: requests logged or moved elsewhere that the filter matches are counted, not slotted in (the rows stay
  // put), until the reader shows them; each fresh answer of the list shows them too. No socket: as before.
  const changes = useLiveChanges(requestListChanges, { filter: list.variables.filter }, isLogged);
  const { seen } = changes;
  useEffect(() => seen(), [data, seen]);

  const formUsed = useOnceTrue(formOpen);
  const drawerUsed = useOnceTrue(openId !== null);
  const mergeUsed = useOnceTrue(mergePair !== null);

  const onLogged = (request: LoggedRequest): void => {
    setFormOpen(false);
    setLogged(request);
    list.firstPage();
  };

  return (
    <section className="page" aria-labelledby="requests-title">
      <div className="page__head">
        <div>
          <h1 id="requests-title">{t('requests.title')}</h1>
          <p className="page__intro">{t('requests.intro')}</p>
        </div>
        {(mayLogRequests(user.can) || mayImportRequests(user.can)) && (
          <div className="actions">
            {mayImportRequests(user.can) && (
              <Link to={pathOf({ page: 'import' })} className="button button--secondary" testId="import-open">
                {t('imports.open')}
              </Link>
            )}
            {mayLogRequests(user.can) && (
              <button
                type="button"
                className="button button--primary"
                onClick={() => setFormOpen(true)}
                data-testid="log-request-open"
              >
                + {t('requests.logRequest')}
              </button>
            )}
          </div>
        )}
      </div>

      {logged && (
        <Notice
          tone="success"
          onDismiss={() => setLogged(null)}
          testId="notice-logged"
          data={{ 'data-request-id': logged.id }}
        >
          <p>
            {t('requests.logged', {
              state: logged.state.name,
              kind: t(`kinds.${logged.kind}`),
              date: formatDate(logged.receivedOn, lang),
            })}
          </p>
          {logged.duplicates.length > 0 && (
            <div className="duplicate-warning" data-testid="notice-duplicates">
              <p>{t('requests.duplicateWarning', { count: logged.duplicates.length })}</p>
              <DuplicateList
                duplicates={logged.duplicates}
                onOpen={setOpenId}
                onMerge={
                  mayMergeRequests(user.can) ? (other) => setMergePair({ first: other, second: logged.id }) : undefined
                }
              />
            </div>
          )}
        </Notice>
      )}

      <LiveMarker
        newSince={changes.newSince > 0 ? t('live.newRequestsSinceOpened', { count: changes.newSince }) : null}
        unseen={changes.unseen}
        onShow={() => void refetch().then(seen)}
        testId="live-new-requests"
      />

      {workshopId && (
        <Suspense fallback={null}>
          <WorkshopFilterChip workshopId={workshopId} onClear={() => list.setFilter({ workshopId: '' })} />
        </Suspense>
      )}

      <RequestFilters
        filters={list.filters}
        onChange={list.setFilter}
        onClear={list.clearFilters}
        reference={reference}
      />

      <div className="results-bar">
        <p className="results-bar__total" data-testid="requests-total" data-count={connection?.totalCount ?? ''}>
          {connection ? t('requests.total', { count: connection.totalCount }) : loading ? t('requests.loading') : ''}
        </p>
        {loading && connection && (
          <span className="spinner" role="status" data-testid="requests-loading">
            {t('requests.loading')}
          </span>
        )}
      </div>

      {error && (
        <Notice tone="error" testId="requests-error">
          <p>
            {t('requests.loadError', {
              message: apiProblems(error)
                .map((p) => p.message)
                .join(' '),
            })}
          </p>
          <button type="button" className="button button--secondary" onClick={() => void refetch()}>
            {t('requests.retry')}
          </button>
        </Notice>
      )}

      {merged && (
        <Notice
          tone="success"
          onDismiss={() => setMerged(null)}
          testId="notice-merged"
          data={{ 'data-request-id': merged }}
        >
          <p>{t('triage.merged')}</p>
        </Notice>
      )}

      {mayMoveRequests(user.can) && (
        <BulkMoveBar rows={rows.filter((r) => selected.has(r.id))} onClear={() => setSelected(new Set())} />
      )}

      <RequestsTable
        rows={rows}
        sort={list.sort}
        onSort={list.sortBy}
        busy={loading}
        onOpen={setOpenId}
        selection={mayMoveRequests(user.can) ? { selected, onChange: setSelected } : undefined}
      />
      {connection && rows.length === 0 && !loading && (
        <p className="empty" data-testid="requests-empty">
          {t('requests.empty')}
        </p>
      )}
      {connection && (
        <Pager
          page={list.page}
          pageSize={PAGE_SIZE}
          shown={rows.length}
          total={connection.totalCount}
          hasNextPage={Boolean(data && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor)}
          onPrevious={list.previousPage}
          onNext={() => connection.pageInfo.endCursor && list.nextPage(connection.pageInfo.endCursor)}
        />
      )}

      {/* One boundary each: the merge dialog's code loading must not hide the open drawer. */}
      <Suspense fallback={null}>
        {drawerUsed && (
          <RequestDrawer
            id={openId}
            onClose={() => setOpenId(null)}
            onOpen={setOpenId}
            onMerge={setMergePair}
            user={user}
          />
        )}
      </Suspense>
      <Suspense fallback={null}>
        {mayMergeRequests(user.can) && mergeUsed && (
          <MergeDialog
            pair={mergePair}
            onClose={() => setMergePair(null)}
            onMerged={(keptId) => {
              setMergePair(null);
              setLogged(null);
              setMerged(keptId);
              setOpenId(keptId);
            }}
          />
        )}
      </Suspense>
      <Suspense fallback={null}>
        {mayLogRequests(user.can) && formUsed && (
          <LogRequestDialog
            open={formOpen}
            onClose={() => setFormOpen(false)}
            onLogged={onLogged}
            reference={reference}
            userId={user.id}
            actableStates={user.actableStates ?? null}
          />
        )}
      </Suspense>
    </section>
  );
}
