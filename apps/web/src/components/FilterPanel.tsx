import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page's filters: always shown on a wide screen; on a phone (styles.css, under 640 px) folded behind a
 * "Filters (n)" button that says how many are set, so the first results are on the first screen.
 */
export function FilterPanel({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="filter-panel" data-open={open} data-testid="filter-panel">
      <button
        type="button"
        className="button button--secondary filter-panel__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        data-testid="filters-toggle"
        data-count={active}
      >
        {active > 0 ? t('filters.toggleActive', { count: active }) : t('filters.toggle')}
      </button>
      <div id={id} className="filter-panel__body">
        {children}
      </div>
    </div>
  );
}
