import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_LANGUAGES,
  type NotificationDelivery,
  type NotificationEvent,
  type NotificationLanguage,
} from '@ta/domain';
import { Link } from '../../components/Link';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useMutation, useQuery } from '../../graphql/hooks';
import {
  markNotificationsReadMutation,
  notificationPreferencesQuery,
  notificationsQuery,
  setNotificationPreferencesMutation,
} from './notifications.graphql';

/** One's notifications (newest first, unread marked) and how one wants to be told. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const query = useQuery(notificationsQuery, { variables: { first: 50, unreadOnly } });
  const [markRead, marking] = useMutation(markNotificationsReadMutation, {
    refetchQueries: ['Notifications', 'UnreadNotifications'],
  });
  const data = query.data?.notifications;
  const when = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium', timeStyle: 'short' });
  const unreadIds = (data?.nodes ?? []).filter((n) => !n.readAt).map((n) => n.id);

  return (
    <section className="page" aria-labelledby="notifications-title" data-testid="notifications-page">
      <div className="page__head">
        <div>
          <h1 id="notifications-title">{t('notifications.title')}</h1>
          <p className="page__intro">{t('notifications.intro')}</p>
        </div>
      </div>
      <section className="card" aria-labelledby="notifications-inbox-title">
        <h2 id="notifications-inbox-title">
          {t('notifications.inbox')}{' '}
          {data ? (
            <span data-testid="inbox-unread">({t('notifications.unread', { count: data.unreadCount })})</span>
          ) : null}
        </h2>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.target.checked)}
            data-testid="unread-only"
          />{' '}
          {t('notifications.unreadOnly')}
        </label>
        {unreadIds.length > 0 && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={marking.loading}
            onClick={() => void markRead({ variables: { ids: unreadIds } })}
            data-testid="mark-all-read"
          >
            {t('notifications.markAllRead')}
          </button>
        )}
        {query.error && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
        {!data && !query.error && <Loading testId="notifications-loading" />}
        {data && data.nodes.length === 0 && <p data-testid="notifications-empty">{t('notifications.empty')}</p>}
        {data && data.nodes.length > 0 && (
          <ul className="notification-list" data-testid="notification-list">
            {data.nodes.map((n) => (
              <li
                key={n.id}
                className={n.readAt ? 'notification' : 'notification notification--unread'}
                data-testid="notification"
                data-event={n.event}
              >
                <p>
                  {!n.readAt && <strong className="notification__new">{t('notifications.new')} </strong>}
                  <Link to={n.link}>{n.message}</Link>
                </p>
                <p className="notification__meta">
                  {t(`notifications.events.${n.event}`)} ·{' '}
                  <time dateTime={n.createdAt}>{when.format(new Date(n.createdAt))}</time>
                  {!n.readAt && (
                    <>
                      {' · '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={marking.loading}
                        onClick={() => void markRead({ variables: { ids: [n.id] } })}
                        data-testid="mark-read"
                      >
                        {t('notifications.markRead')}
                      </button>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Preferences />
    </section>
  );
}

function Preferences() {
  const query = useQuery(notificationPreferencesQuery);
  const [saved, setSaved] = useState(false);
  const prefs = query.data?.notificationPreferences;
  if (!prefs) return query.error ? <LoadError error={query.error} onRetry={() => void query.refetch()} /> : null;
  // Keyed by what the server answered: saving starts the form again from the saved preferences.
  return <PreferencesForm key={JSON.stringify(prefs)} prefs={prefs} saved={saved} onSaved={setSaved} />;
}

interface Prefs {
  available: readonly string[];
  enabled: readonly string[];
  delivery: NotificationDelivery;
  language: NotificationLanguage;
  email: boolean;
  emailConfigured: boolean;
}

function PreferencesForm({
  prefs,
  saved,
  onSaved,
}: {
  prefs: Prefs;
  saved: boolean;
  onSaved: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(setNotificationPreferencesMutation, {
    refetchQueries: ['NotificationPreferences'],
  });
  const [enabled, setEnabled] = useState<NotificationEvent[]>(prefs.enabled as NotificationEvent[]);
  const [delivery, setDelivery] = useState<NotificationDelivery>(prefs.delivery);
  const [language, setLanguage] = useState<NotificationLanguage>(prefs.language);
  const [email, setEmail] = useState(prefs.email);

  const submit = async (): Promise<void> => {
    onSaved(false);
    await save({ variables: { input: { enabled, delivery, language, email } } });
    onSaved(true);
  };
  return (
    <section className="card" aria-labelledby="notifications-prefs-title" data-testid="notification-preferences">
      <h2 id="notifications-prefs-title">{t('notifications.preferences')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="field">
          <legend>{t('notifications.tellMeOf')}</legend>
          {(prefs.available as NotificationEvent[]).map((event) => (
            <label key={event} className="checkbox">
              <input
                type="checkbox"
                checked={enabled.includes(event)}
                onChange={(e) =>
                  setEnabled((list) => (e.target.checked ? [...list, event] : list.filter((x) => x !== event)))
                }
                data-testid={`pref-${event}`}
              />{' '}
              {t(`notifications.events.${event}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t('notifications.email')}</legend>
          {!prefs.emailConfigured && <p data-testid="email-not-configured">{t('notifications.emailNotConfigured')}</p>}
          <label className="checkbox">
            <input
              type="checkbox"
              checked={email}
              onChange={(e) => setEmail(e.target.checked)}
              data-testid="pref-email"
            />{' '}
            {t('notifications.byEmail')}
          </label>
          {NOTIFICATION_DELIVERIES.map((d) => (
            <label key={d} className="checkbox">
              <input
                type="radio"
                name="delivery"
                value={d}
                checked={delivery === d}
                onChange={() => setDelivery(d)}
                data-testid={`pref-delivery-${d}`}
              />{' '}
              {t(`notifications.deliveries.${d}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('notifications.language')}</span>
          <select
            value={language}
            onChange={(e) => setLanguage(e.target.value as NotificationLanguage)}
            data-testid="pref-language"
          >
            {NOTIFICATION_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`notifications.languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={saving.loading}
          data-testid="save-preferences"
        >
          {t('notifications.save')}
        </button>
        {saved && (
          <p role="status" data-testid="preferences-saved">
            {t('notifications.saved')}
          </p>
        )}
      </form>
    </section>
  );
}
