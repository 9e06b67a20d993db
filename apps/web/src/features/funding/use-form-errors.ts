import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText, splitServerProblems, type Problems } from '../../forms';
import { apiProblems } from '../../graphql/errors';

/**
 * A small form's errors: its own checks (shown once a field is touched, or all on submit) and the API's,
 * which land on the field they name; anything else is said above the form.
 */
export function useFormErrors(problems: Problems, fields: readonly string[]) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [server, setServer] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    formError,
    errorFor(field: string): string | undefined {
      if (server[field]) return server[field];
      const problem = problems[field];
      return problem && touched[field] ? problemText(t, problem) : undefined;
    },
    touch(field: string): void {
      setTouched((c) => ({ ...c, [field]: true }));
      setServer((c) => ({ ...c, [field]: '' }));
      setFormError(null);
    },
    touchAll(): void {
      setTouched(Object.fromEntries(fields.map((f) => [f, true])));
    },
    fromServer(error: unknown): void {
      const { fields: byField, other } = splitServerProblems(apiProblems(error), (path) => fields.includes(path));
      setServer(byField);
      setFormError(other.length ? other.join(' ') : null);
    },
    reset(): void {
      setTouched({});
      setServer({});
      setFormError(null);
    },
  };
}
