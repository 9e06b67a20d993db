/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AssistanceRequests(\n    $filter: AssistanceRequestFilter\n    $orderBy: AssistanceRequestOrder\n    $first: Int\n    $after: String\n    $lang: Language!\n  ) {\n    assistanceRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        topics\n        status\n        receivedOn\n        channel\n        sourceParagraph\n        illustrativeNote\n        state {\n          iso3\n          name(lang: $lang)\n        }\n        priorityArea {\n          code\n          title(lang: $lang)\n        }\n        duplicates {\n          id\n          kind\n          status\n          receivedOn\n          state {\n            iso3\n            name(lang: $lang)\n          }\n        }\n      }\n    }\n  }\n": typeof types.AssistanceRequestsDocument,
    "\n  mutation LogAssistanceRequest($input: LogAssistanceRequestInput!, $lang: Language!) {\n    logAssistanceRequest(input: $input) {\n      id\n      kind\n      status\n      receivedOn\n      state {\n        iso3\n        name(lang: $lang)\n      }\n      duplicates {\n        id\n        kind\n        status\n        receivedOn\n        sourceParagraph\n        state {\n          iso3\n          name(lang: $lang)\n        }\n      }\n    }\n  }\n": typeof types.LogAssistanceRequestDocument,
    "\n  query ReferenceData($lang: Language!) {\n    states {\n      iso3\n      name(lang: $lang)\n      region\n    }\n    priorityAreas {\n      code\n      title(lang: $lang)\n    }\n  }\n": typeof types.ReferenceDataDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      fieldOffice {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        fieldOffice {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  query AssistanceRequests(\n    $filter: AssistanceRequestFilter\n    $orderBy: AssistanceRequestOrder\n    $first: Int\n    $after: String\n    $lang: Language!\n  ) {\n    assistanceRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        topics\n        status\n        receivedOn\n        channel\n        sourceParagraph\n        illustrativeNote\n        state {\n          iso3\n          name(lang: $lang)\n        }\n        priorityArea {\n          code\n          title(lang: $lang)\n        }\n        duplicates {\n          id\n          kind\n          status\n          receivedOn\n          state {\n            iso3\n            name(lang: $lang)\n          }\n        }\n      }\n    }\n  }\n": types.AssistanceRequestsDocument,
    "\n  mutation LogAssistanceRequest($input: LogAssistanceRequestInput!, $lang: Language!) {\n    logAssistanceRequest(input: $input) {\n      id\n      kind\n      status\n      receivedOn\n      state {\n        iso3\n        name(lang: $lang)\n      }\n      duplicates {\n        id\n        kind\n        status\n        receivedOn\n        sourceParagraph\n        state {\n          iso3\n          name(lang: $lang)\n        }\n      }\n    }\n  }\n": types.LogAssistanceRequestDocument,
    "\n  query ReferenceData($lang: Language!) {\n    states {\n      iso3\n      name(lang: $lang)\n      region\n    }\n    priorityAreas {\n      code\n      title(lang: $lang)\n    }\n  }\n": types.ReferenceDataDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      fieldOffice {\n        code\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        fieldOffice {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssistanceRequests(\n    $filter: AssistanceRequestFilter\n    $orderBy: AssistanceRequestOrder\n    $first: Int\n    $after: String\n    $lang: Language!\n  ) {\n    assistanceRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        topics\n        status\n        receivedOn\n        channel\n        sourceParagraph\n        illustrativeNote\n        state {\n          iso3\n          name(lang: $lang)\n        }\n        priorityArea {\n          code\n          title(lang: $lang)\n        }\n        duplicates {\n          id\n          kind\n          status\n          receivedOn\n          state {\n            iso3\n            name(lang: $lang)\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssistanceRequests(\n    $filter: AssistanceRequestFilter\n    $orderBy: AssistanceRequestOrder\n    $first: Int\n    $after: String\n    $lang: Language!\n  ) {\n    assistanceRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        kind\n        topics\n        status\n        receivedOn\n        channel\n        sourceParagraph\n        illustrativeNote\n        state {\n          iso3\n          name(lang: $lang)\n        }\n        priorityArea {\n          code\n          title(lang: $lang)\n        }\n        duplicates {\n          id\n          kind\n          status\n          receivedOn\n          state {\n            iso3\n            name(lang: $lang)\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogAssistanceRequest($input: LogAssistanceRequestInput!, $lang: Language!) {\n    logAssistanceRequest(input: $input) {\n      id\n      kind\n      status\n      receivedOn\n      state {\n        iso3\n        name(lang: $lang)\n      }\n      duplicates {\n        id\n        kind\n        status\n        receivedOn\n        sourceParagraph\n        state {\n          iso3\n          name(lang: $lang)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogAssistanceRequest($input: LogAssistanceRequestInput!, $lang: Language!) {\n    logAssistanceRequest(input: $input) {\n      id\n      kind\n      status\n      receivedOn\n      state {\n        iso3\n        name(lang: $lang)\n      }\n      duplicates {\n        id\n        kind\n        status\n        receivedOn\n        sourceParagraph\n        state {\n          iso3\n          name(lang: $lang)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData($lang: Language!) {\n    states {\n      iso3\n      name(lang: $lang)\n      region\n    }\n    priorityAreas {\n      code\n      title(lang: $lang)\n    }\n  }\n"): (typeof documents)["\n  query ReferenceData($lang: Language!) {\n    states {\n      iso3\n      name(lang: $lang)\n      region\n    }\n    priorityAreas {\n      code\n      title(lang: $lang)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      fieldOffice {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      fieldOffice {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        fieldOffice {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      expiresAt\n      user {\n        id\n        email\n        displayName\n        role\n        fieldOffice {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;