import { readDocuments, rewriteGraphqlCalls } from './graphql-documents-plugin';

const generated = [
  'export const MeDocument = {"kind":"Document","definitions":[{"name":{"value":"Me"}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;',
  'export const LogoutDocument = {"kind":"Document","definitions":[]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;',
].join('\n');

describe('rewriteGraphqlCalls', () => {
  const documents = readDocuments(generated);

  it('reads the generated documents by operation name', () => {
    expect([...documents.keys()]).toEqual(['Me', 'Logout']);
    expect(documents.get('Logout')).toBe('{"kind":"Document","definitions":[]}');
  });

  it('inlines each operation where it is used, and drops the runtime graphql() import', () => {
    const code = [
      "import { graphql } from '@ta/graphql-types';",
      'export const meQuery = graphql(`',
      '  query Me {',
      '    me { id }',
      '  }',
      '`);',
      'export const logout = graphql(`mutation Logout { logout }`);',
    ].join('\n');
    expect(rewriteGraphqlCalls(code, documents)).toBe(
      [
        'export const meQuery = ({"kind":"Document","definitions":[{"name":{"value":"Me"}}]});',
        'export const logout = ({"kind":"Document","definitions":[]});',
      ].join('\n'),
    );
  });

  it('leaves other code alone, keeps calls it cannot name, and says when codegen is stale', () => {
    expect(rewriteGraphqlCalls("import { useQuery } from '@apollo/client/react';", documents)).toBeNull();
    expect(rewriteGraphqlCalls("import { graphql } from '@ta/graphql-types';\nconst f = graphql(`fragment F on User { id }`);", documents)).toBeNull();
    expect(() => rewriteGraphqlCalls("import { graphql } from '@ta/graphql-types';\ngraphql(`query Nope { me { id } }`);", documents)).toThrow(
      'run npm run codegen',
    );
  });
});
