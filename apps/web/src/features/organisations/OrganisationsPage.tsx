import { ORGANISATION_TYPE_NAMES, type OrganisationType } from '@ta/domain';
import type { OrganisationFilter } from '@ta/graphql-types/graphql';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayEditProgramme } from '../../app/access';
import { pathOf, withQuery } from '../../app/router';
import type { SignedInUser } from '../../app/session';
import { CardTable } from '../../components/CardTable';
import { FilterPanel } from '../../components/FilterPanel';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { SearchField } from '../../components/SearchField';
import { SelectFilter } from '../../components/SelectFilter';
import { useQuery } from '../../graphql/hooks';
import { apiLanguage } from '../../i18n';
import { Notice } from '../../components/Notice';
import { OrganisationDialog } from './OrganisationDialog';
import { organisationsQuery } from './organisations.graphql';

/**
 * The programme's partner organisations (issue 15): each with its IATI type and identifier, and what it takes part
 * in — activities and workshops — with its role on each (IATI participating-org). Everyone reads it; those who may
 * edit the programme add and change organisations here, and name an activity's on the activity itself.
 */
export function OrganisationsPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [search, setSearch] = useState('');
  const [type, setType] = useState<OrganisationType | ''>('');
  const filter = useMemo<OrganisationFilter>(() => ({ search: search || null, type: type || null }), [search, type]);
  const { data, previousData, loading, error, refetch } = useQuery(organisationsQuery, {
    variables: { filter, lang: apiLanguage(lang) },
    notifyOnNetworkStatusChange: true,
  });
  const rows = (data ?? previousData)?.organisations ?? [];
  const active = [search, type].filter(Boolean).length;
  const editor = mayEditProgramme(user.can);
  /** The dialog open: 'new', an organisation's id, or none. */
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const editedRow = editing && editing !== 'new' ? (rows.find((o) => o.id === editing) ?? null) : null;

  return (
    <section className="page" aria-labelledby="organisations-title">
      <div className="page__head">
        <div>
          <h1 id="organisations-title">{t('organisations.title')}</h1>
          <p className="page__intro">{t('organisations.intro')}</p>
        </div>
        {editor && (
          <div className="actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => setEditing('new')}
              data-testid="organisation-new"
            >
              {t('organisations.form.new')}
            </button>
          </div>
        )}
      </div>
      {saved && (
        <Notice tone="success" onDismiss={() => setSaved(null)} testId="organisation-saved">
          {t('organisations.form.saved', { name: saved })}
        </Notice>
      )}
      {editing && (editing === 'new' || editedRow) && (
        <OrganisationDialog
          key={editedRow ? `${editedRow.id}:${editedRow.version}` : 'new'}
          organisation={editedRow}
          userId={user.id}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setSaved(name);
          }}
        />
      )}
      <FilterPanel active={active}>
        <form className="filters" role="search" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
          <SearchField
            id="organisations-search"
            label={t('filters.search')}
            placeholder={t('organisations.searchPlaceholder')}
            testId="organisations-filter-search"
            applied={search}
            onSearch={setSearch}
          />
          <SelectFilter<OrganisationType>
            id="organisations-type"
            label={t('organisations.type')}
            value={type}
            options={ORGANISATION_TYPE_NAMES.map((v) => ({ value: v, label: t(`organisations.types.${v}`) }))}
            onChange={setType}
            testId="organisations-filter-type"
          />
        </form>
      </FilterPanel>
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      <div className="table-wrap" aria-busy={loading} data-busy={loading}>
        <CardTable className="requests-table" data-testid="organisations-table" aria-labelledby="organisations-title">
          <thead>
            <tr>
              <th scope="col">{t('organisations.name')}</th>
              <th scope="col">{t('organisations.type')}</th>
              <th scope="col">{t('organisations.iatiRef')}</th>
              <th scope="col">{t('organisations.takesPartIn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id} data-testid="organisation-row" data-name={o.name}>
                <th scope="row">
                  {o.name}
                  {o.acronym && o.acronym !== o.name ? ` (${o.acronym})` : ''}
                  {editor && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        onClick={() => setEditing(o.id)}
                        aria-label={t('organisations.form.editOne', { name: o.name })}
                        data-testid="organisation-edit"
                      >
                        {t('organisations.form.edit')}
                      </button>
                    </>
                  )}
                </th>
                <td>
                  {t(`organisations.types.${o.type}`)} ({o.typeCode})
                </td>
                <td>{o.iatiRef ?? '—'}</td>
                <td>
                  {o.activities.length + o.workshops.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="plain-list" data-testid="organisation-roles">
                      {o.activities.map((a) => (
                        <li key={`a-${a.activity.id}-${a.role}`} data-testid="organisation-activity">
                          <Link
                            to={withQuery(pathOf({ page: 'programme' }), { phase: 'all', activity: a.activity.id })}
                            testId="organisation-activity-link"
                          >
                            {a.activity.code} — {a.activity.title}
                          </Link>{' '}
                          <span className="muted">({t(`organisations.roles.${a.role}`)})</span>
                        </li>
                      ))}
                      {o.workshops.map((w) => (
                        <li key={`w-${w.workshop.id}-${w.role}`} data-testid="organisation-workshop">
                          <Link
                            to={pathOf({ page: 'workshop', id: w.workshop.id })}
                            testId="organisation-workshop-link"
                          >
                            {w.workshop.title}, {w.workshop.city}
                          </Link>{' '}
                          <span className="muted">({t(`organisations.roles.${w.role}`)})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </CardTable>
      </div>
      {data && rows.length === 0 && !loading && <p className="empty">{t('organisations.empty')}</p>}
    </section>
  );
}
