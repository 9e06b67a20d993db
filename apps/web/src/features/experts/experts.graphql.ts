import { graphql } from '@ta/graphql-types';

export const expertsQuery = graphql(`
  query Experts($filter: ExpertFilter, $first: Int, $after: String, $lang: Language!) {
    experts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        organisation
        expertise
        languages
        advisoryGroup
        available
        gender
        legalSystem
        illustrativeNote
        sourceParagraph
        nationality {
          ...StateName
          region
        }
      }
    }
  }
`);

export const expertBalanceQuery = graphql(`
  query ExpertBalance {
    expertBalance {
      region
      experts
      states
      expertShare
      stateShare
    }
  }
`);
