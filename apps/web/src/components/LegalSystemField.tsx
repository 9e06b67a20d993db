import { LEGAL_SYSTEMS, type LegalSystem } from '@ta/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblems, problemMessages } from '../graphql/errors';

interface LegalSystemFieldProps {
  value: LegalSystem | null;
  /** Read out as the field's name, e.g. "Legal system of Ana Pérez". */
  label: string;
  /** Saves the choice (null: not classified); rejects with the API's errors. */
  onSave: (value: LegalSystem | null) => Promise<unknown>;
  testId: string;
}

/**
 * Sets a legal system where it is shown (an expert's row of the roster, a State's profile), for those whose
 * session may edit the programme: saved as soon as it is chosen, with the outcome said beside it.
 */
export function LegalSystemField({ value, label, onSave, testId }: LegalSystemFieldProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ saving: boolean; saved: boolean; error: string | null }>({
    saving: false,
    saved: false,
    error: null,
  });
  const change = async (next: LegalSystem | null): Promise<void> => {
    setState({ saving: true, saved: false, error: null });
    try {
      await onSave(next);
      setState({ saving: false, saved: true, error: null });
    } catch (e) {
      setState({ saving: false, saved: false, error: problemMessages(apiProblems(e)) });
    }
  };
  return (
    <span className="legal-system-field">
      <select
        aria-label={label}
        value={value ?? ''}
        disabled={state.saving}
        onChange={(e) => void change((e.target.value || null) as LegalSystem | null)}
        data-testid={testId}
        data-value={value ?? ''}
      >
        <option value="">{t('legalSystemField.notClassified')}</option>
        {LEGAL_SYSTEMS.map((system) => (
          <option key={system} value={system}>
            {t(`legalSystems.${system}`)}
          </option>
        ))}
      </select>
      <span role="status" className="muted" data-testid={`${testId}-status`}>
        {state.saving ? t('legalSystemField.saving') : state.saved ? t('legalSystemField.saved') : ''}
      </span>
      {state.error && (
        <span className="field-error" role="alert" data-testid={`${testId}-error`}>
          {state.error}
        </span>
      )}
    </span>
  );
}
