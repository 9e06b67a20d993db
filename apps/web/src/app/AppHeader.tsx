import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { NotificationsLink } from '../features/notifications/NotificationsLink';
import { UserMenu } from './UserMenu';
import type { SignedInUser } from './session';

export function AppHeader({ user }: { user: SignedInUser | null }) {
  const { t } = useTranslation();
  return (
    <header className="app-header" data-testid="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          <span className="app-header__logo" aria-hidden="true">
            TA
          </span>
          <div>
            <p className="app-header__name" data-testid="app-name">
              {t('app.name')}
            </p>
            <p className="app-header__tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="app-header__tools">
          {/* Nothing but choosing one's own password is answered while an administrator's choice stands. */}
          {user && !user.mustChangePassword && <NotificationsLink />}
          {user && <UserMenu user={user} />}
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
