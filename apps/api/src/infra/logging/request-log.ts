import { randomUUID } from 'node:crypto';
import { ConsoleLogger, Logger, type LogLevel, type LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { BufferedJsonLogger } from './buffered-json-logger.js';

/** Names never written to a log, whatever object they appear in (the request log itself holds none). */
const REDACT = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'authorization',
  'cookie',
  'variables',
  'refreshToken',
];

const LEVELS: Record<string, LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** The process's logger: one JSON object per line (for log collectors), or Nest's text for a terminal. */
export function appLogger(format: 'json' | 'text', level: string): LoggerService {
  const logLevels = LEVELS[level] ?? LEVELS.log;
  return format === 'json'
    ? new BufferedJsonLogger({ logLevels, redact: REDACT })
    : new ConsoleLogger({ logLevels, redact: REDACT });
}

const REQUEST_ID = /^[\w.:-]{8,64}$/;
const requestIds = new WeakMap<Request, string>();

/** This request's id: the caller's `x-request-id` when it is a sensible one, else one made here. */
export function requestIdOf(req: Request, res?: Response): string {
  let id = requestIds.get(req);
  if (!id) {
    const header = req.headers['x-request-id'];
    id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    requestIds.set(req, id);
  }
  if (res && !res.headersSent && !res.getHeader('x-request-id')) res.setHeader('x-request-id', id);
  return id;
}

/** The GraphQL operation's name as sent, or as written in the document (`mutation SignIn(…)`). */
function operationNameOf(req: Request): string | undefined {
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  if (typeof body?.operationName === 'string' && body.operationName) return body.operationName.slice(0, 100);
  if (typeof body?.query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(body.query)?.[1];
}

/**
 * One log line per request, once it is answered (or the client went away): method, path, GraphQL operation
 * name, status, duration and request id — never headers, cookies, variables or bodies, which hold passwords
 * and tokens. The id goes back in the `x-request-id` header so a person can quote it.
 */
export function requestLog(logger: Logger = new Logger('HTTP')) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req, res);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      // originalUrl: a middleware mounted at /graphql sees req.path as "/".
      const path = req.originalUrl.split('?')[0];
      const operationName = path.startsWith('/graphql') ? operationNameOf(req) : undefined;
      logger.log({
        msg: 'request',
        requestId,
        method: req.method,
        path,
        ...(operationName ? { operationName } : {}),
        status: res.writableFinished ? res.statusCode : 499,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      });
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };
}
