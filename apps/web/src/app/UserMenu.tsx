import { Link } from '../components/Link';
import { useMutation } from '../graphql/hooks';
import { useTranslation } from 'react-i18next';
import { useSession, type SignedInUser } from './session';
import { forgetDeviceAnswers } from '../offline/device-answers';
import { logoutMutation } from './session.graphql';

/** Who is signed in, the way to change one's password, and the way out. */
export function UserMenu({ user }: { user: SignedInUser }) {
  const { t } = useTranslation();
  const session = useSession();
  const [logout, { loading }] = useMutation(logoutMutation);

  const signOut = async (): Promise<void> => {
    try {
      await logout();
    } finally {
      // Signed out here whatever the server said: its session ends at the latest when it expires. What this
      // device kept for working offline goes too, so nobody opens the app offline as this user.
      await forgetDeviceAnswers();
      session.restart();
    }
  };

  const role = t(`roles.${user.role}`);
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-menu__who" title={t('session.signedInAs', { name: user.email, role })}>
        <span className="user-menu__name" data-testid="user-name">
          {user.displayName}
        </span>
        <span className="user-menu__role">
          {role}
          {user.fieldOffice ? ` · ${user.fieldOffice.name}` : ''}
        </span>
      </span>
      {/* On a phone only its key shows (its label still names it): the header keeps its width. */}
      <Link
        to="/account/password"
        className="user-menu__account"
        aria-label={t('password.menu')}
        testId="change-password-link"
      >
        <svg className="user-menu__account-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <circle cx="8" cy="12" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 12h9m-3 0v3m-3-3v2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="user-menu__account-text">{t('password.menu')}</span>
      </Link>
      <button
        type="button"
        className="user-menu__sign-out"
        onClick={() => void signOut()}
        disabled={loading}
        data-testid="sign-out"
      >
        {t('session.signOut')}
      </button>
    </div>
  );
}
