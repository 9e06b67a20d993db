import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '../../../../../migrations/index.js';
import { preparedStatementsPerConnection, preparingClient } from './prepared-statements.js';
import { SafeTypeOrmLogger } from './safe-logger.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

// A pooled connection that the server ends (a restart, a stop) while it is checked out but between queries
// emits 'error' on its client, and pg-pool only listens while it is idle: with no listener Node ends the whole
// process. Every client (ours, TypeORM's and the job queue's) gets one, which keeps the process up and says so in
// one warning line (the error's code, e.g. 57P01 or ECONNRESET, and its message without any connection string);
// whoever holds the client then sees the failure on its next query (a 503, see database-unavailable.ts) and the
// pool replaces it.
const connectionLogger = new Logger('Database');
const warned = new WeakSet<object>();
/** The 'error' listener of every client: one warning per lost connection (a loss can raise two errors). */
export function warnConnectionError(this: unknown, error: Error & { code?: string }): void {
  if (this && typeof this === 'object') {
    if (warned.has(this)) return;
    warned.add(this);
  }
  connectionLogger.warn({
    msg: 'database connection lost',
    code: error.code ?? 'UNKNOWN',
    error: error.message.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s]+/gi, '<url>'),
  });
}
const connectClient = pg.Client.prototype.connect;
pg.Client.prototype.connect = function connect(this: pg.Client, ...args: unknown[]) {
  if (!this.listeners('error').includes(warnConnectionError)) this.on('error', warnConnectionError);
  return (connectClient as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.connect;

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // Each module registers its own entities (TypeOrmModule.forFeature; autoLoadEntities in the app module),
    // so this layer knows no module.
    entities: [],
    migrations,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error', 'warn', 'migration'],
    logger: new SafeTypeOrmLogger(),
    maxQueryExecutionTime: 2000,
    extra: {
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      application_name: 'ta-tracker-api',
      // Statements with parameters prepared once per connection (prepared-statements.ts).
      Client: preparingClient(preparedStatementsPerConnection()),
    },
  };
}

/** Any number of API processes may start at once: one runs the migrations, the others wait for it. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext('ta-tracker:migrations'))`);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await runner.query(`SELECT pg_advisory_unlock(hashtext('ta-tracker:migrations'))`).catch(() => undefined);
    await runner.release();
  }
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
