import type { DataSource } from 'typeorm';

/**
 * Runs `work` while holding a PostgreSQL session-level advisory lock named `key` (hashed with `hashtext`),
 * so two processes doing the same work take turns. The lock lives on one dedicated connection, held until
 * `work` ends, whether it succeeds or throws; `work` itself may use any connection.
 */
export async function withAdvisoryLock<T>(dataSource: DataSource, key: string, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtext($1))`, [key]);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(hashtext($1))`, [key]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
