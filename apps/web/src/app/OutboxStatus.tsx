import type { DocumentNode } from 'graphql';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Notice';
import { formatDate } from '../format';
import { apiProblems } from '../graphql/errors';
import { mutate, useGraphQLClient } from '../graphql/hooks';
import {
  flushOutbox,
  onOutboxChange,
  queuedSubmissions,
  withIdempotencyKey,
  type OutboxKind,
  type Sent,
} from '../offline/outbox';

// Fetched only when something waits in the outbox (the forms that queue them have loaded them already, and the
// service worker keeps them): the shell's first download does not carry the requests', workshops' and programme's
// documents. Each names the lists its submission makes stale.
const DOCUMENTS: Record<
  OutboxKind,
  { document: () => Promise<DocumentNode>; evict: string[]; refetchQueries?: string[] }
> = {
  // New requests (logged, or a workshop's follow-ups): cached request lists are stale.
  logAssistanceRequest: {
    document: () => import('../features/requests/requests.graphql').then((m) => m.logAssistanceRequestMutation),
    evict: ['assistanceRequests'],
  },
  // The follow-ups are new requests; the workshop's page, if it is open, shows the outcome recorded.
  recordWorkshopOutcome: {
    document: () => import('../features/workshops/workshops.graphql').then((m) => m.recordWorkshopOutcomeMutation),
    evict: ['assistanceRequests'],
    refetchQueries: ['Workshop'],
  },
  // A new activity: the programme grid's pages and totals.
  createActivity: {
    document: () => import('../features/programme/programme.graphql').then((m) => m.createActivityMutation),
    evict: ['activities', 'programmeTotals'],
  },
  // A result or indicator added from the activity drawer: the drawer, if it is open.
  defineResult: {
    document: () => import('../features/programme/programme.graphql').then((m) => m.defineResultMutation),
    evict: [],
    refetchQueries: ['ActivityDetail'],
  },
  defineIndicator: {
    document: () => import('../features/programme/programme.graphql').then((m) => m.defineIndicatorMutation),
    evict: [],
    refetchQueries: ['ActivityDetail'],
  },
};

/** How often the outbox is tried while something waits in it (besides the browser's "online" event). */
const RETRY_MS = 15_000;

/**
 * How long a queued submission's send waits for its answer before it is given up as a line problem, to be sent
 * again (with its key): a stalled line must not hold the outbox — and so every tab's turn at it — for ever. A
 * submission and its answer are a few kilobytes, seconds on a 50 kbit/s line.
 */
const SEND_TIMEOUT_MS = 60_000;

const sameSubmission = (a: Sent, b: Sent): boolean => a.entry.idempotencyKey === b.entry.idempotencyKey;

interface SentAnswer {
  logAssistanceRequest?: { id: string; kind: string; receivedOn: string; state: { name: string } };
  createActivity?: { id: string; code: string };
}

/**
 * Submissions saved on this device: "will be sent" while they wait, sent when the line returns (the online
 * event, a periodic retry, or "Send now"), then the same confirmation the form gives. In every page of the shell.
 */
export function OutboxStatus({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const client = useGraphQLClient();
  const [pending, setPending] = useState(0);
  const [sent, setSent] = useState<Sent[]>([]);
  // The session expired on the last try: retrying cannot help until the person signs in again, which starts a new
  // shell (and this afresh: it sends at once). Until then only "Send now" tries.
  const [signInNeeded, setSignInNeeded] = useState(false);

  const refresh = useCallback(() => {
    void queuedSubmissions(userId).then((entries) => setPending(entries.length));
  }, [userId]);

  const flush = useCallback(() => {
    void flushOutbox(
      userId,
      async (entry) => {
        const { document, evict, refetchQueries } = DOCUMENTS[entry.kind];
        const { data } = await mutate(client, await document(), withIdempotencyKey(entry), {
          evict,
          refetchQueries,
          timeoutMs: SEND_TIMEOUT_MS,
        });
        if (!data) throw new Error('The API answered without data.');
        return data;
      },
      (error) =>
        apiProblems(error)
          .map((p) => p.message)
          .join(' '),
    ).then(({ done, waiting }) => {
      // Once each: a call made while this tab was already sending answers that pass's submissions too.
      if (done.length) setSent((s) => [...s, ...done.filter((d) => !s.some((x) => sameSubmission(x, d)))]);
      setSignInNeeded(waiting === 'session');
      refresh();
    });
  }, [client, refresh, userId]);

  useEffect(() => {
    refresh();
    flush();
    return onOutboxChange(refresh);
  }, [flush, refresh]);

  // Tried again when the line returns and every little while — not while only signing in again can help.
  useEffect(() => {
    if (signInNeeded) return;
    window.addEventListener('online', flush);
    const timer = window.setInterval(() => {
      if (navigator.onLine) flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      window.clearInterval(timer);
    };
  }, [flush, signInNeeded]);

  const lang = i18n.resolvedLanguage ?? 'en';
  const dismiss = (item: Sent) => setSent((s) => s.filter((x) => x !== item));

  return (
    <>
      {pending > 0 && (
        <Notice tone="warning" testId="outbox-pending" data={{ 'data-count': String(pending) }}>
          <p>{t('offline.pending', { count: pending })}</p>
          {signInNeeded && <p data-testid="outbox-sign-in">{t('offline.signInToSend')}</p>}
          <button type="button" className="button button--secondary" onClick={flush} data-testid="outbox-send">
            {t('offline.sendNow')}
          </button>
        </Notice>
      )}
      {sent.map((item) => {
        if ('refused' in item) {
          return (
            <Notice
              key={item.entry.idempotencyKey}
              tone="error"
              testId="outbox-refused"
              onDismiss={() => dismiss(item)}
              data={{ 'data-restored': String(item.restored) }}
            >
              <p>
                {t(item.restored ? 'offline.refused' : 'offline.refusedSetAside', {
                  message: apiProblems(item.refused)
                    .map((p) => p.message)
                    .join(' '),
                })}
              </p>
            </Notice>
          );
        }
        const { logAssistanceRequest: logged, createActivity: created } = item.result as SentAnswer;
        return (
          <Notice
            key={item.entry.idempotencyKey}
            tone="success"
            testId="outbox-sent"
            onDismiss={() => dismiss(item)}
            data={{ 'data-kind': item.entry.kind, ...(logged ? { 'data-request-id': logged.id } : {}) }}
          >
            <p>
              {logged
                ? t('requests.logged', {
                    state: logged.state.name,
                    kind: t(`kinds.${logged.kind}`, { defaultValue: logged.kind }),
                    date: formatDate(logged.receivedOn, lang),
                  })
                : created
                  ? t('newActivity.created', { code: created.code })
                  : t('offline.sent')}
            </p>
          </Notice>
        );
      })}
    </>
  );
}
