import type { UserFilter, UserRowFragment } from '@ta/graphql-types/graphql';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayManageUsers } from '../../app/access';
import { replaceQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { CardTable } from '../../components/CardTable';
import { Dialog } from '../../components/Dialog';
import { FilterPanel } from '../../components/FilterPanel';
import { LoadError } from '../../components/LoadError';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { SearchField } from '../../components/SearchField';
import { apiProblems, problemMessages } from '../../graphql/errors';
import { useMutation, useQuery } from '../../graphql/hooks';
import { deactivateUserMutation, reactivateUserMutation, usersQuery, userScopeOptionsQuery } from './accounts.graphql';
import type { CreatedUser } from './NewUserDialog';

const NewUserDialog = lazy(() => import('./NewUserDialog').then((m) => ({ default: m.NewUserDialog })));
const ChangeUserDialog = lazy(() => import('./ChangeUserDialog').then((m) => ({ default: m.ChangeUserDialog })));
const ResetPasswordDialog = lazy(() =>
  import('./ResetPasswordDialog').then((m) => ({ default: m.ResetPasswordDialog })),
);

export const USERS_PAGE_SIZE = 25;

/** What the page said last: a success, or a refusal of a deactivation or reactivation (nothing changed). */
type Said = { tone: 'success' | 'error'; text: string; testId: string };

/**
 * The accounts (administrators): a page of them by email, searched in SQL by part of the email or name; a new
 * account; a role or scope changed; a forgotten password reset; a leaver's access ended (or given back) after a
 * confirmation. Every change
 * carries the version the administrator saw, so a change made meanwhile by someone else is refused, not lost.
 */
export function UsersPage({ user }: { user: SignedInUser }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(() =>
    (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, 100),
  );
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => replaceQuery({ q: search.trim() }), [search]);
  const variables = useMemo(() => {
    const filter: UserFilter = search.trim() ? { search: search.trim() } : {};
    return { filter, first: USERS_PAGE_SIZE, after: cursors[cursors.length - 1] ?? null };
  }, [search, cursors]);
  const { data, previousData, loading, error, refetch } = useQuery(usersQuery, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.users;
  const rows = connection?.nodes ?? [];
  const manages = mayManageUsers(user.can);
  const scopeOptions = useQuery(userScopeOptionsQuery, { skip: !manages });
  const options = scopeOptions.data;
  const { error: optionsError, refetch: refetchOptions } = scopeOptions;
  const optionsFailed = useMemo(
    () => (optionsError ? { error: optionsError, retry: () => void refetchOptions() } : undefined),
    [optionsError, refetchOptions],
  );

  const [newOpen, setNewOpen] = useState(false);
  const [changing, setChanging] = useState<UserRowFragment | null>(null);
  const [resetting, setResetting] = useState<UserRowFragment | null>(null);
  const [confirming, setConfirming] = useState<UserRowFragment | null>(null);
  const [said, setSaid] = useState<Said | null>(null);
  const [deactivate, deactivation] = useMutation(deactivateUserMutation, { evict: ['users'] });
  const [reactivate, reactivation] = useMutation(reactivateUserMutation, { evict: ['users'] });
  const switching = deactivation.loading || reactivation.loading;

  const onCreated = (created: CreatedUser): void => {
    setNewOpen(false);
    setSaid({ tone: 'success', text: t('users.created', { email: created.email }), testId: 'notice-user-created' });
  };

  const onChanged = (changed: UserRowFragment): void => {
    setChanging(null);
    setSaid({ tone: 'success', text: t('users.changed', { email: changed.email }), testId: 'notice-user-changed' });
  };

  const onReset = (account: UserRowFragment): void => {
    setResetting(null);
    setSaid({
      tone: 'success',
      text: t('users.passwordReset', { email: account.email }),
      testId: 'notice-password-reset',
    });
  };

  const confirmSwitch = async (): Promise<void> => {
    if (!confirming) return;
    const { id, version, email, active } = confirming;
    try {
      if (active) await deactivate({ variables: { id, expectedVersion: version } });
      else await reactivate({ variables: { id, expectedVersion: version } });
      setSaid({
        tone: 'success',
        text: t(active ? 'users.deactivated' : 'users.reactivated', { email }),
        testId: active ? 'notice-user-deactivated' : 'notice-user-reactivated',
      });
    } catch (failure) {
      // A stale version (someone changed the account meanwhile), one's own account: said in the reader's language.
      setSaid({
        tone: 'error',
        text: t('users.failed', { message: problemMessages(apiProblems(failure)) }),
        testId: 'notice-user-refused',
      });
      void refetch();
    }
    setConfirming(null);
  };

  return (
    <section className="page" aria-labelledby="users-title">
      <div className="page__head">
        <div>
          <h1 id="users-title">{t('users.title')}</h1>
          <p className="page__intro">{t('users.intro')}</p>
        </div>
        {manages && (
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setNewOpen(true)}
              data-testid="new-user-open"
            >
              {t('users.open')}
            </button>
          </div>
        )}
      </div>

      {said && (
        <Notice tone={said.tone} onDismiss={() => setSaid(null)} testId={said.testId}>
          <p>{said.text}</p>
        </Notice>
      )}

      {/* Mounted while open only: what was typed stays in its draft on the device (Cancel, Escape, a reload). */}
      {manages && newOpen && (
        <Suspense fallback={null}>
          <NewUserDialog
            open={newOpen}
            onClose={() => setNewOpen(false)}
            onCreated={onCreated}
            options={options}
            optionsFailed={optionsFailed}
            userId={user.id}
          />
        </Suspense>
      )}
      {manages && changing && (
        <Suspense fallback={null}>
          <ChangeUserDialog
            key={`${changing.id}:${changing.version}`}
            account={changing}
            onClose={() => setChanging(null)}
            onChanged={onChanged}
            options={options}
            optionsFailed={optionsFailed}
            userId={user.id}
          />
        </Suspense>
      )}

      {manages && resetting && (
        <Suspense fallback={null}>
          <ResetPasswordDialog
            key={`${resetting.id}:${resetting.version}`}
            account={resetting}
            onClose={() => setResetting(null)}
            onReset={onReset}
          />
        </Suspense>
      )}

      <FilterPanel active={search ? 1 : 0}>
        <form className="filters" role="search" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
          <SearchField
            id="users-search"
            label={t('filters.search')}
            placeholder={t('users.searchPlaceholder')}
            testId="users-filter-search"
            applied={search}
            onSearch={(value) => {
              setSearch(value);
              setCursors([null]);
            }}
          />
        </form>
      </FilterPanel>

      <div className="results-bar">
        <p className="results-bar__total" data-testid="users-total" data-count={connection?.totalCount ?? ''}>
          {connection ? t('users.count', { count: connection.totalCount }) : ''}
        </p>
      </div>

      {error && <LoadError error={error} onRetry={() => void refetch()} testId="users-error" />}

      <div className="table-wrap" aria-busy={loading} data-busy={loading}>
        <CardTable className="requests-table" data-testid="users-table" aria-labelledby="users-title">
          <thead>
            <tr>
              <th scope="col">{t('users.email')}</th>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.scope')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-testid="user-row"
                data-email={row.email}
                data-role={row.role}
                data-active={String(row.active)}
                data-must-change-password={String(row.mustChangePassword)}
              >
                <th scope="row">
                  {row.email}
                  {row.id === user.id && <span className="muted"> {t('users.you')}</span>}
                </th>
                <td>{row.displayName}</td>
                <td>{t(`roles.${row.role}`)}</td>
                <td>
                  {row.fieldOffice
                    ? `${row.fieldOffice.code} — ${row.fieldOffice.name}`
                    : (row.donor?.name ?? t('users.noScope'))}
                </td>
                <td>
                  {row.active ? t('users.active') : t('users.inactive')}
                  {row.mustChangePassword && <span className="muted"> · {t('users.mustChange')}</span>}
                </td>
                <td>
                  {manages && (
                    <div className="actions">
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setChanging(row)}
                        data-testid="user-change"
                      >
                        {t('users.change')}
                      </button>
                      {row.id !== user.id && (
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setResetting(row)}
                          data-testid="user-reset-password"
                        >
                          {t('users.resetPassword')}
                        </button>
                      )}
                      <button
                        type="button"
                        className="button button--quiet"
                        onClick={() => setConfirming(row)}
                        data-testid={row.active ? 'user-deactivate' : 'user-reactivate'}
                      >
                        {row.active ? t('users.deactivate') : t('users.reactivate')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </CardTable>
      </div>
      {data && rows.length === 0 && !loading && <p className="empty">{t('users.empty')}</p>}
      {connection && (
        <Pager
          page={cursors.length}
          pageSize={USERS_PAGE_SIZE}
          shown={rows.length}
          total={connection.totalCount}
          hasNextPage={Boolean(data && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor)}
          onPrevious={() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c))}
          onNext={() => {
            const next = connection.pageInfo.endCursor;
            if (next) setCursors((c) => [...c, next]);
          }}
        />
      )}

      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={
          confirming
            ? t(confirming.active ? 'users.deactivateTitle' : 'users.reactivateTitle', { email: confirming.email })
            : ''
        }
        testId="user-switch-confirm"
      >
        {confirming && (
          <>
            <p>
              {t(confirming.active ? 'users.deactivateConfirm' : 'users.reactivateConfirm', {
                name: confirming.displayName,
              })}
            </p>
            <div className="actions">
              <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
                {t('form.cancel')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={switching}
                onClick={() => void confirmSwitch()}
                data-testid="user-switch-confirm-submit"
              >
                {confirming.active ? t('users.deactivate') : t('users.reactivate')}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </section>
  );
}
