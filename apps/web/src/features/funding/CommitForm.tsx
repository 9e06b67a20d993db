import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { hasProblems } from '../../forms';
import type { ContributionRow } from './ContributionsTable';
import { evictFunding } from './evict-funding';
import { validateCommit } from './funding-forms';
import { commitContributionMutation } from './funding.graphql';
import { useFormErrors } from './use-form-errors';

/** PLEDGED → COMMITTED: the agreement is signed. */
export function CommitForm({ contribution, onDone }: { contribution: ContributionRow; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [agreementRef, setAgreementRef] = useState('');
  const problems = validateCommit(agreementRef);
  const errors = useFormErrors(problems, ['agreementRef']);
  const [commit, { loading }] = useMutation(commitContributionMutation, { update: evictFunding });

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (hasProblems(problems)) return errors.touchAll();
    try {
      await commit({ variables: { id: contribution.id, agreementRef: agreementRef.trim(), expectedVersion: contribution.version } });
      onDone();
    } catch (error) {
      errors.fromServer(error);
    }
  };

  return (
    <form className="log-form" noValidate onSubmit={(e) => void submit(e)} data-testid="commit-form">
      {errors.formError && (
        <p className="form-error" role="alert">
          {errors.formError}
        </p>
      )}
      <FormField id={`${id}-ref`} name="agreementRef" label={t('funding.agreementRef')} error={errors.errorFor('agreementRef')} required>
        {(describedBy) => (
          <input
            id={`${id}-ref`}
            type="text"
            value={agreementRef}
            onChange={(e) => {
              setAgreementRef(e.target.value);
              errors.touch('agreementRef');
            }}
            aria-describedby={describedBy}
            data-testid="commit-agreement"
          />
        )}
      </FormField>
      <footer className="dialog__footer">
        <button type="submit" className="button button--primary" disabled={loading} data-testid="commit-submit">
          {t('funding.commit')}
        </button>
      </footer>
    </form>
  );
}
