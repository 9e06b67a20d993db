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
        version
        allowedMoves
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
      legislation {
        id
        title
        language
      }
      version
      allowedMoves
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
`);

/** Moves a request along its workflow (the API checks the move, the reason and the version). */
export const transitionRequestMutation = graphql(`
  mutation TransitionAssistanceRequest($id: ID!, $to: RequestStatus!, $reason: String, $expectedVersion: Int!) {
    transitionAssistanceRequest(id: $id, to: $to, reason: $reason, expectedVersion: $expectedVersion) {
      id
      version
      status
      allowedMoves
    }
  }
`);

/** Marks a request confidential (its description hidden outside its scope), or not. */
export const setConfidentialMutation = graphql(`
  mutation SetAssistanceRequestConfidential($id: ID!, $confidential: Boolean!, $expectedVersion: Int!) {
    setAssistanceRequestConfidential(id: $id, confidential: $confidential, expectedVersion: $expectedVersion) {
      id
      version
      confidential
    }
  }
`);

/** Two requests side by side before merging one into the other. */
export const mergeSidesQuery = graphql(`
  query MergeSides($keepId: ID!, $mergeId: ID!, $lang: Language!) {
    first: assistanceRequest(id: $keepId) {
      ...MergeSide
    }
    second: assistanceRequest(id: $mergeId) {
      ...MergeSide
    }
  }
`);

export const mergeSideFragment = graphql(`
  fragment MergeSide on AssistanceRequest {
    id
    version
    kind
    status
    topics
    receivedOn
    createdAt
    description
    state {
      ...StateName
    }
    history {
      at
    }
  }
`);

/** Merges a duplicate into the request that stays (its history moves over, the duplicate is withdrawn). */
export const mergeRequestsMutation = graphql(`
  mutation MergeAssistanceRequests($input: MergeAssistanceRequestsInput!) {
    mergeAssistanceRequests(input: $input) {
      id
      version
      status
    }
  }
`);

/** Activities that may answer a request: the API's suggestions first, then the others of its priority area. */
export const linkCandidatesQuery = graphql(`
  query LinkCandidates($requestId: ID!, $priorityAreaCode: String!, $lang: Language!) {
    assistanceRequest(id: $requestId) {
      id
      suggestedActivities(first: 10) {
        score
        reasonCodes {
          ...SuggestionReasonParts
        }
        activity {
          ...LinkCandidate
        }
      }
    }
    activities(filter: { priorityAreaCode: [$priorityAreaCode] }, first: 100) {
      nodes {
        ...LinkCandidate
      }
    }
  }
`);

export const suggestionReasonFragment = graphql(`
  fragment SuggestionReasonParts on SuggestionReason {
    key
    matched
    total
    value
  }
`);

export const linkCandidateFragment = graphql(`
  fragment LinkCandidate on Activity {
    id
    code
    title(lang: $lang)
    unofficialTranslation(lang: $lang)
    description
    status
  }
`);

/** Corrects an open request (only the fields that changed), with the version the user saw. */
export const updateRequestMutation = graphql(`
  mutation UpdateAssistanceRequest($id: ID!, $expectedVersion: Int!, $input: UpdateAssistanceRequestInput!) {
    updateAssistanceRequest(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
      description
    }
  }
`);

/** Requests logged, moved, corrected or merged that the list's filter matches: counted until the reader shows them. */
export const requestListChanges = graphql(`
  subscription RequestListChanges($filter: AssistanceRequestFilter) {
    assistanceRequestChanged(filter: $filter) {
      kind
      request {
        id
      }
    }
  }
`);
