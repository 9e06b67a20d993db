import { HeaderMap, type ApolloServer } from '@apollo/server';
import express, { type RequestHandler } from 'express';
import request from 'supertest';
import { aheadOfRouter, graphqlHttp, headersSetBy, type ExpressHandling } from './graphql-http.js';

/**
 * The short way's composition, on a real Express app over HTTP: its first middlewares run once and in order, one
 * of them answering or failing stops the request before Apollo, and anything it does not take goes on down the
 * stack. Apollo itself is a stand-in here (the integration spec runs the real one).
 */
describe('graphqlHttp', () => {
  function appWith(first: RequestHandler[]) {
    const executed: unknown[] = [];
    const server = {
      async executeHTTPGraphQLRequest({ httpGraphQLRequest }: { httpGraphQLRequest: { body: unknown } }) {
        executed.push(httpGraphQLRequest.body);
        return {
          status: 200,
          headers: new HeaderMap([['content-type', 'application/json']]),
          body: { kind: 'complete', string: '{"data":{}}' },
        };
      },
    } as unknown as ApolloServer;
    const app = express();
    const passOn: RequestHandler = (_req, _res, next) => next();
    app.use(
      graphqlHttp(
        { server: () => server, context: async () => ({}) as never },
        {
          first,
          headers: headersSetBy((_req, res, next) => {
            res.setHeader('X-Frame-Options', 'SAMEORIGIN');
            next();
          }),
          cookies: passOn,
          json: express.json(),
          compression: passOn,
        },
      ),
    );
    app.use((_req, res) => res.status(404).send('the long way'));
    return { app, executed };
  }

  it('runs each first middleware once, then Apollo, with the recorded headers', async () => {
    const seen: string[] = [];
    const { app, executed } = appWith([
      (_req, _res, next) => (seen.push('log'), next()),
      (_req, _res, next) => (seen.push('drain'), next()),
    ]);
    const res = await request(app).post('/graphql').send({ query: '{ a }' });
    expect(res.status).toBe(200);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(seen).toEqual(['log', 'drain']);
    expect(executed).toEqual([{ query: '{ a }' }]);
  });

  it('stops when a first middleware answers by itself or fails, and never runs the query', async () => {
    const answering = appWith([(_req, res) => void res.status(503).send('stopping')]);
    const answered = await request(answering.app).post('/graphql').send({ query: '{ a }' });
    expect([answered.status, answered.text]).toEqual([503, 'stopping']);
    expect(answering.executed).toEqual([]);
    const failing = appWith([(_req, _res, next) => next(new Error('refused'))]);
    const failed = await request(failing.app).post('/graphql').send({ query: '{ a }' });
    expect(failed.status).toBe(500);
    expect(failing.executed).toEqual([]);
  });

  it('leaves other requests to the rest of the stack', async () => {
    const { app, executed } = appWith([]);
    expect((await request(app).get('/graphql')).text).toBe('the long way');
    expect((await request(app).post('/other').send({ query: '{ a }' })).text).toBe('the long way');
    const text = await request(app).post('/graphql').set('content-type', 'text/plain').send('{ a }');
    expect(text.text).toBe('the long way');
    expect(executed).toEqual([]);
  });

  describe('ahead of the router', () => {
    /** An app whose stack has a layer before the short way (which the short way, ahead, never passes) and an error handler. */
    function aheadApp(first: RequestHandler[] = []) {
      const layers: string[] = [];
      const seen: Array<{ ip: string; originalUrl: string; send: string; locals: boolean }> = [];
      const executed: unknown[] = [];
      const server = {
        async executeHTTPGraphQLRequest({
          httpGraphQLRequest,
          context,
        }: {
          httpGraphQLRequest: { body: unknown };
          context: () => Promise<unknown>;
        }) {
          await context();
          executed.push(httpGraphQLRequest.body);
          return {
            status: 200,
            headers: new HeaderMap([['content-type', 'application/json']]),
            body: { kind: 'complete', string: '{"data":{}}' },
          };
        },
      } as unknown as ApolloServer;
      const app = express();
      const passOn: RequestHandler = (_req, _res, next) => next();
      const shortWay = graphqlHttp(
        {
          server: () => server,
          context: async (req, res) => {
            seen.push({ ip: req.ip ?? '', originalUrl: req.originalUrl, send: typeof res.send, locals: !!res.locals });
            return {} as never;
          },
        },
        { first, headers: [], cookies: passOn, json: express.json(), compression: passOn },
      );
      aheadOfRouter(app as unknown as ExpressHandling, shortWay);
      app.use((_req, _res, next) => (layers.push('before'), next()));
      app.use(shortWay);
      app.use((_req, res) => void res.status(404).send('the long way'));
      app.use((error: { type?: string; message: string }, _req: unknown, res: express.Response, _next: unknown) => {
        void _next;
        res.status(418).send(`error handler: ${error.type ?? error.message}`);
      });
      return { app, layers, seen, executed };
    }

    it('answers a POST of JSON to /graphql before any layer, with Express’s request and response', async () => {
      const { app, layers, seen, executed } = aheadApp();
      const res = await request(app).post('/graphql?x=1').send({ query: '{ a }' });
      expect(res.status).toBe(200);
      expect(executed).toEqual([{ query: '{ a }' }]);
      expect(layers).toEqual([]);
      expect(seen).toEqual([
        { ip: expect.stringMatching(/127\.0\.0\.1|::1/), originalUrl: '/graphql?x=1', send: 'function', locals: true },
      ]);
    });

    it('leaves the rest to Express’s whole way, through each layer once', async () => {
      const { app, layers, executed } = aheadApp();
      expect((await request(app).get('/graphql')).text).toBe('the long way');
      expect((await request(app).post('/other').send({ query: '{ a }' })).text).toBe('the long way');
      expect((await request(app).post('/graphql').set('content-type', 'text/plain').send('{ a }')).text).toBe(
        'the long way',
      );
      expect(layers).toEqual(['before', 'before', 'before']);
      expect(executed).toEqual([]);
    });

    it('hands what failed on it (a malformed body, a middleware’s error) to Express’s error handlers', async () => {
      const { app, layers, executed } = aheadApp();
      const malformed = await request(app).post('/graphql').set('content-type', 'application/json').send('{"query":');
      expect([malformed.status, malformed.text]).toEqual([418, 'error handler: entity.parse.failed']);
      const failing = aheadApp([(_req, _res, next) => next(new Error('refused'))]);
      const failed = await request(failing.app).post('/graphql').send({ query: '{ a }' });
      expect([failed.status, failed.text]).toEqual([418, 'error handler: refused']);
      // A first middleware that throws (a router layer's throw is its next(error)) is handed on alike, not fatal.
      const throwing = aheadApp([
        () => {
          throw new Error('thrown');
        },
      ]);
      const thrown = await request(throwing.app).post('/graphql').send({ query: '{ a }' });
      expect([thrown.status, thrown.text]).toEqual([418, 'error handler: thrown']);
      expect(throwing.executed).toEqual([]);
      // The error takes the whole way once: the layers before the short way's (in the API, only Nest's adapter's),
      // then the short way's layer passes it to the handlers; the query never runs.
      expect([...layers, ...failing.layers]).toEqual(['before', 'before']);
      expect([...executed, ...failing.executed]).toEqual([]);
    });
  });
});
