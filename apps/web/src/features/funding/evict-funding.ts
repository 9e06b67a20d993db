/** Money moved: lists, gaps, matches and activity details are stale (see `evict` in graphql/hooks.ts). */
export const FUNDING_FIELDS = ['contributions', 'fundingGaps', 'fundingMatches', 'activity', 'donors'] as const;
