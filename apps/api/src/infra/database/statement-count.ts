import type { NextFunction, Request, Response } from 'express';

/**
 * Counts the SQL statements of each HTTP request (the benchmark's "statements per operation"): with
 * SQL_STATEMENT_COUNT=1 every answer says in `x-sql-statements` how many statements the process sent while it
 * was being answered. The TypeORM logger (safe-logger.ts) counts every statement. A process-wide count rather
 * than one per request (AsyncLocalStorage would slow every promise of the process down while it is timed):
 * exact for requests sent one at a time, as the benchmark sends them to count.
 */
let statements = 0;

/** One more statement sent. */
export function countStatement(): void {
  statements += 1;
}

/** Middleware: sends the statements made while answering as `x-sql-statements`. */
export function statementCount() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const before = statements;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    res.writeHead = ((...args: unknown[]) => {
      if (!res.headersSent) res.setHeader('x-sql-statements', String(statements - before));
      return writeHead(...args);
    }) as Response['writeHead'];
    next();
  };
}
