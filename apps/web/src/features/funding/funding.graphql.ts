import { graphql } from '@ta/graphql-types';

/** One row of the funding gap: what it costs, what is pledged, committed and paid, and what is missing. */
export const gapAmounts = graphql(`
  fragment GapAmounts on FundingGapRow {
    cost
    pledged
    committed
    paid
    gap
    available
    overFunded
    overFundedDeliberately
    toReallocate
  }
`);

/** The gaps by priority area, by year and by region, for the charts and the first level of the table. */
export const fundingOverviewQuery = graphql(`
  query FundingOverview($lang: Language!) {
    byArea: fundingGaps(groupBy: [PRIORITY_AREA]) {
      priorityArea {
        ...PriorityAreaTitle
      }
      ...GapAmounts
    }
    byYear: fundingGaps(groupBy: [YEAR]) {
      year
      ...GapAmounts
    }
    byRegion: fundingGaps(groupBy: [REGION]) {
      region
      ...GapAmounts
    }
  }
`);

/** One priority area's activities, with their gaps. */
export const fundingByActivityQuery = graphql(`
  query FundingByActivity($areas: [String!]!, $lang: Language!) {
    fundingGaps(groupBy: [ACTIVITY], filter: { priorityAreaCode: $areas }) {
      activity {
        ...ActivityRef
        status
        illustrativeNote
      }
      ...GapAmounts
    }
  }
`);

export const contributionsQuery = graphql(`
  query Contributions($first: Int, $after: String, $lang: Language!) {
    contributions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        date
        amount
        currency
        rateToUsd
        rateDate
        amountUsd
        allocatedUsd
        unallocatedUsd
        paidUsd
        stage
        earmarking
        agreementRef
        illustrative
        version
        yearsCovered
        donor {
          id
          name
        }
        activity {
          ...ActivityRef
        }
        priorityArea {
          ...PriorityAreaTitle
        }
        allocations {
          id
          year
          amountUsd
          activity {
            ...ActivityRef
          }
        }
        payments {
          paidOn
          amount
          amountUsd
        }
        reconciliation {
          currency
          amount
          amountUsd
          paid
          paidUsd
          allocated
          allocatedUsd
          unallocated
          unallocatedUsd
          allocations {
            year
            amount
            amountUsd
            activity {
              ...ActivityRef
            }
          }
        }
      }
    }
  }
`);

export const donorsQuery = graphql(`
  query Donors {
    donors {
      id
      name
      donorType
      contact
      namedPublicly
      illustrative
      version
    }
  }
`);

export const updateDonorProfileMutation = graphql(`
  mutation UpdateDonorProfile($id: ID!, $input: UpdateDonorProfileInput!, $expectedVersion: Int!) {
    updateDonorProfile(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      contact
      namedPublicly
      version
    }
  }
`);

export const recordContributionMutation = graphql(`
  mutation RecordContribution($input: RecordContributionInput!) {
    recordContribution(input: $input) {
      id
      amount
      currency
      amountUsd
      stage
    }
  }
`);

export const setExchangeRateMutation = graphql(`
  mutation SetExchangeRate($currency: String!, $date: Date!, $rateToUsd: Decimal!) {
    setExchangeRate(currency: $currency, date: $date, rateToUsd: $rateToUsd) {
      currency
      date
      rateToUsd
    }
  }
`);

export const commitContributionMutation = graphql(`
  mutation CommitContribution($id: ID!, $agreementRef: String!, $expectedVersion: Int!) {
    commitContribution(id: $id, agreementRef: $agreementRef, expectedVersion: $expectedVersion) {
      id
      stage
      agreementRef
      version
    }
  }
`);

export const recordPaymentMutation = graphql(`
  mutation RecordContributionPayment($id: ID!, $amount: Decimal!, $paidOn: Date!, $expectedVersion: Int!) {
    recordContributionPayment(id: $id, amount: $amount, paidOn: $paidOn, expectedVersion: $expectedVersion) {
      id
      stage
      paidUsd
      version
    }
  }
`);

