import { EMAIL_PATTERN } from '@ta/domain';
import { useMutation } from '../graphql/hooks';
import { useTranslation } from 'react-i18next';
import { useForm } from '../components/use-form';
import type { Problems } from '../forms';
import { useSession } from './session';
import { loginMutation } from './session.graphql';

interface Credentials {
  email: string;
  password: string;
}

function validateSignIn({ email, password }: Credentials): Problems {
  const problems: Problems = {};
  if (!email.trim()) problems.email = { key: 'session.emailRequired' };
  else if (!EMAIL_PATTERN.test(email.trim())) problems.email = { key: 'session.emailInvalid' };
  if (!password) problems.password = { key: 'session.passwordRequired' };
  return problems;
}

/** Every operation but this one needs a signed-in user. */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const form = useForm<Credentials>({
    initial: { email: '', password: '' },
    validate: validateSignIn,
    // A refusal is never one field's: which of the two was wrong is not said.
    isField: () => false,
    serverMessage: (message) => t('session.failed', { message }),
  });
  const { values, set, touch } = form;
  const failure = form.formError;
  const emailError = form.errorFor('email');
  const passwordError = form.errorFor('password');
  const [login, { loading }] = useMutation(loginMutation);

  const submit = form.handleSubmit(async ({ email, password }) => {
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) throw new Error('The API answered without a user.');
      session.restart();
    } catch (error) {
      form.change((v) => ({ ...v, password: '' }));
      throw error;
    }
  });

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <form className="sign-in__card" noValidate onSubmit={submit} data-testid="sign-in-form">
        <h1 id="sign-in-title">{t('session.title')}</h1>
        <p className="page__intro">{t('session.intro')}</p>
        {failure && (
          <p className="form-error" role="alert" data-testid="sign-in-error">
            {failure}
          </p>
        )}
        <div className={`field${emailError ? ' field--invalid' : ''}`}>
          <label htmlFor="sign-in-email">{t('session.email')}</label>
          <input
            id="sign-in-email"
            type="email"
            autoComplete="username"
            value={values.email}
            onChange={(e) => set('email', e.target.value)}
            onBlur={touch('email')}
            aria-invalid={Boolean(emailError)}
            aria-describedby={emailError ? 'sign-in-email-error' : undefined}
            autoFocus
            required
            data-testid="sign-in-email"
          />
          {emailError && (
            <p className="field-error" id="sign-in-email-error" data-testid="error-email">
              {emailError}
            </p>
          )}
        </div>
        <div className={`field${passwordError ? ' field--invalid' : ''}`}>
          <label htmlFor="sign-in-password">{t('session.password')}</label>
          <input
            id="sign-in-password"
            type="password"
            autoComplete="current-password"
            value={values.password}
            onChange={(e) => set('password', e.target.value)}
            onBlur={touch('password')}
            aria-invalid={Boolean(passwordError)}
            aria-describedby={passwordError ? 'sign-in-password-error' : undefined}
            required
            data-testid="sign-in-password"
          />
          {passwordError && (
            <p className="field-error" id="sign-in-password-error" data-testid="error-password">
              {passwordError}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={loading} data-testid="sign-in-submit">
          {loading ? t('session.submitting') : t('session.submit')}
        </button>
      </form>
    </section>
  );
}
