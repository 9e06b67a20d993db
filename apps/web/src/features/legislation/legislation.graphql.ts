import { graphql } from '@ta/graphql-types';

/** A page of the legal library, searched and filtered by the API. */
export const legislationQuery = graphql(`
  query Legislation($filter: LegislationFilter, $first: Int, $after: String) {
    legislation(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        stateIso3
        title
        summary
        enactedOn
        instruments
        articles
        topics
        language
        link
        illustrative
        sourceParagraph
      }
    }
  }
`);
