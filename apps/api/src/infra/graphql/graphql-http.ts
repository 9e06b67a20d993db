import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { LeanQueries } from './lean-queries.js';
import type { GraphQLContext } from './loaders.js';

/** What the GraphQL endpoint needs from the application, looked up once it has started. */
export interface GraphQLEndpoint {
  /** Apollo Server, once the GraphQL module has started it (undefined before: the request takes the long way). */
  server(): ApolloServer | undefined;
  /** The request's GraphQL context (graphql.config.ts's, the same the WebSocket and the long way use). */
  context(req: Request, res: Response): Promise<GraphQLContext>;
  /** Compiled queries answered without Apollo's pipeline, when on (lean-queries.ts). */
  lean?(): LeanQueries | undefined;
}

/** The middlewares a request to the API passes through on Express's long way, given to the short one as they are. */
export interface GraphQLMiddlewares {
  /** What every request passes through first (its log line, its id, the drain), each calling `next` at once. */
  first: RequestHandler[];
  /** Headers set on every answer (helmet's), recorded once: they depend on the configuration, not the request. */
  headers: ReadonlyArray<readonly [name: string, value: string]>;
  cookies: RequestHandler;
  json: RequestHandler;
  compression: RequestHandler;
}

/**
 * `POST /graphql` in one middleware, the first of Express's stack (issue 12). The long way passes every GraphQL
 * request through a dozen router layers (the log line, helmet, cookies, compression, JSON body, Nest's router,
 * Apollo's Express integration), each matching the path and wrapping the response: about a tenth of what a small
 * query costs the server. Here the same steps run in a row: the same middlewares where they decide something (the
 * log line and request id, the drain, the JSON body with its limit and errors, the cookies, compression when the
 * client accepts an encoding), helmet's headers as recorded at start-up, and Apollo's own handling of the request
 * (CSRF prevention, plugins, errors) unchanged.
 *
 * Anything else (GET, another path, a body that is not JSON) goes the long way, as before.
 */
export function graphqlHttp(endpoint: GraphQLEndpoint, middlewares: GraphQLMiddlewares, path = '/graphql') {
  const pathWithQuery = `${path}?`;
  return (req: Request, res: Response, next: NextFunction): void => {
    // Failed ahead of the router (`aheadOfRouter`): Express's error handlers answer, as they would have here.
    const failed = (req as Failed)[FAILED];
    if (failed) {
      delete (req as Failed)[FAILED];
      return next(failed.error);
    }
    if (req.method !== 'POST' || (req.url !== path && !req.url.startsWith(pathWithQuery))) return next();
    const server = endpoint.server();
    if (!server || !req.is('application/json')) return next();
    // Taken: from here on `next` is only called with an error (Express then skips to its error handlers). Each of
    // the first middlewares must pass the request on at once; one that answers or fails stops it here.
    for (const middleware of middlewares.first) {
      let passed = false;
      middleware(req, res, (error?: unknown) => {
        if (error) next(error);
        else passed = true;
      });
      if (!passed) return;
    }
    for (const [name, value] of middlewares.headers) res.setHeader(name, value);
    // As compression says on the long way, whether or not this answer is compressed (it adds to it, not twice).
    res.setHeader('Vary', 'Accept-Encoding');
    middlewares.json(req, res, (error?: unknown) => {
      if (error) return next(error);
      middlewares.cookies(req, res, () => undefined);
      const encoding = req.headers['accept-encoding'];
      // Without an encoding to choose (none, or identity as a benchmark asks), compression has nothing to do.
      if (encoding && encoding !== 'identity') {
        middlewares.compression(req, res, () =>
          answer(server, endpoint, req, res).catch((error: unknown) =>
            next(error ?? new Error('The GraphQL endpoint failed.')),
          ),
        );
      } else {
        answer(server, endpoint, req, res).catch((error: unknown) =>
          next(error ?? new Error('The GraphQL endpoint failed.')),
        );
      }
    });
  };
}

