import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { RequestAuth } from '../auth/actor.js';
import type { AppConfig } from '../config/app-config.js';
import { requestIdOf } from '../logging/request-log.js';
import { aliasLimit, costLimitCheck } from './cost-limit.js';
import { CompiledApolloDriver, type CompilePolicy } from './compiled-execution.js';
import { cleanTextCheck } from './clean-text.js';
import { depthLimit } from './depth-limit.js';
import { LeanQueries } from './lean-queries.js';
import { checkPlugin } from './operation-checks.js';
import { formatError } from './format-error.js';
import { LoaderRegistry, type GraphQLContext } from './loaders.js';
import { answerPreloadedFields } from './preloaded.js';
import { socketOptions, socketSchemaPlugin, type OperationLimits } from './subscriptions.js';
import { serviceUnavailablePlugin, unavailableInContext } from './unavailable.js';

export interface Authenticator {
  authenticate(req: Request): Promise<RequestAuth>;
}

/** Apollo Server 5 with its defaults set on purpose (see docs/stack.md). */
export function graphqlConfig(config: AppConfig, auth: Authenticator): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  const limits: OperationLimits = {
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxCost: config.GRAPHQL_MAX_COST,
    maxAliases: 30,
  };
  const served: { schema: GraphQLSchema | null } = { schema: null };
  // Run by Apollo as plugins, and by the short way for compiled queries (lean-queries.ts) before it answers one.
  const checks = [cleanTextCheck(), costLimitCheck(limits.maxCost)];
  const context = graphqlContext(auth);
  return {
    driver: CompiledApolloDriver,
    // How often documents are compiled, and how many at most (compiled-execution.ts).
    compilePolicy: {
      compileFromUse: config.GRAPHQL_COMPILE_FROM_USE,
      maxCompilations: config.GRAPHQL_COMPILES_PER_10S,
      windowMs: 10_000,
    } satisfies CompilePolicy,
    // Queries Apollo has answered compiled, answered again without its pipeline (GRAPHQL_LEAN_QUERIES).
    leanQueries: config.GRAPHQL_LEAN_QUERIES ? new LeanQueries(checks) : undefined,
    path: '/graphql',
    autoSchemaFile: process.env.WRITE_SCHEMA ? join(process.cwd(), 'apps/api/schema.graphql') : true,
    sortSchema: true,
    // A list's rows answer the fields it fetched for them without a resolver call (preloaded.ts).
    transformSchema: answerPreloadedFields,
    introspection: !production,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(limits.maxDepth), aliasLimit(limits.maxAliases)],
    // Cache-control hints are not used (GraphQL answers are never cached, see docs/architecture.md); Apollo's plugin for
    // them would otherwise run on every field of every answer.
    plugins: [
      ...checks.map(checkPlugin),
      socketSchemaPlugin(served),
      serviceUnavailablePlugin(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError,
    // Subscriptions over a WebSocket at the same path (graphql-transport-ws), for signed-in users only.
    subscriptions: { 'graphql-ws': socketOptions((req) => auth.authenticate(req), limits, served) },
    context: ({ req, res }: { req: Request; res: Response }) => context(req, res),
  } as ApolloDriverConfig;
}

/** A request's GraphQL context: its id, its session (checked once) and its DataLoaders. */
export function graphqlContext(auth: Authenticator) {
  return async (req: Request, res: Response): Promise<GraphQLContext> => {
    const requestId = requestIdOf(req, res);
    const session = await auth.authenticate(req).catch((error: unknown) => {
      throw unavailableInContext(error);
    });
    return { req, res, requestId, loaders: new LoaderRegistry(), auth: session };
  };
}
