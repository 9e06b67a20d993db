import type { MeQuery } from '@ta/graphql-types/graphql';
import { createContext, useContext } from 'react';

export type SignedInUser = NonNullable<MeQuery['me']>;

export interface Session {
  /**
   * Starts over with a new GraphQL client (empty cache) and asks the API who is signed in: after signing in,
   * after signing out, and when the session ended on the server. Nothing one user saw stays for the next.
   */
  restart(): void;
}

export const SessionContext = createContext<Session>({
  restart: () => window.location.reload(),
});

export function useSession(): Session {
  return useContext(SessionContext);
}
