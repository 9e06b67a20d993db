import { FormField } from '../../components/FormField';

interface PasswordFieldProps {
  id: string;
  /** The field's name (its error is `error-<name>`, the API's `extensions.field` names it). */
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  hint?: string;
  /** `off` for another person's password (an administrator's reset), which the password manager must not keep. */
  autoComplete: 'current-password' | 'new-password' | 'off';
  onChange: (value: string) => void;
  onBlur: () => void;
  testId: string;
}

/** A labelled password field with its hint and error: "Change password" and "Reset password" alike. */
export function PasswordField({
  id,
  name,
  label,
  value,
  error,
  hint,
  autoComplete,
  onChange,
  onBlur,
  testId,
}: PasswordFieldProps) {
  return (
    <FormField id={id} label={label} error={error} name={name} hint={hint} required>
      {(describedBy) => (
        <input
          id={id}
          type="password"
          autoComplete={autoComplete}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          required
          data-testid={testId}
        />
      )}
    </FormField>
  );
}
