import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig } from '../../apps/api/src/infra/config/app-config.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GraphQLResponse<T = Record<string, any>> {
  // `any` here: tests read whatever shape the query asked for.
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Runs `work` and counts the SQL statements it sent. */
  countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }>;
  close(): Promise<void>;
}

/** The whole API on a database of its own: migrated, with reference data, and with the demo data if asked. */
export async function bootApp(options: { demo?: boolean } = {}): Promise<TestApp> {
  const db: TestDatabase = await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: db.url,
    NODE_ENV: 'test',
    SEED_DEMO: options.demo ? '1' : '0',
    DATABASE_POOL_SIZE: '5',
  });
  const app = await createApp(config);
  await app.init();
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer();

  let counting = 0;
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (...args: Parameters<typeof logger.logQuery>) => {
    counting += 1;
    return original(...args);
  };

  return {
    app,
    dataSource,
    async gql(query, variables) {
      const res = await request(server).post('/graphql').set('content-type', 'application/json').send({ query, variables });
      return res.body;
    },
    async countQueries(work) {
      const before = counting;
      const result = await work();
      return { result, queries: counting - before };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
