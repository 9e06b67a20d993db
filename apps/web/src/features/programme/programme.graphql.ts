import { graphql } from '@ta/graphql-types';

/** An activity as other records point at it (a contribution, an allocation, a workshop, a request). */
export const activityRef = graphql(`
  fragment ActivityRef on Activity {
    id
    code
    title(lang: $lang)
    unofficialTranslation(lang: $lang)
  }
`);

/** One page of the planner's grid, and the programme's totals per year for the same filter. */
export const activitiesQuery = graphql(`
  query Activities($filter: ActivityFilter, $first: Int, $after: String, $lang: Language!) {
    activities(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        title(lang: $lang)
        unofficialTranslation(lang: $lang)
        section
        status
        phase
        activityType
        illustrativeNote
        sourceParagraph
        priorityArea {
          ...PriorityAreaTitle
        }
        costsByYear {
          year
          amount
        }
        totalCost
      }
    }
    programmeTotals(filter: $filter) {
      year
      amount
    }
  }
`);

/** Everything about one activity; the requests it answers only for those who may read requests. */
export const activityDetailQuery = graphql(`
  query ActivityDetail($id: ID!, $lang: Language!, $withRequests: Boolean!) {
    activity(id: $id) {
      id
      legislation {
        id
        title
        language
      }
      code
      title(lang: $lang)
      unofficialTranslation(lang: $lang)
      description
      section
      sourceParagraph
      status
      phase
      activityType
      version
      experts {
        id
        name
        organisation
      }
      figures {
        label
        value
        upTo
        sourceParagraph
      }
      buildsOn {
        ...ActivityRef
        section
      }
      illustrativeNote
      startsOn
      endsOn
      priorityArea {
        ...PriorityAreaTitle
      }
      subArea {
        code
        title(lang: $lang)
      }
      beneficiaryStates {
        ...StateName
      }
      beneficiaryRegions
      partners
      participatingOrganisations {
        role
        organisation {
          id
          name
        }
      }
      leadOffice {
        code
        name
      }
      costs {
        year
        category
        basis
        amount
        currency
        illustrative
        rateDate
      }
      costsByYear {
        year
        amount
      }
      totalCost
      history {
        at
        by
        from
        to
        reason
      }
      requests @include(if: $withRequests) {
        id
        kind
        status
        receivedOn
        topics
        state {
          ...StateName
        }
      }
      allocations {
        id
        year
        amountUsd
        stage
        createdAt
        note
        contribution {
          id
          currency
          stage
          donor {
            id
            name
          }
        }
      }
      deliveryStatus
      deliveryStartedOn
      deliveryCompletedOn
      spent
      results {
        id
        type
        title
        version
        sourceParagraph
        indicators {
          id
          version
          title
          unit
          baseline
          baselineYear
          target
          targetYear
          measure
          illustrative
          sourceParagraph
          actuals {
            year
            value
            source
            sourceRefs
            computed
          }
        }
      }
    }
    activityMoney: fundingGaps(groupBy: [YEAR], filter: { activityId: $id }) {
      year
      cost
      committed
      paid
      spent
      balance
    }
  }
`);

/** The activities by code, for choosing one (earmarking, allocating). */
export const activityChoicesQuery = graphql(`
  query ActivityChoices($filter: ActivityFilter, $lang: Language!) {
    activities(filter: $filter, first: 100) {
      nodes {
        id
        code
        title(lang: $lang)
        status
        priorityArea {
          code
        }
      }
    }
  }
`);

export const transitionActivityMutation = graphql(`
  mutation TransitionActivity($id: ID!, $to: ActivityStatus!, $reason: String, $expectedVersion: Int!) {
    transitionActivity(id: $id, to: $to, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      version
      history {
        at
        by
        from
        to
        reason
      }
    }
  }
`);

export const setCostLinesMutation = graphql(`
  mutation SetCostLines($input: SetCostLinesInput!) {
    setCostLines(input: $input) {
      id
      version
      totalCost
      costsByYear {
        year
        amount
      }
      costs {
        year
        category
        basis
        amount
        currency
        illustrative
        rateDate
      }
    }
  }
`);

