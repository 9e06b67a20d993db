import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/**
 * Counts the SQL statements each HTTP request sends (the benchmark's "statements per operation"): with
 * SQL_STATEMENT_COUNT=1 every answer says how many in `x-sql-statements`. The TypeORM logger
 * (safe-logger.ts) counts each statement in the store of the request it runs for.
 */
const store = new AsyncLocalStorage<{ statements: number }>();

/** One more statement for the request running now, if it is counted. */
export function countStatement(): void {
  const counter = store.getStore();
  if (counter) counter.statements += 1;
}

/** Middleware: counts this request's statements and sends the count as `x-sql-statements`. */
export function statementCount() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const counter = { statements: 0 };
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    res.writeHead = ((...args: unknown[]) => {
      if (!res.headersSent) res.setHeader('x-sql-statements', String(counter.statements));
      return writeHead(...args);
    }) as Response['writeHead'];
    store.run(counter, next);
  };
}
