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
      version
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

/** Adds a partner organisation (the secretariat). */
export const createOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
      acronym
      type
      typeCode
      iatiRef
      version
    }
  }
`);

/** Changes a partner organisation at the version read. */
export const updateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $expectedVersion: Int!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      name
      acronym
      type
      typeCode
      iatiRef
      version
    }
  }
`);
