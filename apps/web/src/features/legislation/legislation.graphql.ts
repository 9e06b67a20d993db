import { graphql } from '@ta/graphql-types';

/** A page of the legal library, searched and filtered by the API. */
export const legislationQuery = graphql(`
  query Legislation($filter: LegislationFilter, $first: Int, $after: String) {
    legislation(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        stateIso3
        title
        summary
        enactedOn
        instruments
        articles
        topics
        language
        link
        illustrative
        sourceParagraph
        file {
          fileName
          sizeBytes
          confidential
          downloadUrl
        }
      }
    }
  }
`);

/** Stores a law's PDF (base64), replacing the one before. */
export const uploadLegislationFileMutation = graphql(`
  mutation UploadLegislationFile($legislationId: ID!, $fileName: String!, $content: String!, $confidential: Boolean) {
    uploadLegislationFile(
      legislationId: $legislationId
      fileName: $fileName
      content: $content
      confidential: $confidential
    ) {
      id
      file {
        downloadUrl
      }
    }
  }
`);

/** The laws a request or an activity may be linked to (a State's, or any). */
export const legislationChoicesQuery = graphql(`
  query LegislationChoices($stateIso3: String) {
    legislation(filter: { stateIso3: $stateIso3 }, first: 200) {
      nodes {
        id
        stateIso3
        title
        language
      }
    }
  }
`);

/** Links a law to the request or the activity it concerns. */
export const linkLegislationMutation = graphql(`
  mutation LinkLegislation($legislationId: ID!, $requestId: ID, $activityId: ID) {
    linkLegislation(legislationId: $legislationId, requestId: $requestId, activityId: $activityId) {
      id
    }
  }
`);
