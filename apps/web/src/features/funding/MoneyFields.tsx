import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { PriorityAreaSelect } from '../../components/PriorityAreaSelect';
import type { ReferenceData } from '../reference/use-reference-data';
import { CURRENCIES } from './funding-forms';

/**
 * The fields every money form shares (a contribution, a what-if pledge, an allocation, an exchange rate): an
 * amount, a currency, a year, a priority area; each a labelled control with its error, written once.
 */
interface FieldProps {
  /** The control's id (a form's useId() and a suffix). */
  id: string;
  name: string;
  label?: string;
  error?: string | null;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}

/** A decimal amount, typed as the person writes it (checked by the form's rules as they type). */
export function AmountField({ id, name, label, error, required = true, value, onChange, testId }: FieldProps) {
  const { t } = useTranslation();
  return (
    <FormField id={id} name={name} label={label ?? t('funding.amount')} error={error ?? undefined} required={required}>
      {(describedBy) => (
        <input
          id={id}
          type="text"
          inputMode="decimal"
          placeholder="250000.00"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}

/** A year among those offered (the plan's, a contribution's, an activity's). */
export function YearField({
  id,
  name,
  error,
  value,
  onChange,
  testId,
  years,
}: FieldProps & { years: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <FormField id={id} name={name} label={t('funding.year')} error={error ?? undefined} required>
      {(describedBy) => (
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          data-testid={testId}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** An ISO 4217 currency among those the programme takes (without the US dollar for a rate). */
export function CurrencyField({
  id,
  name,
  error,
  required = true,
  value,
  onChange,
  testId,
  withoutUsd = false,
}: FieldProps & { withoutUsd?: boolean }) {
  const { t } = useTranslation();
  return (
    <FormField id={id} name={name} label={t('funding.currency')} error={error ?? undefined} required={required}>
      {(describedBy) => (
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={describedBy}
          data-testid={testId}
        >
          {CURRENCIES.filter((c) => !withoutUsd || c !== 'USD').map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A priority area of the programme; `emptyLabel` names the empty choice ("Choose…", "Any priority area"). */
export function PriorityAreaField({
  reference,
  label,
  ...field
}: FieldProps & { reference: ReferenceData; emptyLabel: string }) {
  const { t } = useTranslation();
  return <PriorityAreaSelect {...field} label={label ?? t('form.priorityArea')} areas={reference.priorityAreas} />;
}