export const allocateContributionMutation = graphql(`
  mutation AllocateContribution($input: AllocateContributionInput!) {
    allocateContribution(input: $input) {
      id
      year
      amountUsd
    }
  }
`);

/** What a prospective pledge would close, by priority area, by year and by region; records nothing. */
export const whatIfPledgeQuery = graphql(`
  query WhatIfPledge($input: WhatIfPledgeInput!, $lang: Language!) {
    whatIfPledge(input: $input, groupBy: [PRIORITY_AREA]) {
      priorityArea {
        ...PriorityAreaTitle
      }
      gapBefore
      gapAfter
      covered
    }
    byYear: whatIfPledge(input: $input, groupBy: [YEAR]) {
      year
      gapBefore
      gapAfter
      covered
    }
    byRegion: whatIfPledge(input: $input, groupBy: [REGION]) {
      region
      gapBefore
      gapAfter
      covered
    }
  }
`);

/** The unfunded activity-years that match a donor's stated priorities, largest gap first. */
export const fundingMatchesQuery = graphql(`
  query FundingMatches($donorId: ID!, $first: Int, $after: String, $lang: Language!) {
    fundingMatches(donorId: $donorId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        year
        cost
        gap
        available
        activity {
          ...ActivityRef
          priorityArea {
            code
          }
        }
      }
    }
  }
`);

/** A donor's stated priorities, as the donor itself and the secretariat read them, and the choices. */
export const donorPrioritiesQuery = graphql(`
  query DonorPriorities {
    m49Areas {
      code
      name
      level
      region
    }
    instruments {
      code
      shortTitle
    }
    donors {
      id
      version
      priorities {
        priorityAreaCodes
        m49Areas
        instrumentCodes
      }
    }
  }
`);

export const setDonorPrioritiesMutation = graphql(`
  mutation SetDonorPriorities($id: ID!, $expectedVersion: Int!, $input: DonorPrioritiesInput!) {
    setDonorPriorities(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
      priorities {
        priorityAreaCodes
        m49Areas
        instrumentCodes
      }
    }
  }
`);

/** Intentions (stage INTENDED) donors saved, for the secretariat to turn into pledges. */
export const intentionsQuery = graphql(`
  query Intentions($lang: Language!) {
    contributions(filter: { stage: [INTENDED] }, first: 100) {
      totalCount
      nodes {
        id
        date
        amount
        currency
        amountUsd
        version
        yearsCovered
        earmarking
        donor {
          id
          name
        }
        priorityArea {
          ...PriorityAreaTitle
        }
        activity {
          ...ActivityRef
        }
      }
    }
  }
`);

export const pledgeIntentionMutation = graphql(`
  mutation PledgeIntention($id: ID!, $expectedVersion: Int!) {
    pledgeIntention(id: $id, expectedVersion: $expectedVersion) {
      id
      stage
      version
    }
  }
`);

/** Contributions recorded or moved and money allocated (a donor: its own): counted until the reader shows them. */
export const fundingChanges = graphql(`
  subscription FundingChanges {
    fundingChanged {
      kind
      contributionId
    }
  }
`);

/** Adds a donor (the secretariat): then it can be chosen for a contribution at once. */
export const createDonorMutation = graphql(`
  mutation CreateDonor($input: CreateDonorInput!) {
    createDonor(input: $input) {
      id
      name
    }
  }
`);

/** Undoes an allocation of a contribution to an activity (the secretariat). */
export const deallocateContributionMutation = graphql(`
  mutation DeallocateContribution($allocationId: ID!) {
    deallocateContribution(allocationId: $allocationId)
  }
`);

/** A donor withdraws its own intention (stage INTENDED), at the version read. */
export const withdrawIntentionMutation = graphql(`
  mutation WithdrawIntention($id: ID!, $expectedVersion: Int!) {
    withdrawIntention(id: $id, expectedVersion: $expectedVersion)
  }
`);
