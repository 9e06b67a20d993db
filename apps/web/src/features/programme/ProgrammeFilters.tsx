import { ACTIVITY_STATUSES } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../../components/FilterPanel';
import { SearchField } from '../../components/SearchField';
import { useDebouncedSearch } from '../../use-debounced-search';
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
        <div className="field">
          <label htmlFor="programme-area">{t('filters.priorityArea')}</label>
          <select
            id="programme-area"
            value={filters.priorityAreaCode}
            onChange={(e) => onChange({ priorityAreaCode: e.target.value })}
            data-testid="programme-filter-area"
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
          <label htmlFor="programme-status">{t('filters.status')}</label>
          <select
            id="programme-status"
            value={filters.status}
            onChange={(e) => onChange({ status: e.target.value as Filters['status'] })}
            data-testid="programme-filter-status"
          >
            <option value="">{t('filters.any')}</option>
            {ACTIVITY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`activityStatuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="programme-phase">{t('programme.phase')}</label>
          <select
            id="programme-phase"
            value={filters.phase}
            onChange={(e) => onChange({ phase: e.target.value as Filters['phase'] })}
            data-testid="programme-filter-phase"
          >
            <option value="">{t('programme.phases.PROPOSED')}</option>
            <option value="CURRENT">{t('programme.phases.CURRENT')}</option>
            <option value="ALL">{t('programme.phases.ALL')}</option>
          </select>
        </div>
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
