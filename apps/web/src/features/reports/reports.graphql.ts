import { graphql } from '@ta/graphql-types';

/** What the reports page shows of a report, wherever it comes from (the list, a request, the socket). */
export const reportFieldsFragment = graphql(`
  fragment ReportFields on Report {
    id
    kind
    format
    status
    progress
    rows
    fileName
    downloadUrl
    error
    createdAt
    finishedAt
    asAt
    options {
      years
      priorityAreaCodes
      phases
      donorId
      stateIso3
      language
    }
  }
`);

export const myReportsQuery = graphql(`
  query MyReports {
    myReports {
      ...ReportFields
    }
  }
`);

export const requestReportMutation = graphql(`
  mutation RequestReport(
    $kind: ReportKind!
    $format: ReportFormat
    $options: ReportOptionsInput
    $filter: ReportFilter
    $idempotencyKey: String
  ) {
    requestReport(kind: $kind, format: $format, options: $options, filter: $filter, idempotencyKey: $idempotencyKey) {
      ...ReportFields
    }
  }
`);

export const reportDonorsQuery = graphql(`
  query ReportDonors {
    donors {
      id
      name
    }
  }
`);

/** One report as it is now, then at each step of its making (replaces polling while the socket carries it). */
export const reportProgressSubscription = graphql(`
  subscription ReportProgress($id: ID!) {
    reportProgress(id: $id) {
      ...ReportFields
    }
  }
`);

export const compareReportsQuery = graphql(`
  query CompareReports($a: ID!, $b: ID!) {
    compareReports(a: $a, b: $b) {
      section
      sectionTitle
      row
      column
      columnTitle
      before
      after
    }
  }
`);
