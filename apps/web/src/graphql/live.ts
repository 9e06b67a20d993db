import { createClient, type Client } from 'graphql-ws';
import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { noteChange } from './numbered-requests';

/**
 * Live updates over the API's WebSocket (/graphql, graphql-transport-ws; the session cookie signs it in). One
 * socket for the page, opened by the first subscriber. When it cannot connect (a proxy that refuses WebSockets,
 * the API away), `useLive` says so and its page polls instead, quietly.
 */
let client: Client | null = null;
let failures = 0;

function socketClient(): Client {
  if (client) return client;
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  client = createClient({
    url,
    lazy: true,
    retryAttempts: 5,
    on: {
      connected: () => {
        failures = 0;
      },
      closed: () => {
        failures += 1;
      },
    },
  });
  return client;
}

export interface LiveState {
  /** Whether the socket carries this subscription now (false: poll instead). */
  live: boolean;
}

/**
 * Subscribes to `document` while the component is on screen and hands each event to `onEvent`. Answers whether the
 * subscription is live; after the socket failed it is not, and the caller's polling takes over.
 */
export function useLive<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | undefined,
  onEvent: (data: TData) => void,
  options: { skip?: boolean } = {},
): LiveState {
  const [live, setLive] = useState(false);
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  const query = stringifyDocument(document);
  const vars = JSON.stringify(variables ?? {});
  useEffect(() => {
    if (options.skip || typeof WebSocket === 'undefined') return;
    const socket = socketClient();
    const offConnected = socket.on('connected', () => setLive(true));
    const offClosed = socket.on('closed', () => setLive(false));
    const stop = socket.subscribe<TData>(
      { query, variables: JSON.parse(vars) as Record<string, unknown> },
      {
        next: (result) => {
          setLive(true);
          // Lists asked again for this event must not take an answer read before it (numbered-requests.ts).
          noteChange();
          if (result.data) handler.current(result.data as TData);
        },
        error: () => setLive(false),
        complete: () => undefined,
      },
    );
    return () => {
      stop();
      offConnected();
      offClosed();
    };
  }, [query, vars, options.skip]);
  return { live: live && failures < 5 };
}

export interface LiveChanges extends LiveState {
  /** Events since the page opened that `isNew` counts as new (the "new since you opened" marker). */
  newSince: number;
  /** Events since the page last showed fresh data (the "N new — show" button). */
  unseen: number;
  /** The page now shows fresh data: `unseen` starts again from 0. */
  seen: () => void;
}

/**
 * A page that follows changes without moving what the reader is looking at (issue 14): each event of `document`
 * is counted, not applied, until the reader asks to see them (`seen` after refreshing), and those `isNew` says
 * are new are counted since the page opened. `onEvent` may still act at once (the dashboard refreshes its figures).
 * Without the socket both counts stay 0 and the page works as before.
 */
export function useLiveChanges<TData, TVariables extends Record<string, unknown> = Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | undefined,
  isNew: (data: TData) => boolean,
  options: { skip?: boolean; onEvent?: (data: TData) => void } = {},
): LiveChanges {
  const [newSince, setNewSince] = useState(0);
  const [unseen, setUnseen] = useState(0);
  const { live } = useLive(
    document,
    variables,
    (data) => {
      if (isNew(data)) setNewSince((n) => n + 1);
      setUnseen((n) => n + 1);
      options.onEvent?.(data);
    },
    { skip: options.skip },
  );
  const seen = useCallback(() => setUnseen(0), []);
  return { live, newSince, unseen, seen };
}

/** A request event that is a new request (for `useLiveChanges`' marker). */
export function isLogged(event: { assistanceRequestChanged: { kind: string } }): boolean {
  return event.assistanceRequestChanged.kind === 'LOGGED';
}
