import { graphql } from '@ta/graphql-types';

/** One page of the requests table. */
export const assistanceRequestsQuery = graphql(`
  query AssistanceRequests(
    $filter: AssistanceRequestFilter
    $orderBy: AssistanceRequestOrder
    $first: Int
    $after: String
    $lang: Language!
  ) {
    assistanceRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        topics
        status
        receivedOn
        channel
        sourceParagraph
        illustrativeNote
        state {
          ...StateName
        }
        priorityArea {
          ...PriorityAreaTitle
        }
        duplicates {
          id
          kind
          status
          receivedOn
          state {
            ...StateName
          }
        }
      }
    }
  }
`);

/** Log a State's request; the answer names any open request it may duplicate. */
export const logAssistanceRequestMutation = graphql(`
  mutation LogAssistanceRequest($input: LogAssistanceRequestInput!, $lang: Language!) {
    logAssistanceRequest(input: $input) {
      id
      kind
      status
      receivedOn
      state {
        ...StateName
      }
      duplicates {
        id
        kind
        status
        receivedOn
        sourceParagraph
        state {
          ...StateName
        }
      }
    }
  }
`);

/** What the requests table does not show of one request: its words, its moves, what answers it. */
export const requestDetailQuery = graphql(`
  query RequestDetail($id: ID!, $lang: Language!) {
    assistanceRequest(id: $id) {
      id
      kind
      status
      topics
      receivedOn
      channel
      description
      confidential
      loggedBy
      sourceParagraph
      illustrativeNote
      mergedIntoId
      state {
        ...StateName
      }
      priorityArea {
        ...PriorityAreaTitle
      }
      fieldOffice {
        code
        name
      }
      instruments {
        code
        shortTitle
      }
      history {
        at
        by
        from
        to
        reason
      }
      activities {
        ...ActivityRef
        status
      }
    }
  }
`);