export const linkRequestsMutation = graphql(`
  mutation LinkRequestsToActivity($activityId: ID!, $requestIds: [ID!]!) {
    linkRequestsToActivity(activityId: $activityId, requestIds: $requestIds) {
      id
      version
    }
  }
`);

export const unlinkRequestMutation = graphql(`
  mutation UnlinkRequestFromActivity($activityId: ID!, $requestId: ID!) {
    unlinkRequestFromActivity(activityId: $activityId, requestId: $requestId) {
      id
      version
    }
  }
`);

/** Open requests to link to an activity, found by words. */
export const requestChoicesQuery = graphql(`
  query RequestChoices($search: String, $lang: Language!) {
    assistanceRequests(filter: { search: $search, open: true }, first: 15) {
      nodes {
        id
        kind
        status
        receivedOn
        state {
          ...StateName
        }
      }
    }
  }
`);

export const recordExpenditureMutation = graphql(`
  mutation RecordExpenditure($input: RecordExpenditureInput!) {
    recordExpenditure(input: $input) {
      id
      activityId
      year
      category
      amount
      currency
      amountUsd
      spentOn
      beyondAllocationReason
    }
  }
`);

/** A new activity of the programme (a planner's "New activity"): the grid shows it once asked again. */
export const createActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!, $lang: Language!) {
    createActivity(input: $input) {
      ...ActivityRef
      phase
    }
  }
`);

/** Moves an activity's delivery (start, complete, cancel, plan again); the drawer asks for the activity again. */
export const setDeliveryStatusMutation = graphql(`
  mutation SetDeliveryStatus($input: SetDeliveryStatusInput!) {
    setDeliveryStatus(input: $input) {
      id
      version
      deliveryStatus
      deliveryStartedOn
      deliveryCompletedOn
    }
  }
`);

/** Adds an output or outcome to an activity, or changes one (with the version read). */
export const defineResultMutation = graphql(`
  mutation DefineResult($input: DefineResultInput!) {
    defineResult(input: $input) {
      id
      type
      title
      version
    }
  }
`);

/** Adds an indicator to a result: typed in by hand, or computed from workshop outcomes. */
export const defineIndicatorMutation = graphql(`
  mutation DefineIndicator($input: DefineIndicatorInput!) {
    defineIndicator(input: $input) {
      id
      version
    }
  }
`);

/** Records a hand-kept indicator's actual for a year, from a named source. */
export const recordIndicatorActualMutation = graphql(`
  mutation RecordIndicatorActual($input: RecordIndicatorActualInput!) {
    recordIndicatorActual(input: $input) {
      id
      version
      actuals {
        year
        value
        source
        sourceRefs
        computed
      }
    }
  }
`);

/** What "New activity" offers beyond the reference data: each area's sub-areas, the M49 regions and the offices. */
export const newActivityChoicesQuery = graphql(`
  query NewActivityChoices($lang: Language!) {
    priorityAreas {
      code
      subAreas {
        code
        title(lang: $lang)
      }
    }
    m49Areas {
      code
      name
      level
      region
    }
    fieldOffices {
      code
      name
    }
  }
`);

/**
 * An activity as "Edit activity" opens it, always asked of the server: the version read is the one the change
 * carries, the title is the English one (`updateActivity` changes it), the regions are their M49 codes.
 */
export const activityForEditQuery = graphql(`
  query ActivityForEdit($id: ID!) {
    activity(id: $id) {
      id
      code
      version
      phase
      status
      title(lang: EN)
      titleFr
      titleEs
      description
      startsOn
      endsOn
      beneficiaryStates {
        iso3
      }
      beneficiaryRegions
      beneficiaryAreas {
        code
      }
      partners
    }
  }
`);

/** Changes what was edited of an activity, at the version read (a change made since is refused: CONFLICT). */
export const updateActivityMutation = graphql(`
  mutation UpdateActivity($id: ID!, $expectedVersion: Int!, $input: UpdateActivityInput!, $lang: Language!) {
    updateActivity(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
      title(lang: $lang)
      unofficialTranslation(lang: $lang)
      description
      startsOn
      endsOn
      beneficiaryStates {
        ...StateName
      }
      beneficiaryRegions
      beneficiaryAreas {
        code
      }
      partners
    }
  }
`);
