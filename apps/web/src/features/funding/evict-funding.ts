import type { ApolloCache } from '@apollo/client';

/** Money moved: cached lists, gaps and activity details are stale; the visible ones refetch. */
export function evictFunding(cache: ApolloCache): void {
  for (const fieldName of ['contributions', 'fundingGaps', 'fundingMatches', 'activity', 'donors'])
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
