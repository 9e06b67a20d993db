import { AUTHORITY_KINDS, type AuthorityKind } from '@ta/domain';
import type { AuthoritiesQuery, AuthorityFilter } from '@ta/graphql-types/graphql';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayActOnState, mayEditAuthorities, mayProposeAuthorityChanges } from '../../app/access';
import type { SignedInUser } from '../../app/session';
import { CardTable } from '../../components/CardTable';
import { Dialog } from '../../components/Dialog';
import { FilterPanel } from '../../components/FilterPanel';
import { Illustrative } from '../../components/Illustrative';
import { LoadError } from '../../components/LoadError';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { SearchField } from '../../components/SearchField';
import { SelectFilter } from '../../components/SelectFilter';
import { StateLink } from '../../components/StateLink';
import { formatDate } from '../../format';
import { useQuery } from '../../graphql/hooks';
import { useReferenceData } from '../reference/use-reference-data';
import { AuthorityForm } from './AuthorityForm';
import { ProposalsPanel } from './ProposalsPanel';
import { authoritiesQuery } from './authorities.graphql';

const PAGE_SIZE = 25;
const INSTRUMENTS = ['UNTOC', 'TIP', 'SOM', 'FIREARMS'] as const;
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'] as const;
/** The languages an authority's request sheet is printed in, each named in its own language. */
const SHEET_LANGUAGES = [
  { code: 'EN', name: 'English' },
  { code: 'FR', name: 'Français' },
  { code: 'ES', name: 'Español' },
] as const;

interface Filters {
  search: string;
  stateIso3: string;
  instrumentCode: string;
  kind: AuthorityKind | '';
  language: string;
}
const NO_FILTERS: Filters = { search: '', stateIso3: '', instrumentCode: '', kind: '', language: '' };

type Entry = NonNullable<AuthoritiesQuery['authorities']['nodes'][number]>;

/**
 * The directory of competent national authorities (para. 41): found by State, instrument, kind, language and name.
 * The secretariat keeps it; a field office proposes changes for its States, which the secretariat confirms.
 */
