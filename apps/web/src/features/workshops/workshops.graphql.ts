import { graphql } from '@ta/graphql-types';

/**
 * What recording an outcome changes: the workshop's version and status, its participants and its outcome
 * (with the follow-up requests it raised). The workshop page reads it and the mutation answers it: the answer's
 * `Workshop` makes the page's kept answer stale, and the page asks again (urql's document cache).
 */
export const workshopOutcomeFields = graphql(`
  fragment WorkshopOutcomeFields on Workshop {
    id
    version
    status
    participants {
      participants
      women
      state {
        ...StateName
      }
    }
    outcome {
      checklistsCompleted
      statesUpdated
      casesProgressed
      conclusions
      recordedAt
      recordedBy
      sourceParagraph
      followUpRequests {
        id
        kind
        status
        topics
        receivedOn
        state {
          ...StateName
        }
        priorityArea {
          code
        }
      }
    }
  }
`);

export const workshopsQuery = graphql(`
  query Workshops($first: Int, $after: String, $lang: Language!) {
    workshops(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title(lang: $lang)
        unofficialTranslation(lang: $lang)
        kind
        city(lang: $lang)
        datePrecision
        startsOn
        endsOn
        status
        illustrativeNote
        sourceParagraph
        country {
          ...StateName
        }
        participants {
          state {
            iso3
          }
        }
        outcome {
          recordedAt
        }
      }
    }
  }
`);

export const workshopQuery = graphql(`
  query Workshop($id: ID!, $lang: Language!) {
    workshop(id: $id) {
      id
      title(lang: $lang)
      unofficialTranslation(lang: $lang)
      kind
      datePrecision
      startsOn
      endsOn
      city(lang: $lang)
      status
      version
      viewerMayRecordOutcome
      region
      languages
      organisers
      illustrativeNote
      sourceParagraph
      country {
        ...StateName
      }
      activity {
        ...ActivityRef
      }
      experts {
        id
        name
        organisation
        illustrativeNote
        nationality {
          ...StateName
        }
      }
      ...WorkshopOutcomeFields
    }
  }
`);

/** A workshop's title, for the requests page's "raised at" filter. */
export const workshopTitleQuery = graphql(`
  query WorkshopTitle($id: ID!, $lang: Language!) {
    workshop(id: $id) {
      id
      title(lang: $lang)
    }
  }
`);

export const recordWorkshopOutcomeMutation = graphql(`
  mutation RecordWorkshopOutcome(
    $workshopId: ID!
    $input: WorkshopOutcomeInput!
    $expectedVersion: Int
    $lang: Language!
  ) {
    recordWorkshopOutcome(workshopId: $workshopId, input: $input, expectedVersion: $expectedVersion) {
      ...WorkshopOutcomeFields
    }
  }
`);

/** The field offices, for the office that organises a new workshop. */
export const fieldOfficesQuery = graphql(`
  query FieldOffices {
    fieldOffices {
      code
      name
    }
  }
`);

export const createWorkshopMutation = graphql(`
  mutation CreateWorkshop($input: CreateWorkshopInput!, $lang: Language!) {
    createWorkshop(input: $input) {
      id
      title(lang: $lang)
      startsOn
    }
  }
`);

/** Activities whose code, title or description has the words typed: the one a new workshop delivers. */
export const workshopActivityOptionsQuery = graphql(`
  query WorkshopActivityOptions($search: String, $first: Int, $lang: Language!) {
    activities(filter: { search: $search }, first: $first) {
      totalCount
      nodes {
        ...ActivityRef
      }
    }
  }
`);
