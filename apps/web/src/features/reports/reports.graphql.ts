import { graphql } from '@ta/graphql-types';

export const myReportsQuery = graphql(`
  query MyReports {
    myReports {
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
        donorId
        stateIso3
        language
      }
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
        donorId
        stateIso3
        language
      }
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