const FAILED = Symbol('failed ahead of the router');
type Failed = Request & { [FAILED]?: { error: unknown } };

/** Express's application as `aheadOfRouter` uses it: how it dispatches a request, and its req/res prototypes. */
export interface ExpressHandling {
  handle(req: IncomingMessage, res: ServerResponse, callback?: (error?: unknown) => void): void;
  request: object;
  response: object;
}

/**
 * Runs the short way (`graphqlHttp`'s middleware, also the first of Express's stack) before Express's router,
 * straight from the HTTP server's request event: Express's `handle` and its router (the request id middleware of
 * Nest's adapter, a path match per layer, a closure per `next`) cost about 6 % of a small query's CPU (issue 12's
 * profile of a one-State page) only to reach the first layer. The request gets what Express's `handle` and router
 * give it before any layer (its req/res prototypes, so `req.ip`, `req.is`, `res.send` work alike; `originalUrl`,
 * `baseUrl`, `locals`). What the short way leaves (another method or path, a body that is not JSON, the API not
 * started) takes Express's whole way, where the same middleware leaves it again; what fails on it (a malformed
 * body, a middleware's error) is handed to Express's whole way too, whose first layer passes the error to its
 * error handlers at once: the same answer as before.
 */
export function aheadOfRouter(app: ExpressHandling, shortWay: RequestHandler): void {
  const handle = app.handle.bind(app);
  app.handle = (incoming, outgoing, callback) => {
    // A mounted application (a callback) or anything but a POST: Express's way, untouched.
    if (callback || incoming.method !== 'POST') return handle(incoming, outgoing, callback);
    const req = incoming as Request;
    const res = outgoing as Response;
    req.res = res;
    res.req = req;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    res.locals ??= Object.create(null) as Response['locals'];
    req.originalUrl ||= req.url;
    req.baseUrl = '';
    let handed = false;
    const longWay = (error?: unknown) => {
      if (handed) return;
      handed = true;
      if (error !== undefined) (req as Failed)[FAILED] = { error };
      handle(req, res);
    };
    // A router layer's throw becomes its `next(error)`; here it would escape the server's request event and end
    // the process, so it is caught and handed on the same way.
    try {
      shortWay(req, res, longWay);
    } catch (error) {
      longWay(error ?? new Error('The GraphQL endpoint failed.'));
    }
  };
}

async function answer(server: ApolloServer, endpoint: GraphQLEndpoint, req: Request, res: Response): Promise<void> {
  const lean = endpoint.lean?.();
  const accept = req.headers.accept;
  if (lean) {
    const short = await lean.answer(req.body, accept, () => endpoint.context(req, res));
    if (short) {
      for (const [key, value] of short.headers) res.setHeader(key, value);
      res.statusCode = 200;
      res.send(short.text);
      return;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const queryAt = req.url.indexOf('?');
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: 'POST',
    headers,
    search: queryAt < 0 ? '' : req.url.slice(queryAt),
    body: (req.body as unknown) ?? {},
  };
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context: () => endpoint.context(req, res),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    // An answer without errors (Apollo writes them first): its headers are those of such an answer to this `accept`.
    if (lean && res.statusCode === 200 && response.body.string.startsWith('{"data":')) {
      lean.learnHeaders(accept, response.headers);
    }
    res.send(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) {
    res.write(chunk);
    (res as Response & { flush?: () => void }).flush?.();
  }
  res.end();
}

/** The headers a middleware sets on every answer (helmet's), recorded by running it once on a stand-in. */
export function headersSetBy(middleware: RequestHandler): Array<[string, string]> {
  const headers = new Map<string, string>();
  const stand = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
      return stand;
    },
    removeHeader(name: string) {
      headers.delete(name);
    },
    getHeader: (name: string) => headers.get(name),
  };
  let synchronous = false;
  middleware({ headers: {}, method: 'POST', url: '/' } as Request, stand as unknown as Response, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    synchronous = true;
  });
  if (!synchronous) throw new Error('The headers middleware did not finish at once; it cannot be recorded.');
  return [...headers];
}
