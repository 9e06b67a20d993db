import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import { countStatement } from './statement-count.js';

/**
 * TypeORM's logging, without query parameters: they may hold password hashes, confidential descriptions
 * or donors' notes. A failed query is logged by its SQL and the database's message only.
 */
export class SafeTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    // Queries are not logged: there are too many, and their parameters are data. They are counted per
    // request when SQL_STATEMENT_COUNT=1 (statement-count.ts).
    countStatement();
  }

  logQueryError(error: string | Error, query: string): void {
    const message = error instanceof Error ? error.message : error;
    this.logger.error(`Query failed: ${message} — ${query.slice(0, 300)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query.slice(0, 300)}`);
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
