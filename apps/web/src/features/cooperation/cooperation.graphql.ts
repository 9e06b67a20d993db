import { graphql } from '@ta/graphql-types';

export const cooperationStatisticsQuery = graphql(`
  query CooperationStatistics($groupBy: [CooperationDimension!]!, $filter: CooperationFilter) {
    cooperationStatistics(groupBy: $groupBy, filter: $filter) {
      year
      region
      requestingStateIso3
      requestedStateIso3
      offence
      legalBasis
      outcome
      kind
      refusalGround
      requests
      refusals
      medianDaysToExecute
    }
  }
`);

export const recordCooperationCaseMutation = graphql(`
  mutation RecordCooperationCase($input: CooperationCaseInput!) {
    recordCooperationCase(input: $input) {
      alreadyReported
      case {
        id
        reportedByBoth
        outcome
      }
    }
  }
`);

export const importCooperationCasesMutation = graphql(`
  mutation ImportCooperationCases($fileName: String!, $content: String, $csv: String, $dryRun: Boolean) {
    importCooperationCases(fileName: $fileName, content: $content, csv: $csv, dryRun: $dryRun) {
      dryRun
      recorded
      alreadyReported
      refused
      rows {
        line
        outcome
        caseId
        problems {
          column
          message
        }
      }
    }
  }
`);
