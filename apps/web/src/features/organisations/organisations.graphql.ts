import { graphql } from '@ta/graphql-types';

export const organisationsQuery = graphql(`
  query Organisations($filter: OrganisationFilter, $lang: Language!) {
    organisations(filter: $filter) {
      id
      name
      acronym
      type
      typeCode
      iatiRef
      activities {
        role
        activity {
          id
          code
          title(lang: $lang)
        }
      }
      workshops {
        role
        workshop {
          id
          title(lang: $lang)
          city(lang: $lang)
        }
      }
    }
  }
`);

export const organisationChoicesQuery = graphql(`
  query OrganisationChoices {
    organisations {
      id
      name
      acronym
    }
  }
`);

export const setParticipatingOrganisationsMutation = graphql(`
  mutation SetParticipatingOrganisations($activityId: ID!, $expectedVersion: Int!, $links: [ParticipationInput!]!) {
    setParticipatingOrganisations(activityId: $activityId, expectedVersion: $expectedVersion, links: $links) {
      id
      version
      partners
      participatingOrganisations {
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);
