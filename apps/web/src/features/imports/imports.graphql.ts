import { graphql } from '@ta/graphql-types';

export const importAssistanceRequestsMutation = graphql(`
  mutation ImportAssistanceRequests(
    $fileName: String!
    $csv: String
    $content: String
    $dryRun: Boolean
    $mapping: [ImportColumnMappingInput!]
    $idempotencyKey: String
  ) {
    importAssistanceRequests(
      fileName: $fileName
      csv: $csv
      content: $content
      dryRun: $dryRun
      mapping: $mapping
      idempotencyKey: $idempotencyKey
    ) {
      id
      fileName
      status
      dryRun
      progress
      totalRows
      importedRows
      failure
      createdAt
      finishedAt
      refusedRowsUrl
      rows {
        line
        outcome
        stateIso3
        requestId
        duplicateOfId
        sameAsLine
        problems {
          field
          message
        }
      }
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

export const importMappingTemplatesQuery = graphql(`
  query ImportMappingTemplates {
    importMappingTemplates {
      id
      name
      shared
      mine
      mapping {
        column
        field
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

export const saveImportMappingTemplateMutation = graphql(`
  mutation SaveImportMappingTemplate($input: SaveImportMappingTemplateInput!) {
    saveImportMappingTemplate(input: $input) {
      id
      name
      shared
      mapping {
        column
        field
      }
    }
  }
`);

/** Deletes one of the user's own mapping templates (false when there is none any more). */
export const deleteImportMappingTemplateMutation = graphql(`
  mutation DeleteImportMappingTemplate($id: ID!) {
    deleteImportMappingTemplate(id: $id)
  }
`);
