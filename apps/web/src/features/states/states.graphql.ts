import { graphql } from '@ta/graphql-types';

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
          instrumentCode
          status
          signedOn
          consentOn
          consentKind
          illustrative
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