export function AuthoritiesPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { states } = useReferenceData();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [editing, setEditing] = useState<Entry | null>(null);
  const [said, setSaid] = useState<'saved' | 'proposed' | null>(null);
  const filter = useMemo<AuthorityFilter>(
    () => ({
      search: filters.search || null,
      stateIso3: filters.stateIso3 || null,
      instrumentCode: filters.instrumentCode || null,
      kind: filters.kind || null,
      language: filters.language || null,
    }),
    [filters],
  );
  const { data, previousData, loading, error, refetch } = useQuery(authoritiesQuery, {
    variables: { filter, first: PAGE_SIZE, after: cursors[cursors.length - 1] ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.authorities;
  const rows = connection?.nodes ?? [];
  const names = useMemo(() => new Map(states.map((s) => [s.iso3, s.name])), [states]);
  const stateName = (iso3: string): string => names.get(iso3) ?? iso3;
  const editor = mayEditAuthorities(user.can);
  const proposer = !editor && mayProposeAuthorityChanges(user.can);
  const mayChange = (iso3: string): boolean => editor || (proposer && mayActOnState(user, iso3));
  const change = (patch: Partial<Filters>): void => {
    setFilters((f) => ({ ...f, ...patch }));
    setCursors([null]);
  };
  const active = Object.values(filters).filter((v) => v !== '').length;

  return (
    <section className="page" aria-labelledby="authorities-title">
      <div className="page__head">
        <div>
          <h1 id="authorities-title">{t('authorities.pageTitle')}</h1>
          <p className="page__intro">{t('authorities.intro')}</p>
        </div>
      </div>
      <FilterPanel active={active}>
        <form className="filters" role="search" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
          <SearchField
            id="authorities-search"
            label={t('filters.search')}
            placeholder={t('authorities.searchPlaceholder')}
            testId="authorities-filter-search"
            applied={filters.search}
            onSearch={(search) => change({ search })}
          />
          <SelectFilter
            id="authorities-state"
            label={t('filters.state')}
            value={filters.stateIso3}
            options={states.map((s) => ({ value: s.iso3, label: s.name }))}
            onChange={(stateIso3) => change({ stateIso3 })}
            testId="authorities-filter-state"
          />
          <SelectFilter
            id="authorities-instrument"
            label={t('authorities.fields.instrumentCode')}
            value={filters.instrumentCode}
            options={INSTRUMENTS.map((code) => ({ value: code, label: t(`authorities.instruments.${code}`) }))}
            onChange={(instrumentCode) => change({ instrumentCode })}
            testId="authorities-filter-instrument"
          />
          <SelectFilter<AuthorityKind>
            id="authorities-kind"
            label={t('authorities.fields.kind')}
            value={filters.kind}
            options={AUTHORITY_KINDS.map((kind) => ({ value: kind, label: t(`authorities.kinds.${kind}`) }))}
            onChange={(kind) => change({ kind })}
            testId="authorities-filter-kind"
          />
          <SelectFilter
            id="authorities-language"
            label={t('authorities.acceptsLanguage')}
            value={filters.language}
            options={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
            onChange={(language) => change({ language })}
            testId="authorities-filter-language"
          />
          <div className="filters__actions">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => change(NO_FILTERS)}
              disabled={active === 0}
              data-testid="authorities-filters-clear"
            >
              {t('filters.clear')}
            </button>
          </div>
        </form>
      </FilterPanel>
      {said && (
        <Notice tone="success" testId="authority-said">
          <p>{t(said === 'saved' ? 'authorities.saved' : 'authorities.proposalSent')}</p>
        </Notice>
      )}
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      <p className="results-bar__total" data-testid="authorities-total" data-count={connection?.totalCount ?? ''}>
        {connection ? t('authorities.count', { count: connection.totalCount }) : ''}
      </p>
      <div className="table-wrap" aria-busy={loading} data-busy={loading}>
        <CardTable className="requests-table" data-testid="authorities-table" aria-labelledby="authorities-title">
          <thead>
            <tr>
              <th scope="col">{t('authorities.fields.name')}</th>
              <th scope="col">{t('filters.state')}</th>
              <th scope="col">{t('authorities.fields.kind')}</th>
              <th scope="col">{t('authorities.fields.languages')}</th>
              <th scope="col">{t('authorities.fields.channels')}</th>
              <th scope="col">{t('authorities.contact')}</th>
              <th scope="col">{t('authorities.fields.lastConfirmedOn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('authorities.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} data-testid="authority-row" data-id={a.id} data-iso3={a.stateIso3}>
                <th scope="row">
                  {a.name} {a.illustrative && <Illustrative note={t('authorities.illustrative')} />}
                </th>
                <td>
                  <StateLink iso3={a.stateIso3} name={stateName(a.stateIso3)} />
                </td>
                <td>
                  {t(`authorities.kinds.${a.kind}`)} ({a.instrumentCode})
                </td>
                <td>{a.languages.join(', ').toUpperCase() || '—'}</td>
                <td>{a.channels.map((c) => t(`authorities.channelNames.${c}`)).join(', ') || '—'}</td>
                <td>
                  {a.email ? <a href={`mailto:${a.email}`}>{a.email}</a> : null}
                  {a.email && a.phone ? <br /> : null}
                  {a.phone ?? (a.email ? null : '—')}
                </td>
                <td>{a.lastConfirmedOn ? formatDate(a.lastConfirmedOn, lang) : '—'}</td>
                <td>
                  <p className="request-sheet" data-testid="authority-request-sheet">
                    {t('authorities.requestSheet')}{' '}
                    {SHEET_LANGUAGES.map(({ code, name }, i) => (
                      <span key={code}>
                        {i > 0 && ' · '}
                        <a
                          href={`/api/authorities/${encodeURIComponent(a.id)}/request-sheet?language=${code}`}
                          download
                          // The visible code begins the name read aloud (WCAG 2.5.3, label in name).
                          aria-label={`${code}: ${t('authorities.requestSheetIn', { name: a.name, language: name })}`}
                          data-testid={`authority-request-sheet-${code}`}
                        >
                          {code}
                        </a>
                      </span>
                    ))}
                  </p>
                  {mayChange(a.stateIso3) && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        setSaid(null);
                        setEditing(a);
                      }}
                      data-testid="authority-change"
                    >
                      {editor ? t('authorities.edit') : t('authorities.propose')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </CardTable>
      </div>
      {connection && rows.length === 0 && !loading && <p className="empty">{t('authorities.empty')}</p>}
      {connection && (
        <Pager
          page={cursors.length}
          pageSize={PAGE_SIZE}
          shown={rows.length}
          total={connection.totalCount}
          hasNextPage={Boolean(data && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor)}
          onPrevious={() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c))}
          onNext={() => {
            const cursor = connection.pageInfo.endCursor;
            if (cursor) setCursors((c) => [...c, cursor]);
          }}
        />
      )}
      {(editor || proposer) && <ProposalsPanel mayDecide={editor} stateName={stateName} />}
      <Dialog
        open={editing !== null}
        title={editing ? `${editor ? t('authorities.edit') : t('authorities.propose')}: ${editing.name}` : ''}
        onClose={() => setEditing(null)}
        testId="authority-dialog"
      >
        {editing && (
          <AuthorityForm
            entry={editing}
            mode={editor ? 'edit' : 'propose'}
            onDone={(outcome) => {
              setEditing(null);
              setSaid(outcome);
            }}
          />
        )}
      </Dialog>
    </section>
  );
}
