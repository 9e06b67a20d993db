import { graphql } from '@ta/graphql-types';

export const AuthorityFields = graphql(`
  fragment AuthorityFields on CompetentAuthority {
    id
    version
    stateIso3
    instrumentCode
    kind
    name
    address
    phone
    email
    languages
    channels
    legalRequirements
    timeLimits
    lastConfirmedOn
    illustrative
  }
`);

export const authoritiesQuery = graphql(`
  query Authorities($filter: AuthorityFilter, $first: Int, $after: String) {
    authorities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AuthorityFields
      }
    }
  }
`);

export const authorityProposalsQuery = graphql(`
  query AuthorityProposals($filter: AuthorityProposalFilter, $first: Int) {
    authorityProposals(filter: $filter, first: $first) {
      totalCount
      nodes {
        id
        version
        authorityId
        stateIso3
        status
        note
        proposedAt
        decidedAt
        decisionReason
        proposed {
          stateIso3
          instrumentCode
          kind
          name
          address
          phone
          email
          languages
          channels
          legalRequirements
          timeLimits
          lastConfirmedOn
        }
      }
    }
  }
`);

export const updateAuthorityMutation = graphql(`
  mutation UpdateAuthority($id: ID!, $expectedVersion: Int!, $input: AuthorityInput!) {
    updateAuthority(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...AuthorityFields
    }
  }
`);

export const proposeAuthorityChangeMutation = graphql(`
  mutation ProposeAuthorityChange($authorityId: ID, $input: AuthorityInput!, $note: String) {
    proposeAuthorityChange(authorityId: $authorityId, input: $input, note: $note) {
      id
      status
    }
  }
`);

export const decideAuthorityProposalMutation = graphql(`
  mutation DecideAuthorityProposal($id: ID!, $expectedVersion: Int!, $confirm: Boolean!, $reason: String) {
    decideAuthorityProposal(id: $id, expectedVersion: $expectedVersion, confirm: $confirm, reason: $reason) {
      id
      status
      authorityId
    }
  }
`);
