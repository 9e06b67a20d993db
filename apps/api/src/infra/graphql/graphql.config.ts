import { join } from 'node:path';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { AppConfig } from '../config/app-config.js';
import { formatError } from './format-error.js';
import { LoaderRegistry, type GraphQLContext } from './loaders.js';
import { depthLimit } from './depth-limit.js';

/** Apollo Server 5 with its defaults set on purpose (see docs/stack.md). */
export function graphqlConfig(config: AppConfig): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: process.env.WRITE_SCHEMA ? join(process.cwd(), 'apps/api/schema.graphql') : true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(config.GRAPHQL_MAX_DEPTH)],
    formatError,
    context: ({ req }: { req: GraphQLContext['req'] }): GraphQLContext => ({ req, loaders: new LoaderRegistry() }),
  } as ApolloDriverConfig;
}
