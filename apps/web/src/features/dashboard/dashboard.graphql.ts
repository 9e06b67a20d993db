import { graphql } from '@ta/graphql-types';

/**
 * The dashboard's key figures and charts. Every count here is open to donors (areas, statuses, kinds,
 * regions); requests counted by State are not, so they are asked only with `$byState` (the map asks its own).
 */
export const dashboardQuery = graphql(`
  query Dashboard($lang: Language!, $byState: Boolean!) {
    openTotal: requestCounts(groupBy: [], filter: { open: true }) {
      count
    }
    openStates: requestCounts(groupBy: [STATE], filter: { open: true }) @include(if: $byState) {
      count
      state {
        iso3
      }
    }
    openByAreaStatus: requestCounts(groupBy: [PRIORITY_AREA, STATUS], filter: { open: true }) {
      count
      status
      priorityArea {
        ...PriorityAreaTitle
      }
    }
    openByKind: requestCounts(groupBy: [KIND], filter: { open: true }) {
      count
      kind
    }
    openByRegion: requestCounts(groupBy: [REGION], filter: { open: true }) @skip(if: $byState) {
      count
      region
    }
    activities(first: 1) {
      totalCount
    }
    programmeTotals {
      year
      amount
    }
    gapsByYear: fundingGaps(groupBy: [YEAR]) {
      year
      ...GapAmounts
    }
  }
`);

/** The world map of needs: every State (to name and link it), and the open requests of each. Not for donors. */
export const needsMapQuery = graphql(`
  query NeedsMap($lang: Language!) {
    states {
      ...StateName
      m49
    }
    requestCounts(groupBy: [STATE], filter: { open: true }) {
      count
      state {
        iso3
      }
    }
  }
`);

/** Requests logged or moved anywhere in the reader's scope: the dashboard's figures follow them live. */
export const dashboardRequestChanges = graphql(`
  subscription DashboardRequestChanges {
    assistanceRequestChanged {
      kind
      request {
        id
      }
    }
  }
`);

/** Every State's standing under each instrument, to colour the map by treaty status (public: any reader). */
export const treatyMapQuery = graphql(`
  query TreatyMap {
    states {
      iso3
      treatyStatus {
        instrumentCode
        status
      }
    }
  }
`);

/** The reporting cycles the map can be coloured by (para. 5: who has reported in which cycle). */
export const mapCyclesQuery = graphql(`
  query MapCycles {
    reportingCycles {
      id
      name
    }
  }
`);

/** Who has reported in one cycle, State by State. */
export const reportingMapQuery = graphql(`
  query ReportingMap($id: ID!) {
    reportingCycle(id: $id) {
      id
      reportedByState {
        stateIso3
        status
      }
    }
  }
`);
