/**
 * Whether an error means the database cannot be reached just now (stopped, restarting, refusing connections,
 * or the connection was cut), as opposed to a query that failed. Such a request is answered 503 with
 * `Retry-After`: the caller should try again shortly, and the process recovers by itself (the pool opens new
 * connections once the database is back).
 */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Node's socket errors when the server is not there (or went away). */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/** PostgreSQL's: shutting down, crash shutdown, cannot connect now (starting up), too many connections. */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres' own words when a connection ends under it or cannot be had in time. */
const DRIVER_MESSAGES =
  /Connection terminated|connection error|timeout exceeded when trying to connect|Client was closed|Cannot use a pool after calling end/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || code.startsWith('08')) return true;
  // A query error from the server (it answered) is never "unavailable", whatever its message says.
  if (/^[0-9A-Z]{5}$/.test(code)) return false;
  if (typeof e.message === 'string' && DRIVER_MESSAGES.test(e.message) && !e.driverError) return true;
  const nested = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}
