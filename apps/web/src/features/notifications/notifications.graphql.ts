import { graphql } from '@ta/graphql-types';

/** How many of one's notifications are unread (the header's count). */
export const unreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    notifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const notificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        event
        message
        link
        createdAt
        readAt
      }
    }
  }
`);

export const markNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const notificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      available
      enabled
      delivery
      language
      email
      emailConfigured
    }
  }
`);

export const setNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($input: NotificationPreferencesInput!) {
    setNotificationPreferences(input: $input) {
      available
      enabled
      delivery
      language
      email
      emailConfigured
    }
  }
`);
