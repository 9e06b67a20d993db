import { readDocuments, rewriteGraphqlCalls } from './graphql-documents-plugin';

const generated = [
  'export const MeDocument = {"kind":"Document","definitions":[{"name":{"value":"Me"}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;',
  'export const LogoutDocument = {"kind":"Document","definitions":[]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;',
  'export const StateNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition"}]} as unknown as DocumentNode<StateNameFragment, unknown>;',
].join('\n');

describe('rewriteGraphqlCalls', () => {
  const documents = readDocuments(generated);

  it('reads the generated documents by operation name', () => {
    expect([...documents.keys()]).toEqual(['Me', 'Logout', 'fragment StateName']);
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

  it('inlines fragments too, so no runtime graphql() (and its map of every document) is left behind', () => {
    const code =
      "import { graphql } from '@ta/graphql-types';\nexport const f = graphql(`\n  fragment StateName on State { iso3 }\n`);";
    expect(rewriteGraphqlCalls(code, documents)).toBe(
      'export const f = ({"kind":"Document","definitions":[{"kind":"FragmentDefinition"}]});',
    );
  });

  it('leaves other code alone, keeps calls it cannot name, and says when codegen is stale', () => {
    expect(rewriteGraphqlCalls("import { useQuery } from 'urql';", documents)).toBeNull();
    expect(
      rewriteGraphqlCalls(
        "import { graphql } from '@ta/graphql-types';\nconst f = graphql(`{ me { id } }`);",
        documents,
      ),
    ).toBeNull();
    expect(() =>
      rewriteGraphqlCalls(
        "import { graphql } from '@ta/graphql-types';\ngraphql(`fragment F on User { id }`);",
        documents,
      ),
    ).toThrow('run npm run codegen');
    expect(() =>
      rewriteGraphqlCalls(
        "import { graphql } from '@ta/graphql-types';\ngraphql(`query Nope { me { id } }`);",
        documents,
      ),
    ).toThrow('run npm run codegen');
  });
});
