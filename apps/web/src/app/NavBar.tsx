import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link';
import { navPages } from './access';
import type { PageName } from './router';
import type { SignedInUser } from './session';

/** The pages the signed-in user may use; the current one marked. */
export function NavBar({ user, current }: { user: SignedInUser; current: PageName | null }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')} data-testid="app-nav">
      <ul className="app-nav__list">
        {navPages(user.can).map((page) => (
          <li key={page}>
            <Link
              to={`/${page}`}
              className="app-nav__link"
              aria-current={current === page ? 'page' : undefined}
              testId={`nav-${page}`}
            >
              {t(`nav.${page}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
