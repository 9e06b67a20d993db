import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web client, from the schema the API writes (apps/api/schema.graphql).
 * Output is committed and checked for staleness: run `npm run codegen` after changing an operation or the schema.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'libs/graphql-types/src/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumType: 'string-literal',
        useTypeImports: true,
        strictScalars: true,
        defaultScalarType: 'unknown',
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
