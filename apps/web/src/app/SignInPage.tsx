import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblems } from '../graphql/errors';
import { useSession } from './session';
import { loginMutation } from './session.graphql';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every operation but this one needs a signed-in user. */
export function SignInPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState({ email: false, password: false });
  const [failure, setFailure] = useState<string | null>(null);
  const [login, { loading }] = useMutation(loginMutation);

  const emailError = !email.trim()
    ? t('session.emailRequired')
    : !EMAIL.test(email.trim())
      ? t('session.emailInvalid')
      : undefined;
  const passwordError = password ? undefined : t('session.passwordRequired');
  const valid = !emailError && !passwordError;

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setTouched({ email: true, password: true });
    if (!valid) return;
    setFailure(null);
    try {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) throw new Error('The API answered without a user.');
      session.restart();
    } catch (error) {
      setPassword('');
      setFailure(t('session.failed', { message: apiProblems(error).map((p) => p.message).join(' ') }));
    }
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <form className="sign-in__card" noValidate onSubmit={(e) => void submit(e)} data-testid="sign-in-form">
        <h1 id="sign-in-title">{t('session.title')}</h1>
        <p className="page__intro">{t('session.intro')}</p>
        {failure && (
          <p className="form-error" role="alert" data-testid="sign-in-error">
            {failure}
          </p>
        )}
        <div className={`field${touched.email && emailError ? ' field--invalid' : ''}`}>
          <label htmlFor="sign-in-email">{t('session.email')}</label>
          <input
            id="sign-in-email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            onBlur={() => setTouched((c) => ({ ...c, email: true }))}
            aria-invalid={Boolean(touched.email && emailError)}
            aria-describedby={touched.email && emailError ? 'sign-in-email-error' : undefined}
            autoFocus
            required
            data-testid="sign-in-email"
          />
          {touched.email && emailError && (
            <p className="field-error" id="sign-in-email-error" data-testid="error-email">
              {emailError}
            </p>
          )}
        </div>
        <div className={`field${touched.password && passwordError ? ' field--invalid' : ''}`}>
          <label htmlFor="sign-in-password">{t('session.password')}</label>
          <input
            id="sign-in-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            onBlur={() => setTouched((c) => ({ ...c, password: true }))}
            aria-invalid={Boolean(touched.password && passwordError)}
            aria-describedby={touched.password && passwordError ? 'sign-in-password-error' : undefined}
            required
            data-testid="sign-in-password"
          />
          {touched.password && passwordError && (
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
