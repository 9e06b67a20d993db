import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The API serves this page and GraphQL on the same origin. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache({
      typePolicies: {
        State: { keyFields: ['iso3'] },
        PriorityArea: { keyFields: ['code'] },
        Instrument: { keyFields: ['code'] },
        FieldOffice: { keyFields: ['code'] },
      },
    }),
  });
}
