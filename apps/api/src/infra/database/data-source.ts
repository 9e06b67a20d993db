import pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '../../../../../migrations/index.js';
import { SafeTypeOrmLogger } from './safe-logger.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

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
    extra: { max: Number(process.env.DATABASE_POOL_SIZE ?? 10), application_name: 'ta-tracker-api' },
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
