import { graphql } from '@ta/graphql-types';

export const importAssistanceRequestsMutation = graphql(`
  mutation ImportAssistanceRequests($fileName: String!, $csv: String!, $idempotencyKey: String) {
    importAssistanceRequests(fileName: $fileName, csv: $csv, idempotencyKey: $idempotencyKey) {
      id
      fileName
      status
      progress
      totalRows
      importedRows
      failure
      createdAt
      finishedAt
      refusedRowsUrl
      errors {
        line
        field
        message
        problems {
          field
          message
        }
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
      refusedRowsUrl
      errors {
        line
        field
        message
        problems {
          field
          message
        }
      }
    }
  }
`);
