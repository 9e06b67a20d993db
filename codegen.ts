import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web client.
 * The API writes apps/api/schema.graphql; until it exists, libs/graphql-types/schema.snapshot.graphql stands in.
 * Output is committed and checked for staleness: run `npm run codegen` after changing an operation or the schema.
 */
const API_SCHEMA = 'apps/api/schema.graphql';
const SNAPSHOT_SCHEMA = 'libs/graphql-types/schema.snapshot.graphql';

const config: CodegenConfig = {
  overwrite: true,
  schema: existsSync(API_SCHEMA) ? API_SCHEMA : SNAPSHOT_SCHEMA,
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
        scalars: { Date: 'string', DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
