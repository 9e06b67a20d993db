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
      options {
        years
        priorityAreaCodes
        donorId
        language
      }
    }
  }
`);

export const requestReportMutation = graphql(`
  mutation RequestReport($kind: ReportKind!, $options: ReportOptionsInput, $idempotencyKey: String) {
    requestReport(kind: $kind, options: $options, idempotencyKey: $idempotencyKey) {
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
      options {
        years
        priorityAreaCodes
        donorId
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
