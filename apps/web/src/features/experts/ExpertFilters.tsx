import { TOPICS } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../../components/FilterPanel';
import { SearchField } from '../../components/SearchField';
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
        <div className="field">
          <label htmlFor="experts-expertise">{t('experts.expertise')}</label>
          <select
            id="experts-expertise"
            value={values.expertise}
            onChange={(e) => onChange({ expertise: e.target.value })}
            data-testid="experts-filter-expertise"
          >
            <option value="">{t('filters.any')}</option>
            {TOPICS.map((topic) => (
              <option key={topic} value={topic}>
                {topicLabel(t, topic)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="experts-language">{t('experts.language')}</label>
          <select
            id="experts-language"
            value={values.language}
            onChange={(e) => onChange({ language: e.target.value })}
            data-testid="experts-filter-language"
          >
            <option value="">{t('filters.any')}</option>
            {EXPERT_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {lang.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="experts-region">{t('filters.region')}</label>
          <select
            id="experts-region"
            value={values.region}
            onChange={(e) => onChange({ region: e.target.value })}
            data-testid="experts-filter-region"
          >
            <option value="">{t('filters.any')}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {t(`regions.${region}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="experts-advisory">{t('experts.advisoryGroup')}</label>
          <select
            id="experts-advisory"
            value={values.advisoryGroup}
            onChange={(e) => onChange({ advisoryGroup: e.target.value as ExpertFilterValues['advisoryGroup'] })}
            data-testid="experts-filter-advisory"
          >
            <option value="">{t('filters.any')}</option>
            <option value="yes">{t('experts.members')}</option>
            <option value="no">{t('experts.nonMembers')}</option>
          </select>
        </div>
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
