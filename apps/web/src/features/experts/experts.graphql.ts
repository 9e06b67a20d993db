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
        startsOn
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

/** Workshops still to come (PLANNED), earliest first: where an expert can be booked. */
export const plannedWorkshopsQuery = graphql(`
  query PlannedWorkshops($first: Int, $after: String, $lang: Language!) {
    workshops(filter: { status: "PLANNED" }, first: $first, after: $after) {
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

export const assignExpertMutation = graphql(`
  mutation AssignExpert($input: AssignExpertInput!) {
    assignExpert(input: $input) {
      id
      version
    }
  }
`);
