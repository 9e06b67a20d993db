import { ACTIVITY_STATUSES } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../../components/FilterPanel';
import { SearchField } from '../../components/SearchField';
import { SelectFilter } from '../../components/SelectFilter';
import { useDebouncedSearch } from '../../use-debounced-search';
import { priorityAreaOptions } from '../reference/labels';
import type { ReferenceData } from '../reference/use-reference-data';
import type { ProgrammeFilters as Filters } from './programme-list-state';

interface ProgrammeFiltersProps {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  onClear: () => void;
  reference: ReferenceData;
}

export function ProgrammeFilters({ filters, onChange, onClear, reference }: ProgrammeFiltersProps) {
  const { t } = useTranslation();
  const section = useDebouncedSearch(filters.section, (value) => onChange({ section: value }));
  const filtered = Object.values(filters).some((v) => v.trim() !== '');
  return (
    <FilterPanel active={Object.values(filters).filter((v) => v.trim() !== '').length}>
      <form className="filters" role="search" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
        <SearchField
          id="programme-search"
          label={t('filters.search')}
          placeholder={t('programme.searchPlaceholder')}
          testId="programme-filter-search"
          applied={filters.search}
          onSearch={(value) => onChange({ search: value })}
        />
        <SelectFilter
          id="programme-area"
          label={t('filters.priorityArea')}
          value={filters.priorityAreaCode}
          options={priorityAreaOptions(reference.priorityAreas)}
          onChange={(priorityAreaCode) => onChange({ priorityAreaCode })}
          testId="programme-filter-area"
        />
        <SelectFilter<Exclude<Filters['status'], ''>>
          id="programme-status"
          label={t('filters.status')}
          value={filters.status}
          options={ACTIVITY_STATUSES.map((status) => ({ value: status, label: t(`activityStatuses.${status}`) }))}
          onChange={(status) => onChange({ status })}
          testId="programme-filter-status"
        />
        <SelectFilter<Exclude<Filters['phase'], ''>>
          id="programme-phase"
          label={t('programme.phase')}
          value={filters.phase}
          emptyLabel={t('programme.phases.PROPOSED')}
          options={(['CURRENT', 'ALL'] as const).map((phase) => ({
            value: phase,
            label: t(`programme.phases.${phase}`),
          }))}
          onChange={(phase) => onChange({ phase })}
          testId="programme-filter-phase"
        />
        <div className="field">
          <label htmlFor="programme-section">{t('programme.section')}</label>
          <input
            id="programme-section"
            type="text"
            value={section.value}
            placeholder="IV.B.5"
            onChange={(e) => section.set(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && section.flush()}
            data-testid="programme-filter-section"
          />
        </div>
        <div className="filters__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={onClear}
            disabled={!filtered}
            data-testid="programme-filters-clear"
          >
            {t('filters.clear')}
          </button>
        </div>
      </form>
    </FilterPanel>
  );
}
