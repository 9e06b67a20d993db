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
    <Link to="/notifications" className="notifications-link" testId="notifications-link">
      {t('notifications.title')}
      {unread > 0 && (
        <span className="notifications-link__count" data-testid="unread-count" data-value={unread}>
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">{t('notifications.unread', { count: unread })}</span>
        </span>
      )}
    </Link>
  );
}
