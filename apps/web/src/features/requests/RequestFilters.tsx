import { ASSISTANCE_KINDS, REQUEST_STATUSES, TOPICS } from '@ta/domain';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../../components/FilterPanel';
import { SelectFilter } from '../../components/SelectFilter';
import { useDebouncedSearch } from '../../use-debounced-search';
import { priorityAreaOptions, topicLabel } from '../reference/labels';
import { REGIONS } from '../reference/regions';
import type { ReferenceData } from '../reference/use-reference-data';
import {
  activeFilterCount,
  isFiltered,
  TREATY_FILTERS,
  type FilterValues,
  type TreatyFilter,
} from './request-list-state';

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
        <SelectFilter
          id="filter-state"
          label={t('filters.state')}
          value={filters.stateIso3}
          options={reference.states.map((state) => ({ value: state.iso3, label: state.name }))}
          onChange={(stateIso3) => onChange({ stateIso3 })}
          testId="filter-state"
        />
        <SelectFilter<TreatyFilter>
          id="filter-treaty"
          label={t('filters.treaty')}
          value={filters.treaty}
          options={TREATY_FILTERS.map((value) => {
            const [standing, code] = value.split(':');
            return {
              value,
              label: t(standing === 'party' ? 'filters.partyTo' : 'filters.notPartyTo', {
                instrument: t(`authorities.instruments.${code as 'UNTOC'}`),
              }),
            };
          })}
          onChange={(treaty) => onChange({ treaty })}
          testId="filter-treaty"
        />
        <SelectFilter
          id="filter-region"
          label={t('filters.region')}
          value={filters.region}
          options={REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) }))}
          onChange={(region) => onChange({ region })}
          testId="filter-region"
        />
        <SelectFilter
          id="filter-kind"
          label={t('filters.kind')}
          value={filters.kind}
          options={ASSISTANCE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          onChange={(kind) => onChange({ kind })}
          testId="filter-kind"
        />
        <SelectFilter
          id="filter-status"
          label={t('filters.status')}
          value={filters.status}
          options={REQUEST_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          onChange={(status) => onChange({ status })}
          testId="filter-status"
        />
        <SelectFilter
          id="filter-priority-area"
          label={t('filters.priorityArea')}
          value={filters.priorityAreaCode}
          options={priorityAreaOptions(reference.priorityAreas)}
          onChange={(priorityAreaCode) => onChange({ priorityAreaCode })}
          testId="filter-priority-area"
        />
        <SelectFilter
          id="filter-topic"
          label={t('filters.topic')}
          value={filters.topic}
          options={TOPICS.map((topic) => ({ value: topic, label: topicLabel(t, topic) }))}
          onChange={(topic) => onChange({ topic })}
          testId="filter-topic"
        />
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
