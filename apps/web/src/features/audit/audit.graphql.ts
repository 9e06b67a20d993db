import { graphql } from '@ta/graphql-types';

/** The changes made to one record, newest first. */
export const auditLogQuery = graphql(`
  query AuditLog($entityType: String!, $entityId: String!, $after: String) {
    auditLog(filter: { entityType: $entityType, entityId: $entityId }, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        action
        actorLabel
        before
        after
      }
    }
  }
`);
