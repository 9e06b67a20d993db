import { ASSISTANCE_KINDS, REQUEST_STATUSES, TOPICS } from '@ta/domain';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../../components/FilterPanel';
import { useDebouncedSearch } from '../../use-debounced-search';
import { topicLabel } from '../reference/labels';
import { REGIONS } from '../reference/regions';
import type { ReferenceData } from '../reference/use-reference-data';
import { activeFilterCount, isFiltered, type FilterValues } from './request-list-state';

interface RequestFiltersProps {
  filters: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  onClear: () => void;
  reference: ReferenceData;
}

/** Every filter is applied by the API; changing one goes back to the first page. */
export function RequestFilters({ filters, onChange, onClear, reference }: RequestFiltersProps) {
  const { t } = useTranslation();
  const search = useDebouncedSearch(filters.search, (value) => onChange({ search: value }));

  const select =
    <K extends keyof FilterValues>(key: K) =>
    (event: ChangeEvent<HTMLSelectElement | HTMLInputElement>) =>
      onChange({ [key]: event.target.value } as Pick<FilterValues, K>);

  return (
    <FilterPanel active={activeFilterCount(filters)}>
      <form className="filters" role="search" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
        <div className="field field--wide">
          <label htmlFor="filter-search">{t('filters.search')}</label>
          <input
            id="filter-search"
            type="search"
            value={search.value}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(e) => search.set(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && search.flush()}
            data-testid="filter-search"
          />
        </div>
        <div className="field">
          <label htmlFor="filter-state">{t('filters.state')}</label>
          <select id="filter-state" value={filters.stateIso3} onChange={select('stateIso3')} data-testid="filter-state">
            <option value="">{t('filters.any')}</option>
            {reference.states.map((state) => (
              <option key={state.iso3} value={state.iso3}>
                {state.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-region">{t('filters.region')}</label>
          <select id="filter-region" value={filters.region} onChange={select('region')} data-testid="filter-region">
            <option value="">{t('filters.any')}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {t(`regions.${region}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">{t('filters.kind')}</label>
          <select id="filter-kind" value={filters.kind} onChange={select('kind')} data-testid="filter-kind">
            <option value="">{t('filters.any')}</option>
            {ASSISTANCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t('filters.status')}</label>
          <select id="filter-status" value={filters.status} onChange={select('status')} data-testid="filter-status">
            <option value="">{t('filters.any')}</option>
            {REQUEST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-priority-area">{t('filters.priorityArea')}</label>
          <select
            id="filter-priority-area"
            value={filters.priorityAreaCode}
            onChange={select('priorityAreaCode')}
            data-testid="filter-priority-area"
          >
            <option value="">{t('filters.any')}</option>
            {reference.priorityAreas.map((area) => (
              <option key={area.code} value={area.code}>
                {area.code} — {area.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-topic">{t('filters.topic')}</label>
          <select id="filter-topic" value={filters.topic} onChange={select('topic')} data-testid="filter-topic">
            <option value="">{t('filters.any')}</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {topicLabel(t, topic)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-received-from">{t('filters.receivedFrom')}</label>
          <input
            id="filter-received-from"
            type="date"
            value={filters.receivedFrom}
            max={filters.receivedTo || undefined}
            onChange={select('receivedFrom')}
            data-testid="filter-received-from"
          />
        </div>
        <div className="field">
          <label htmlFor="filter-received-to">{t('filters.receivedTo')}</label>
          <input
            id="filter-received-to"
            type="date"
            value={filters.receivedTo}
            min={filters.receivedFrom || undefined}
            onChange={select('receivedTo')}
            data-testid="filter-received-to"
          />
        </div>
        <div className="filters__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={onClear}
            disabled={!isFiltered(filters) && search.value === ''}
            data-testid="filters-clear"
          >
            {t('filters.clear')}
          </button>
        </div>
      </form>
    </FilterPanel>
  );
}
