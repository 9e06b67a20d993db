import { graphql } from '@ta/graphql-types';

/** A State's standing under one instrument: what the page shows and the form corrects, at its version. */
export const treatyStatusFields = graphql(`
  fragment TreatyStatusFields on TreatyStatus {
    instrumentCode
    status
    signedOn
    consentOn
    consentKind
    reservations
    source
    illustrative
    version
  }
`);

/** A State's whole picture; its requests only for those who may read requests (not donors). */
export const stateProfileQuery = graphql(`
  query StateProfile($iso3: String!, $lang: Language!, $withRequests: Boolean!) {
    stateProfile(iso3: $iso3) {
      state {
        iso3
        m49
        region
        subregion
        intermediateRegion
        unStatus
        legalSystem
        nameEn: name(lang: EN)
        nameFr: name(lang: FR)
        nameEs: name(lang: ES)
        treatyStatus {
          ...TreatyStatusFields
        }
        authorities {
          id
          kind
          instrumentCode
          name
          email
          languages
          channels
          lastConfirmedOn
          illustrative
        }
        legislation {
          id
          title
          enactedOn
          language
          articles
          illustrative
        }
      }
      requestsByStatus @include(if: $withRequests) {
        status
        count
      }
      unansweredNeeds @include(if: $withRequests) {
        id
        kind
        status
        receivedOn
        topics
        sourceParagraph
        priorityArea {
          ...PriorityAreaTitle
        }
      }
      activities {
        ...ActivityRef
        status
        phase
        totalCost
      }
      workshops {
        id
        title(lang: $lang)
        unofficialTranslation(lang: $lang)
        city(lang: $lang)
        startsOn
        status
      }
      experts {
        id
        name
        organisation
        advisoryGroup
      }
    }
    instruments {
      code
      shortTitle
    }
    cooperationStatistics(groupBy: [YEAR], filter: { stateIso3: $iso3 }) {
      year
      requests
      refusals
      medianDaysToExecute
    }
  }
`);

/** The secretariat classifies a State's legal system (expert suggestions match experts against it). */
export const setStateLegalSystemMutation = graphql(`
  mutation SetStateLegalSystem($iso3: String!, $legalSystem: LegalSystem) {
    setStateLegalSystem(iso3: $iso3, legalSystem: $legalSystem) {
      iso3
      legalSystem
    }
  }
`);

/** Records or corrects a State's standing under an instrument, at the version read (null: none recorded yet). */
export const setTreatyStatusMutation = graphql(`
  mutation SetTreatyStatus(
    $stateIso3: String!
    $instrumentCode: String!
    $expectedVersion: Int
    $input: TreatyStatusInput!
  ) {
    setTreatyStatus(
      stateIso3: $stateIso3
      instrumentCode: $instrumentCode
      expectedVersion: $expectedVersion
      input: $input
    ) {
      stateIso3
      ...TreatyStatusFields
    }
  }
`);

/** Removes a status recorded in error, if still at the version read. */
export const clearTreatyStatusMutation = graphql(`
  mutation ClearTreatyStatus($stateIso3: String!, $instrumentCode: String!, $expectedVersion: Int!) {
    clearTreatyStatus(stateIso3: $stateIso3, instrumentCode: $instrumentCode, expectedVersion: $expectedVersion)
  }
`);
