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
        version
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
  query ExpertBalance($withExpertIds: [ID!]) {
    expertBalance(withExpertIds: $withExpertIds) {
      region
      experts
      states
      expertShare
      stateShare
      expertsWithChoice
      expertShareWithChoice
    }
    expertLegalSystemBalance(withExpertIds: $withExpertIds) {
      legalSystem
      experts
      expertsWithChoice
    }
  }
`);

/** Experts ranked for a request or a workshop, with their reasons (for those who may book experts). */
export const suggestedExpertsQuery = graphql(`
  query SuggestedExperts($requestId: ID, $workshopId: ID) {
    suggestedExperts(requestId: $requestId, workshopId: $workshopId, first: 10) {
      score
      reasonCodes {
        key
        matched
        total
        value
      }
      expert {
        id
        name
        organisation
        legalSystem
        nationality {
          iso3
          region
        }
      }
    }
  }
`);

/** What the ranking can be for: workshops and open requests, newest first. */
export const suggestionNeedsQuery = graphql(`
  query SuggestionNeeds($lang: Language!) {
    workshops(first: 100) {
      nodes {
        id
        title(lang: $lang)
        city(lang: $lang)
        startsOn
        endsOn
        status
      }
    }
    assistanceRequests(first: 100, filter: { status: [RECEIVED, UNDER_REVIEW, ACCEPTED] }) {
      nodes {
        id
        kind
        receivedOn
        state {
          iso3
          name(lang: $lang)
        }
      }
    }
  }
`);

/** The secretariat classifies an expert's legal system (expert suggestions and the balance read it). */
export const setExpertLegalSystemMutation = graphql(`
  mutation SetExpertLegalSystem($id: ID!, $expectedVersion: Int!, $legalSystem: LegalSystem) {
    updateExpert(input: { id: $id, expectedVersion: $expectedVersion, legalSystem: $legalSystem }) {
      id
      version
      legalSystem
    }
  }
`);

export const createExpertMutation = graphql(`
  mutation CreateExpert($input: CreateExpertInput!) {
    createExpert(input: $input) {
      id
      name
    }
  }
`);

/**
 * Workshops still to come (`$status`: the rule kernel's ASSIGNABLE_WORKSHOP_STATUS, PLANNED), earliest first,
 * found by words of their title or city: where an expert can be booked.
 */
export const plannedWorkshopsQuery = graphql(`
  query PlannedWorkshops($search: String, $status: String!, $first: Int, $after: String, $lang: Language!) {
    workshops(filter: { status: $status, search: $search }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title(lang: $lang)
        city(lang: $lang)
        startsOn
        endsOn
      }
    }
  }
`);

/**
 * Activities still to come (`$statuses`, `$deliveryStatuses`: the rule kernel's ASSIGNABLE_ACTIVITY_STATUSES and
 * ASSIGNABLE_DELIVERY_STATUSES, filtered by the API), found by words of their code, title, description or regions:
 * where an expert can go on a mission.
 */
export const assignActivityOptionsQuery = graphql(`
  query AssignActivityOptions(
    $search: String
    $statuses: [ActivityStatus!]!
    $deliveryStatuses: [DeliveryStatus!]!
    $first: Int
    $after: String
    $lang: Language!
  ) {
    activities(
      filter: { search: $search, status: $statuses, deliveryStatus: $deliveryStatuses }
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        title(lang: $lang)
      }
    }
  }
`);

/** Experts found by name or organisation, for an assignment opened from a workshop or an activity. */
export const assignExpertOptionsQuery = graphql(`
  query AssignExpertOptions($search: String, $first: Int, $after: String) {
    experts(filter: { search: $search }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        organisation
      }
    }
  }
`);

export const assignExpertMutation = graphql(`
  mutation AssignExpert($input: AssignExpertInput!) {
    assignExpert(input: $input) {
      id
      version
    }
  }
`);
