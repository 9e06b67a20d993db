import { useMutation } from '../../graphql/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import type { ContributionRow } from './ContributionsTable';
import { FUNDING_FIELDS } from './evict-funding';
import { validateCommit } from './funding-forms';
import { commitContributionMutation } from './funding.graphql';
import { useForm } from '../../components/use-form';

/** PLEDGED → COMMITTED: the agreement is signed. */
export function CommitForm({ contribution, onDone }: { contribution: ContributionRow; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm({ initial: { agreementRef: '' }, validate: (v) => validateCommit(v.agreementRef) });
  const [commit, { loading }] = useMutation(commitContributionMutation, { evict: FUNDING_FIELDS });

  const submit = form.handleSubmit(async ({ agreementRef }) => {
    await commit({
      variables: { id: contribution.id, agreementRef: agreementRef.trim(), expectedVersion: contribution.version },
    });
    onDone();
  });

  return (
    <form className="log-form" noValidate onSubmit={submit} data-testid="commit-form">
      {form.formError && (
        <p className="form-error" role="alert">
          {form.formError}
        </p>
      )}
      <FormField
        id={`${id}-ref`}
        name="agreementRef"
        label={t('funding.agreementRef')}
        error={form.errorFor('agreementRef')}
        required
      >
        {(describedBy) => (
          <input
            id={`${id}-ref`}
            type="text"
            value={form.values.agreementRef}
            onChange={(e) => form.set('agreementRef', e.target.value)}
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
