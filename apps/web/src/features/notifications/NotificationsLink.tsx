import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link';
import { useQuery } from '../../graphql/hooks';
import { unreadNotificationsQuery } from './notifications.graphql';

/** The header's way to one's notifications, with how many are unread (asked again every minute). */
export function NotificationsLink() {
  const { t } = useTranslation();
  const { data } = useQuery(unreadNotificationsQuery, { pollInterval: 60_000 });
  const unread = data?.notifications.unreadCount ?? 0;
  return (
    // On a phone only its bell shows (its word, hidden from sight, still names it with the unread count): the
    // header's brand keeps its room in French and Spanish.
    <Link to="/notifications" className="notifications-link" testId="notifications-link">
      <svg className="notifications-link__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
        <path
          d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      <span className="notifications-link__text">{t('notifications.title')}</span>
      {unread > 0 && (
        <span className="notifications-link__count" data-testid="unread-count" data-value={unread}>
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">{t('notifications.unread', { count: unread })}</span>
        </span>
      )}
    </Link>
  );
}
