import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig } from '../../apps/api/src/infra/config/app-config.js';
import { DemoLoaderService } from '../../apps/api/src/modules/demo/demo-loader.service.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  // `any` here: tests read whatever shape the query asked for.
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export type DemoRole = 'admin' | 'secretariat' | 'bangkok' | 'dakar' | 'donor' | 'viewer';
export type Gql = <T = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResponse<T>>;

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  /** As the demo secretariat planner (the role that may do everything in the programme). */
  gql: Gql;
  /** As one of the demo accounts (`admin@demo.local`, …), or signed out. */
  as(who: DemoRole | 'anonymous'): Gql;
  /** Signs in and answers the token. */
  login(email: string, password?: string): Promise<string>;
  /**
   * Signs in as an account whose password an administrator chose (`createUser`, `resetUserPassword`), chooses `own`
   * (default: the chosen one with " (own)" after it) as the person must before anything else
   * (PASSWORD_CHANGE_REQUIRED), and answers the token, whose session stays signed in.
   */
  loginChoosingOwn(email: string, chosen: string, own?: string): Promise<string>;
  /** Sends a query with the given bearer token (or none). */
  withToken(token: string | null): Gql;
  /** The secret the app signs tokens with (to forge an expired one). */
  jwtSecret: string;
  /** Runs `work` and counts the SQL statements it sent. */
  countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }>;
  /** Runs `work` and answers the SQL statements it sent, as sent (placeholders, not values). */
  captureQueries<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }>;
  close(): Promise<void>;
}

/** The whole API on a database of its own: migrated, with reference data, and with the demo data if asked. */
export async function bootApp(
  options: { demo?: boolean; mutationsPerMinute?: number; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const db: TestDatabase = await createTestDatabase();
  const jwtSecret = randomBytes(32).toString('hex');
  const config = loadConfig({
    DATABASE_URL: db.url,
    NODE_ENV: 'test',
    SEED_DEMO: options.demo ? '1' : '0',
    DATABASE_POOL_SIZE: '5',
    JWT_SECRET: jwtSecret,
    // Tests send far more changes a minute than a person; the limiter has its own tests.
    MUTATIONS_PER_MINUTE: String(options.mutationsPerMinute ?? 100_000),
    // Every request checks its session, so that statement counts do not depend on timing; the reuse window
    // has its own test (requests-statements.integration-spec.ts).
    SESSION_CHECK_REUSE_MS: '0',
    // No background compaction of the request counts: it would add statements to a count at any moment; the
    // drift spec compacts when it means to (request-counts.integration-spec.ts).
    REQUEST_COUNTS_COMPACT_MS: '0',
    // Every document compiled from its first use (graphql-jit), so the suites check compiled execution; a
    // process in service compiles from the second use, within a budget (compiled-execution.spec.ts).
    GRAPHQL_COMPILE_FROM_USE: process.env.GRAPHQL_COMPILE_FROM_USE ?? '1',
    GRAPHQL_COMPILES_PER_10S: '1000000',
    ...(options.env ?? {}),
  });
  const app = await createApp(config);
  await app.init();
  // Every test app has the demo accounts (password "demo"), with or without the demo requests.
  if (!options.demo) await app.get(DemoLoaderService).loadAccounts();
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer();

  let counting = 0;
  let captured: string[] | null = null;
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
    counting += 1;
    captured?.push(args[0]);
    return original(...args);
  };

  const withToken =
    (token: string | null): Gql =>
    async (query, variables) => {
      const req = request(server).post('/graphql').set('content-type', 'application/json');
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req.send({ query, variables });
      return res.body;
    };
  const login = async (email: string, password = 'demo'): Promise<string> => {
    const res = await withToken(null)<{ login: { token: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: email, p: password },
    );
    if (!res.data?.login) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  };
  const loginChoosingOwn = async (email: string, chosen: string, own = `${chosen} (own)`): Promise<string> => {
    const token = await login(email, chosen);
    const changed = await withToken(token)(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      { c: chosen, n: own },
    );
    if (changed.errors) throw new Error(`Could not choose a password for ${email}: ${JSON.stringify(changed.errors)}`);
    return token;
  };
  const tokens = new Map<string, Promise<string>>();
  const as = (who: DemoRole | 'anonymous'): Gql => {
    if (who === 'anonymous') return withToken(null);
    return async (query, variables) => {
      if (!tokens.has(who)) tokens.set(who, login(`${who}@demo.local`));
      return withToken(await tokens.get(who)!)(query, variables);
    };
  };

  return {
    app,
    dataSource,
    gql: as('secretariat'),
    jwtSecret,
    as,
    login,
    loginChoosingOwn,
    withToken,
    async countQueries(work) {
      const before = counting;
      const result = await work();
      return { result, queries: counting - before };
    },
    async captureQueries(work) {
      const sql: string[] = [];
      captured = sql;
      try {
        return { result: await work(), sql };
      } finally {
        captured = null;
      }
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
