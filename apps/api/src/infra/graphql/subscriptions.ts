import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  parse,
  validate,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { WebSocket } from 'ws';
import type { RequestAuth } from '../auth/actor.js';
import { lifecycle, whenStopping } from '../process/graceful-shutdown.js';
import { aliasLimit, costOf, costRefusal } from './cost-limit.js';
import { depthLimit } from './depth-limit.js';
import { formatError } from './format-error.js';
import { LoaderRegistry, type GraphQLContext } from './loaders.js';

/** The session cookie's name (the accounts module sets it; the socket reads it on connect). */
const SESSION_COOKIE = 'ta_session';
/** How often a socket's session is checked again while events flow (signed out, deactivated: the socket ends). */
const RECHECK_MS = 10_000;

interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  auth?: RequestAuth;
  authRequest?: Request;
  checkedAt?: number;
}

interface SocketContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: SocketExtra;
}

/** The limits every operation is held to, over HTTP and over the socket alike. */
export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
}

/**
 * The schema the server serves, as Apollo started with it: the socket's subscriptions are checked against the same
 * limits as HTTP operations (depth, aliases, cost), which need it. Nest hands graphql-ws the same schema.
 */
export function socketSchemaPlugin(holder: { schema: GraphQLSchema | null }): ApolloServerPlugin {
  return {
    async serverWillStart({ schema }) {
      holder.schema = schema;
    },
  };
}

/** The sockets open in this process, closed (1001, "going away") as soon as it starts stopping. */
const sockets = new Set<WebSocket>();
whenStopping(() => {
  for (const socket of sockets) socket.close(1001, 'Server stopping');
});

/** A cookie from a raw Cookie header. */
function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * The WebSocket side of /graphql (graphql-transport-ws, graphql-ws' protocol): a socket is accepted only for a
 * signed-in user — the session cookie of the upgrade request, or `connectionParams.authorization`
 * ("Bearer <token>") — and carries subscriptions only (queries and mutations go over HTTP, with their limits and
 * logs). Each event is read for the subscriber as a query would be (see the resolvers); the session is checked
 * again while events flow, and the socket ends when it has.
 */
export function socketOptions(
  authenticate: (req: Request) => Promise<RequestAuth>,
  limits: OperationLimits,
  served: { schema: GraphQLSchema | null },
) {
  const recheck = async (extra: SocketExtra): Promise<boolean> => {
    if (!extra.authRequest) return false;
    if (extra.checkedAt && Date.now() - extra.checkedAt < RECHECK_MS) return true;
    const again = await authenticate(extra.authRequest);
    // An access token that merely ran out still names a live session: the socket was opened with a valid one.
    const ok = again.user !== null || again.problem === 'EXPIRED';
    if (!ok) {
      extra.socket.close(4401, 'Session ended');
      return false;
    }
    // The account as it is now (a new role, a password now one's own): what the next subscription is decided on.
    if (again.user) extra.auth = again;
    extra.checkedAt = Date.now();
    return true;
  };
  return {
    path: '/graphql',
    onConnect: async (ctx: SocketContext): Promise<boolean> => {
      if (lifecycle.stopping) return false;
      const param = ctx.connectionParams?.authorization;
      const header = typeof param === 'string' && param.startsWith('Bearer ') ? param : undefined;
      const token = cookieOf(ctx.extra.request.headers.cookie, SESSION_COOKIE);
      const req = {
        headers: header ? { authorization: header } : {},
        cookies: token ? { [SESSION_COOKIE]: token } : {},
        ip: ctx.extra.request.socket.remoteAddress,
      } as unknown as Request;
      const auth = await authenticate(req).catch(() => null);
      if (!auth?.user) return false;
      ctx.extra.auth = auth;
      ctx.extra.authRequest = req;
      ctx.extra.checkedAt = Date.now();
      const socket = ctx.extra.socket;
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      return true;
    },
    onSubscribe: (
      _ctx: SocketContext,
      _id: string,
      payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
    ) => {
      let operations: OperationDefinitionNode[];
      let document: ReturnType<typeof parse>;
      try {
        document = parse(payload.query);
        operations = document.definitions.filter(
          (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
        );
      } catch {
        return undefined; // graphql-ws answers the syntax error itself
      }
      const chosen = payload.operationName
        ? operations.find((o) => o.name?.value === payload.operationName)
        : operations[0];
      if (chosen && chosen.operation !== 'subscription') {
        return [
          new GraphQLError('Only subscriptions go over the socket; send queries and mutations over HTTP.', {
            extensions: { code: 'BAD_REQUEST' },
          }),
        ];
      }
      // The limits of every operation (the HTTP side applies them as validation rules and a plugin).
      const schema = served.schema;
      if (schema) {
        const refused = validate(schema, document, [depthLimit(limits.maxDepth), aliasLimit(limits.maxAliases)]);
        if (refused.length) return refused;
        const name = payload.operationName ?? undefined;
        const refusal = costRefusal(costOf(schema, document, chosen, name, payload.variables ?? {}), limits.maxCost);
        if (refusal) return [refusal];
      }
      return undefined;
    },
    // A refusal (the access guard's, a resolver's) says what it says over HTTP: the contract's code and reason.
    onNext: (
      _ctx: SocketContext,
      _id: string,
      _payload: unknown,
      _args: unknown,
      result: ExecutionResult,
    ): FormattedExecutionResult | undefined =>
      result.errors?.length
        ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
        : undefined,
    // Each subscription is decided on the session checked again (at most RECHECK_MS old), not as it was when the
    // socket opened: a role changed or a password chosen since counts. A check that fails (the database is away)
    // leaves the last one; an ended session has closed the socket.
    context: async (ctx: SocketContext): Promise<GraphQLContext> => {
      const live = await recheck(ctx.extra).catch(() => true);
      return {
        req: ctx.extra.authRequest!,
        res: undefined as unknown as GraphQLContext['res'],
        requestId: `ws:${randomUUID()}`,
        loaders: new LoaderRegistry(),
        auth: (live && ctx.extra.auth) || { user: null, problem: 'NONE' },
        socket: { stillSignedIn: () => recheck(ctx.extra) },
      };
    },
  };
}
