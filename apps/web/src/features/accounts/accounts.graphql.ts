import { graphql } from '@ta/graphql-types';

/** An account as the Users page lists it, with the version its changes send back. */
export const userRowFragment = graphql(`
  fragment UserRow on User {
    id
    email
    displayName
    role
    active
    mustChangePassword
    version
    fieldOffice {
      code
      name
    }
    donor {
      id
      name
    }
  }
`);

/** One page of accounts, by email; the search matches part of the email or name (in SQL, by the API). */
export const usersQuery = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UserRow
      }
    }
  }
`);

/** What a role's scope is chosen from: the field offices and the donors. */
export const userScopeOptionsQuery = graphql(`
  query UserScopeOptions {
    fieldOffices {
      code
      name
      city
    }
    donors {
      id
      name
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $expectedVersion: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...UserRow
    }
  }
`);

export const deactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!, $expectedVersion: Int!) {
    deactivateUser(id: $id, expectedVersion: $expectedVersion) {
      ...UserRow
    }
  }
`);

export const reactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!, $expectedVersion: Int!) {
    reactivateUser(id: $id, expectedVersion: $expectedVersion) {
      ...UserRow
    }
  }
`);

/** An administrator sets a new password for someone who forgot theirs, with the version of the account seen. */
export const resetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($userId: ID!, $newPassword: String!, $expectedVersion: Int!) {
    resetUserPassword(userId: $userId, newPassword: $newPassword, expectedVersion: $expectedVersion) {
      ...UserRow
    }
  }
`);

/** One's own password; the other sessions end, this one stays. */
export const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);
