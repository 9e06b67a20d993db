import { MIN_PASSWORD_LENGTH } from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../../app/session';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { refetchQueries, useMutation } from '../../graphql/hooks';
import { changePasswordMutation } from './accounts.graphql';
import { PasswordField } from './PasswordField';
import {
  emptyChangePassword,
  isChangePasswordField,
  validateChangePassword,
  type ChangePasswordValues,
} from './password-form';

type Field = keyof ChangePasswordValues;

const LABELS = {
  currentPassword: 'password.current',
  newPassword: 'password.new',
  confirmPassword: 'password.confirm',
} as const satisfies Record<Field, string>;

/**
 * One's own password (everyone signed in, from the header): the current one, the new one twice, checked as one types
 * by the rule kernel's rules; a wrong current password is said on its field. On success the other sessions have
 * ended, and the page says so. Nothing typed here is kept anywhere (no draft): the fields are emptied once sent.
 *
 * `required`: an administrator chose the current password (`me.mustChangePassword`), so the shell shows this page
 * first, whatever the address; "Continue" then asks who is signed in again and the address's page opens.
 */
export function ChangePasswordPage({ user, required = false }: { user: SignedInUser; required?: boolean }) {
  const { t } = useTranslation();
  const formId = useId();
  const [changed, setChanged] = useState(false);
  const form = useForm<ChangePasswordValues>({
    initial: emptyChangePassword,
    validate: validateChangePassword,
    isField: isChangePasswordField,
    serverMessage: (message) => t('password.serverError', { message }),
    fixMessage: t('password.fixErrors'),
  });
  const { values, errorFor, touch, formError } = form;
  const [changePassword, { loading }] = useMutation(changePasswordMutation);
  const [continuing, setContinuing] = useState(false);

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setChanged(false);
    const { data } = await changePassword({ variables: { currentPassword, newPassword } });
    if (!data?.changePassword) throw new Error('The API did not confirm the change.');
    form.reset(emptyChangePassword());
    setChanged(true);
  });

  const field = (name: Field, hint?: string) => (
    <PasswordField
      id={`${formId}-${name}`}
      name={name}
      label={t(LABELS[name])}
      value={values[name]}
      error={errorFor(name)}
      hint={hint}
      autoComplete={name === 'currentPassword' ? 'current-password' : 'new-password'}
      onChange={(value) => form.set(name, value)}
      onBlur={touch(name)}
      testId={`password-${name}`}
    />
  );

  return (
    <section className="page" aria-labelledby={`${formId}-title`} data-testid="password-page">
      <div className="page__head">
        <div>
          <h1 id={`${formId}-title`}>{t('password.title')}</h1>
          <p className="page__intro" data-testid={required ? 'password-required' : undefined}>
            {required ? t('password.requiredIntro') : t('password.intro')}
          </p>
        </div>
      </div>

      {changed && (
        <Notice tone="success" testId="notice-password-changed" focusOnShow>
          <p>{t('password.changed')}</p>
          {required && (
            <button
              type="button"
              className="button button--primary"
              disabled={continuing}
              onClick={() => {
                setContinuing(true);
                void refetchQueries(['Me']).finally(() => setContinuing(false));
              }}
              data-testid="password-continue"
            >
              {t('password.continue')}
            </button>
          )}
        </Notice>
      )}

      {!(required && changed) && (
        <form className="card log-form password-form" noValidate onSubmit={submit} data-testid="password-form">
          {/* For password managers: whose password this is (not sent, not editable). */}
          <input type="hidden" name="username" autoComplete="username" value={user.email} readOnly />
          {formError && (
            <p className="form-error" role="alert" data-testid="form-error">
              {formError}
            </p>
          )}
          {field('currentPassword')}
          {field('newPassword', t('password.newHint', { min: MIN_PASSWORD_LENGTH }))}
          {field('confirmPassword')}
          <div className="actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={!form.valid || loading}
              data-testid="password-submit"
            >
              {loading ? t('password.submitting') : t('password.submit')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
