import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import type { ApolloServer } from '@apollo/server';
import type { ApolloDriver } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AppModule } from './app.module.js';
import type { AppConfig } from './infra/config/app-config.js';
import { migrate } from './infra/database/data-source.js';
import type { CompiledApolloDriver } from './infra/graphql/compiled-execution.js';
import { graphqlContext } from './infra/graphql/graphql.config.js';
import { aheadOfRouter, graphqlHttp, headersSetBy, type ExpressHandling } from './infra/graphql/graphql-http.js';
import { AuthService } from './modules/accounts/auth.service.js';
import { statementCount } from './infra/database/statement-count.js';
import { appLogger, requestLog } from './infra/logging/request-log.js';
import { drainMiddleware } from './infra/process/graceful-shutdown.js';
import { hashedAssets, staticWeb } from './infra/web/static-web.js';
import { DemoLoaderService } from './modules/demo/demo-loader.service.js';
import { ReferenceService } from './modules/reference/reference.service.js';

const logger = new Logger('Bootstrap');

/**
 * Builds the whole application: the API at /graphql and the web client at /. Runs the migrations (one
 * process at a time), brings the reference data up to date and, when asked, loads the demo data.
 */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: appLogger(config.LOG_FORMAT ?? 'text', config.LOG_LEVEL ?? 'log'),
    bodyParser: false,
  });
  // SIGTERM is handled by main.ts (graceful-shutdown.ts): drain the requests, then close the application.
  // Every request: an id (x-request-id) and one log line once answered; kept track of while the process stops.
  const everyRequest = [requestLog(), ...(config.SQL_STATEMENT_COUNT ? [statementCount()] : []), drainMiddleware()];
  app.disable('x-powered-by');
  // No ETag on answers made per request (GraphQL, health): a hash of every answer, for caches that never reuse
  // one. Files (the web client) keep theirs: serve-static sets its own.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const webDist = config.WEB_DIST && existsSync(join(config.WEB_DIST, 'index.html')) ? config.WEB_DIST : null;
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
      },
    },
  });
  const cookies = cookieParser();
  // Answers of more than a kilobyte compressed (brotli at a quick level, or gzip): on a 50 kbit/s line the
  // reference data and a page of requests are seconds each.
  const compress = compression({ threshold: 1024, brotli: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } } });
  const json = express.json({ limit: '256kb' });
  // POST /graphql takes the short way (graphql-http.ts): the same middlewares in a row, no router layers between.
  let apollo: ApolloServer | undefined;
  const graphql = app.get(GraphQLModule<ApolloDriver>, { strict: false });
  const shortWay = graphqlHttp(
    {
      server: () => (apollo ??= graphql.graphQlAdapter.instance),
      context: graphqlContext(app.get(AuthService)),
      lean: () => (graphql.graphQlAdapter as unknown as CompiledApolloDriver).lean,
    },
    { first: everyRequest, headers: headersSetBy(securityHeaders), cookies, json, compression: compress },
  );
  // Tried ahead of Express's router, and again as its first layer (where what it left or what failed on it goes).
  // (Express's typings leave out `handle`, which the HTTP server's request event calls.)
  aheadOfRouter(app.getHttpAdapter().getInstance() as unknown as ExpressHandling, shortWay);
  // It must stay Express's first layer of the application's own: ahead of the router, a POST to /graphql skips every
  // layer before it (today only Nest's adapter's, whose request hooks the API does not use).
  app.use(shortWay);
  for (const middleware of everyRequest) app.use(middleware);
  // Hashed scripts and styles go out before helmet: its page headers (CSP, frame options…) mean nothing on a
  // script and cost ~0.6 kB on each of some thirty files, seconds on a 50 kbit/s line. nosniff stays.
  if (webDist) app.use(hashedAssets(webDist));
  app.use(securityHeaders);
  app.use(cookies);
  app.use('/graphql', compress);
  app.use('/graphql', json);
  if (config.jwtSecretIsEphemeral) {
    logger.warn('JWT_SECRET is not set: this process made its own, so sign-ins end when it stops. Set JWT_SECRET.');
  }

  const dataSource = app.get(DataSource);
  const ran = await migrate(dataSource);
  if (ran.length) logger.log(`Ran migrations: ${ran.join(', ')}`);
  await app.get(ReferenceService).sync();
  if (config.SEED_DEMO) {
    const loaded = await app.get(DemoLoaderService).load();
    logger.log(loaded.created ? `Loaded the demo data (${loaded.created} requests).` : 'Demo data already loaded.');
  }

  if (webDist) {
    const index = join(webDist, 'index.html');
    // Compressed by the build; hashed assets cached for a year, the shell and the service worker asked again.
    app.use(...staticWeb(webDist));
    // The web client routes in the browser: any other GET that wants a page gets index.html.
    app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (
        req.method !== 'GET' ||
        req.path.startsWith('/graphql') ||
        req.path.startsWith('/api/') ||
        req.path.startsWith('/health/') ||
        !req.accepts('html')
      )
        return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  } else if (config.WEB_DIST) {
    logger.warn(`No web client at ${config.WEB_DIST}; serving the API only.`);
  }
  return app;
}
