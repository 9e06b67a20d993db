import { graphql } from '@ta/graphql-types';

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
        title
        kind
        city
        startsOn
        endsOn
        status
        illustrativeNote
        sourceParagraph
        country {
          iso3
          name(lang: $lang)
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
      title
      kind
      startsOn
      endsOn
      city
      status
      version
      region
      languages
      organisers
      illustrativeNote
      sourceParagraph
      country {
        iso3
        name(lang: $lang)
      }
      activity {
        id
        code
        title
      }
      participants {
        participants
        women
        state {
          iso3
          name(lang: $lang)
        }
      }
      experts {
        id
        name
        organisation
        illustrativeNote
        nationality {
          iso3
          name(lang: $lang)
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
            iso3
            name(lang: $lang)
          }
          priorityArea {
            code
          }
        }
      }
    }
  }
`);

/** A workshop's title, for the requests page's "raised at" filter. */
export const workshopTitleQuery = graphql(`
  query WorkshopTitle($id: ID!) {
    workshop(id: $id) {
      id
      title
    }
  }
`);

export const recordWorkshopOutcomeMutation = graphql(`
  mutation RecordWorkshopOutcome($workshopId: ID!, $input: WorkshopOutcomeInput!, $expectedVersion: Int, $lang: Language!) {
    recordWorkshopOutcome(workshopId: $workshopId, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      status
      participants {
        participants
        women
        state {
          iso3
          name(lang: $lang)
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
            iso3
            name(lang: $lang)
          }
          priorityArea {
            code
          }
        }
      }
    }
  }
`);
