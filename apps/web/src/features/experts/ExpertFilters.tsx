import { TOPICS } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../../components/FilterPanel';
import { SearchField } from '../../components/SearchField';
import { SelectFilter } from '../../components/SelectFilter';
import { topicLabel } from '../reference/labels';
import { REGIONS } from '../reference/regions';
import { EMPTY_EXPERT_FILTERS, EXPERT_LANGUAGES, type ExpertFilterValues } from './expert-filters';

interface ExpertFiltersProps {
  values: ExpertFilterValues;
  onChange: (patch: Partial<ExpertFilterValues>) => void;
}

export function ExpertFilters({ values, onChange }: ExpertFiltersProps) {
  const { t } = useTranslation();
  const filtered = Object.values(values).some((v) => v !== '');
  return (
    <FilterPanel active={Object.values(values).filter((v) => v !== '').length}>
      <form className="filters" role="search" aria-label={t('filters.title')} onSubmit={(e) => e.preventDefault()}>
        <SearchField
          id="experts-search"
          label={t('filters.search')}
          placeholder={t('experts.searchPlaceholder')}
          testId="experts-filter-search"
          applied={values.search}
          onSearch={(value) => onChange({ search: value })}
        />
        <SelectFilter
          id="experts-expertise"
          label={t('experts.expertise')}
          value={values.expertise}
          options={TOPICS.map((topic) => ({ value: topic, label: topicLabel(t, topic) }))}
          onChange={(expertise) => onChange({ expertise })}
          testId="experts-filter-expertise"
        />
        <SelectFilter
          id="experts-language"
          label={t('experts.language')}
          value={values.language}
          options={EXPERT_LANGUAGES.map((lang) => ({ value: lang, label: lang.toUpperCase() }))}
          onChange={(language) => onChange({ language })}
          testId="experts-filter-language"
        />
        <SelectFilter
          id="experts-region"
          label={t('filters.region')}
          value={values.region}
          options={REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) }))}
          onChange={(region) => onChange({ region })}
          testId="experts-filter-region"
        />
        <SelectFilter<Exclude<ExpertFilterValues['advisoryGroup'], ''>>
          id="experts-advisory"
          label={t('experts.advisoryGroup')}
          value={values.advisoryGroup}
          options={[
            { value: 'yes', label: t('experts.members') },
            { value: 'no', label: t('experts.nonMembers') },
          ]}
          onChange={(advisoryGroup) => onChange({ advisoryGroup })}
          testId="experts-filter-advisory"
        />
        <div className="field">
          <label htmlFor="experts-free-from">{t('experts.freeFrom')}</label>
          <input
            id="experts-free-from"
            type="date"
            value={values.freeFrom}
            max={values.freeTo || undefined}
            onChange={(e) => onChange({ freeFrom: e.target.value })}
            data-testid="experts-filter-free-from"
          />
        </div>
        <div className="field">
          <label htmlFor="experts-free-to">{t('experts.freeTo')}</label>
          <input
            id="experts-free-to"
            type="date"
            value={values.freeTo}
            min={values.freeFrom || undefined}
            onChange={(e) => onChange({ freeTo: e.target.value })}
            data-testid="experts-filter-free-to"
          />
        </div>
        <div className="filters__actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange(EMPTY_EXPERT_FILTERS)}
            disabled={!filtered}
            data-testid="experts-filters-clear"
          >
            {t('filters.clear')}
          </button>
        </div>
      </form>
    </FilterPanel>
  );
}
