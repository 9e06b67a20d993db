import type { Role } from './access.js';
import type { RequestStatus } from './request-workflow.js';

/**
 * What a person can be told of (issue 14), and who is told: a field office of its own requests' moves, the
 * secretariat of what comes in, a donor of where its money goes. The one list the API, its e-mails and the web
 * client's preferences read.
 */
export const NOTIFICATION_EVENTS = {
  REQUEST_ACCEPTED: 'OFFICE',
  REQUEST_DECLINED: 'OFFICE',
  REQUEST_LINKED: 'OFFICE',
  REQUEST_PLANNED: 'OFFICE',
  REQUEST_DELIVERED: 'OFFICE',
  REQUEST_LOGGED: 'PROGRAMME',
  DUPLICATE_FLAGGED: 'PROGRAMME',
  CONTRIBUTION_RECORDED: 'PROGRAMME',
  INTENTION_RECORDED: 'PROGRAMME',
  OUTCOME_FOLLOW_UPS: 'PROGRAMME',
  MONEY_ALLOCATED: 'DONOR',
  FUNDED_ACTIVITY_DELIVERED: 'DONOR',
} as const satisfies Record<string, NotificationAudience>;
export type NotificationEvent = keyof typeof NOTIFICATION_EVENTS;

/** The field office a record belongs to, the programme's secretariat, or the donor whose money it is. */
export type NotificationAudience = 'OFFICE' | 'PROGRAMME' | 'DONOR';

/** The roles each audience is made of (an office's and a donor's users further by their office or donor). */
export const NOTIFICATION_AUDIENCE_ROLES: Readonly<Record<NotificationAudience, readonly Role[]>> = {
  OFFICE: ['FIELD_OFFICE'],
  PROGRAMME: ['SECRETARIAT'],
  DONOR: ['DONOR'],
};

export const NOTIFICATION_DELIVERIES = ['IMMEDIATE', 'DAILY_DIGEST'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const NOTIFICATION_LANGUAGES = ['EN', 'FR', 'ES'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

/** The events a role can be told of (its preferences offer these, all on until switched off). */
export function notificationEventsFor(role: Role): NotificationEvent[] {
  return (Object.keys(NOTIFICATION_EVENTS) as NotificationEvent[]).filter((event) =>
    NOTIFICATION_AUDIENCE_ROLES[NOTIFICATION_EVENTS[event]].includes(role),
  );
}

/** The event a request's move tells its field office of, if any. */
export function notificationOfMove(to: RequestStatus): NotificationEvent | null {
  switch (to) {
    case 'ACCEPTED':
      return 'REQUEST_ACCEPTED';
    case 'DECLINED':
      return 'REQUEST_DECLINED';
    case 'PLANNED':
      return 'REQUEST_PLANNED';
    case 'FULFILLED':
      return 'REQUEST_DELIVERED';
    default:
      return null;
  }
}

/** Milliseconds before the next try of an e-mail that could not be sent: doubling from `baseMs`, at most an hour. */
export function mailRetryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}
