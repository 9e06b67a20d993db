import { MIN_PASSWORD_LENGTH } from '@ta/domain';
import type { UserRowFragment } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DraftFormDialog } from '../../components/DraftFormDialog';
import { stillNeeded } from '../../components/FormFooter';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { resetUserPasswordMutation } from './accounts.graphql';
import { PasswordField } from './PasswordField';
import {
  emptyResetPassword,
  isResetPasswordField,
  RESET_PASSWORD_FIELDS,
  validateResetPassword,
  type ResetPasswordValues,
} from './password-form';

const LABELS = {
  newPassword: 'users.newPassword',
  confirmPassword: 'users.confirmPassword',
} as const satisfies Record<keyof ResetPasswordValues, string>;

interface ResetPasswordDialogProps {
  account: UserRowFragment;
  onClose: () => void;
  onReset: (user: UserRowFragment) => void;
}

/**
 * "Reset password" (administrators): a new password for someone who forgot theirs, typed twice and checked as it is
 * typed by the rule kernel's rule, sent with the version of the account the administrator saw — a change made
 * meanwhile is refused (CONFLICT) in the reader's language and nothing changes. Their sessions end; they choose
 * their own at their next sign-in. Never kept in a draft: the password is not written to the device.
 */
export function ResetPasswordDialog({ account, onClose, onReset }: ResetPasswordDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const form = useForm<ResetPasswordValues>({
    initial: emptyResetPassword,
    validate: validateResetPassword,
    isField: isResetPasswordField,
    serverMessage: (message) => t('users.failed', { message }),
    fixMessage: t('users.fixErrors'),
  });
  const { values, problems, valid, errorFor, touch, formError } = form;
  const [resetPassword, { loading }] = useMutation(resetUserPasswordMutation, { evict: ['users'] });

  const submit = form.handleSubmit(async ({ newPassword }) => {
    const { data } = await resetPassword({
      variables: { userId: account.id, newPassword, expectedVersion: account.version },
    });
    if (!data) throw new Error('The API answered without the account.');
    form.reset(emptyResetPassword());
    onReset(data.resetUserPassword);
  });

  return (
    <DraftFormDialog
      onClose={onClose}
      title={t('users.resetTitle', { email: account.email })}
      intro={t('users.resetIntro', { name: account.displayName })}
      testId="reset-password"
      // No draft: nothing of this form is written to the device.
      formError={formError}
      onSubmit={submit}
      footer={{
        missing: stillNeeded(RESET_PASSWORD_FIELDS, problems, (field) => t(LABELS[field])),
        submitDisabled: !valid || loading,
        submitLabel: loading ? t('users.resetting') : t('users.resetSubmit'),
        submitTestId: 'reset-password-submit',
      }}
    >
      {/* Another person's password: no username beside it and autocomplete off, so the administrator's password
          manager does not offer to keep it. */}
      <div className="log-form__grid">
        {RESET_PASSWORD_FIELDS.map((name) => (
          <PasswordField
            key={name}
            id={`${formId}-${name}`}
            name={name}
            label={t(LABELS[name])}
            value={values[name]}
            error={errorFor(name)}
            hint={name === 'newPassword' ? t('password.newHint', { min: MIN_PASSWORD_LENGTH }) : undefined}
            autoComplete="off"
            onChange={(value) => form.set(name, value)}
            onBlur={touch(name)}
            testId={`reset-password-${name}`}
          />
        ))}
      </div>
    </DraftFormDialog>
  );
}
