import { useTranslation } from 'react-i18next';

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * A labelled filter list: "any" first (the empty value; `emptyLabel` when the empty value means something else,
 * e.g. a default), then the choices; the value goes to `onChange`.
 */
export function SelectFilter<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  testId,
  emptyLabel,
}: {
  id: string;
  label: string;
  value: V | '';
  options: readonly FilterOption[];
  onChange: (value: V | '') => void;
  testId: string;
  emptyLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V | '')} data-testid={testId}>
        <option value="">{emptyLabel ?? t('filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
