import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from './FormField';

/** A priority area as the reference data gives it, its title in the reader's language. */
export interface PriorityAreaChoice {
  code: string;
  title: string;
}

interface PriorityAreaSelectProps {
  /** The control's id (a form's useId() and a suffix). */
  id: string;
  /** The field's name or path: its error is `error-<name>`. */
  name?: string;
  label: ReactNode;
  areas: readonly PriorityAreaChoice[];
  value: string;
  onChange: (code: string) => void;
  onBlur?: () => void;
  /** The field's verdict (as typed, or the API's). */
  error?: string | null;
  required?: boolean;
  /** Names the empty choice ("Choose…" unless told: "Any priority area"). */
  emptyLabel?: string;
  testId: string;
}

/** The choice of a priority area, each shown as "code — title": every form that asks for one uses this. */
export function PriorityAreaSelect({
  id,
  name = 'priorityAreaCode',
  label,
  areas,
  value,
  onChange,
  onBlur,
  error,
  required = false,
  emptyLabel,
  testId,
}: PriorityAreaSelectProps) {
  const { t } = useTranslation();
  return (
    <FormField id={id} label={label} error={error ?? undefined} name={name} required={required}>
      {(describedBy) => (
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          required={required}
          data-testid={testId}
        >
          <option value="">{emptyLabel ?? t('form.choose')}</option>
          {areas.map((area) => (
            <option key={area.code} value={area.code}>
              {area.code} — {area.title}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
