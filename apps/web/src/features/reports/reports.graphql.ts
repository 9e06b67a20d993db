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
    }
  }
`);

export const requestReportMutation = graphql(`
  mutation RequestReport($kind: ReportKind!) {
    requestReport(kind: $kind) {
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
    }
  }
`);
