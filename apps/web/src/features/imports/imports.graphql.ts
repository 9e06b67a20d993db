import { graphql } from '@ta/graphql-types';

export const importAssistanceRequestsMutation = graphql(`
  mutation ImportAssistanceRequests($fileName: String!, $csv: String!) {
    importAssistanceRequests(fileName: $fileName, csv: $csv) {
      id
      fileName
      status
      progress
      totalRows
      importedRows
      failure
      createdAt
      finishedAt
      errors {
        line
        field
        message
      }
    }
  }
`);

export const requestImportQuery = graphql(`
  query RequestImport($id: ID!) {
    requestImport(id: $id) {
      id
      fileName
      status
      progress
      totalRows
      importedRows
      failure
      createdAt
      finishedAt
      errors {
        line
        field
        message
      }
    }
  }
`);
