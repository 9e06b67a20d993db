import { graphql } from '@ta/graphql-types';

/** Who is signed in (public: null when nobody is). */
export const meQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      mustChangePassword
      actableStates
      fieldOffice {
        code
        name
        states {
          iso3
        }
      }
      donor {
        id
        name
      }
      can {
        readRequests
        logRequests
        moveRequests
        mergeRequests
        importRequests
        countRequestsByState
        editProgramme
        recordWorkshopOutcomes
        manageFunding
        recordIntentions
        editDonorProfile
        editDonorPriorities
        readHistory
        manageUsers
        requestRequestsReport
        editAuthorities
        proposeAuthorityChanges
        enterChecklists
        acceptChecklistNeeds
        publishQuestionnaires
        editLegislation
        recordCooperation
        editTreaties
      }
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      user {
        id
        email
        displayName
        role
        fieldOffice {
          code
          name
        }
      }
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
